-- report_email.sql -- e-mail files of the corpus read as their messages:
-- a step of report_load.sql, run on the files' bytes (input_raw) after the
-- archives are opened, so that each message part is read in its own
-- charset.
--
-- A file is mail when its name ends in .eml or .mbox, when it is an mbox
-- ("From " on its first line and a Subject: or From: header after it),
-- or when its first line is a header that only mail starts with
-- (Message-ID:, Return-Path:, Received:, Delivered-To:, MIME-Version:,
-- as in the Enron corpus' maildir), or when it opens with a header block
-- ("Name: value" first) holding two of From:, To:, Cc:, Subject:, Date:,
-- Content-Type:, MIME-Version: and Message-ID: (a message saved as text).  text_email() gives each message:
-- one document per message (named file#N when the file holds several),
-- its text the subject, a blank line and the body (an HTML-only body read
-- with html_text()), published the Date: header's day, fields the
-- subject, sender, recipients and date as JSON.  A message with neither
-- subject nor text is skipped with that reason.  The mail files leave
-- input_raw: TEMP email_docs(file, record, name, bytes, text, published,
-- fields, skip_reason) stands for them.

CREATE TEMP TABLE email_files AS
WITH heads AS ( -- the first header block, lower-cased, each line after a line feed
  SELECT rowid AS rid, name, data, substr(h, 1, instr(h || char(10, 10), char(10, 10))) AS head
  FROM (SELECT rowid, name, data,
               char(10) || replace(lower(CAST(substr(data, 1, 4000) AS TEXT)), char(13), '') AS h
        FROM input_raw WHERE data IS NOT NULL))
SELECT rid, name FROM heads
WHERE lower(name) GLOB '*.eml' OR lower(name) GLOB '*.mbox'
   OR (substr(data, 1, 5) = CAST('From ' AS BLOB)
       AND (instr(substr(data, 1, 4000), CAST(char(10) || 'Subject:' AS BLOB)) > 0
            OR instr(substr(data, 1, 4000), CAST(char(10) || 'From:' AS BLOB)) > 0))
   OR head GLOB char(10) || 'message-id:*' OR head GLOB char(10) || 'return-path:*'
   OR head GLOB char(10) || 'received:*' OR head GLOB char(10) || 'delivered-to:*'
   OR head GLOB char(10) || 'mime-version:*'
   -- a message saved as text: a header first, two of the common ones in its block
   OR (head GLOB char(10) || '[a-z]*:*'
       AND NOT substr(head, 2, instr(head, ':') - 2) GLOB '*[^a-z0-9-]*'
       AND (instr(head, char(10) || 'from:') > 0) + (instr(head, char(10) || 'to:') > 0)
           + (instr(head, char(10) || 'cc:') > 0) + (instr(head, char(10) || 'subject:') > 0)
           + (instr(head, char(10) || 'date:') > 0) + (instr(head, char(10) || 'content-type:') > 0)
           + (instr(head, char(10) || 'mime-version:') > 0)
           + (instr(head, char(10) || 'message-id:') > 0) >= 2);
CREATE TEMP TABLE email_docs AS
WITH messages AS (
  SELECT f.name AS file, e.message AS record, count(*) OVER (PARTITION BY f.rid) AS n,
         e.subject, e.sender, e.recipients, e.date,
         CASE WHEN e.html THEN html_text(e.text) ELSE e.text END AS body
  FROM email_files f JOIN input_raw i ON i.rowid = f.rid, text_email(i.data) e)
SELECT file, record, file || CASE WHEN n > 1 THEN '#' || record ELSE '' END AS name,
       length(CAST(body AS BLOB)) AS bytes,
       CASE WHEN subject <> '' AND trim(body, ' ' || char(9, 10, 13)) <> '' THEN subject || char(10, 10) || body
            WHEN subject <> '' THEN subject ELSE body END AS text,
       CASE WHEN date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' THEN substr(date, 1, 10) END
         AS published,
       json_object('subject', subject, 'sender', sender, 'recipients', recipients,
                   'date', date) AS fields,
       CASE WHEN subject = '' AND trim(body, ' ' || char(9, 10, 13)) = '' THEN 'e-mail: no subject and no text' END
         AS skip_reason
FROM messages;
DELETE FROM input_raw WHERE rowid IN (SELECT rid FROM email_files);
DROP TABLE email_files;
