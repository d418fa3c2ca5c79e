-- report_records.sql -- part of the corpus report's load step
-- (sql/report_load.sql reads it; docs/report.md, "Files of records"): a
-- file that holds many documents as records is split into one document
-- per record.
--
--   .read sql/report_records.sql   (after input_checked and skipped exist)
--
-- Record files are told by their name: .csv (a header line, separator
-- found by text_records' sep=auto), .tsv / .tab, .jsonl / .ndjson (one JSON
-- object a line), and .json (an array of objects, an object with a member
-- that is an array of objects, or one object). In each file one field
-- holds the text: the first of the usual names (text, body, content,
-- article, ...), else the field whose values are longest on average if that
-- is 40 characters or more. A title field (title, headline, ...) becomes the
-- document's first paragraph, a date field (published, date, ...) its
-- published date, and the record's other fields are kept as JSON in
-- docs.fields. A file where no field holds text is read as one document,
-- as any other file. Records that give no document go to skipped with the
-- reason; records read despite a problem (a ragged CSV line) are counted in
-- report_info.
--
-- $text_field, $title_field and $date_field (make report TEXT_FIELD=...)
-- name the fields to read, by name as the first section prints it ("body",
-- "column 2"), in every file that has them; other files keep their own.
--
-- Makes TEMP tables record_files(file, format, records, text_path,
-- title_path, date_path, split) and record_docs(file, record, name, bytes,
-- text, published, fields, skip_reason): the documents are its rows whose
-- skip_reason is NULL.

-- The text of each file of records, and how to read it: for csv, tsv and
-- jsonl the options of text_records (a .csv whose first line has a cell
-- over 80 characters has no header: its records are JSON arrays, its
-- fields numbered); for json the path of its records ('$' for a top-level
-- array, the longest member that is an array of objects, '' for the one
-- object the file is; NULL when it is not JSON or neither). Each step is a
-- statement of its own, so a large file is held a few times at most.
CREATE TEMP TABLE record_texts AS
SELECT name AS file, record_format AS format,
       CASE WHEN bad_bytes > 0 THEN text_normalize(text) ELSE text END AS text
FROM input_checked
WHERE record_format IS NOT NULL AND name NOT IN (SELECT name FROM skipped);
CREATE TEMP TABLE json_kinds(rid INTEGER PRIMARY KEY, kind TEXT);
INSERT INTO json_kinds SELECT rowid, json_valid(text) FROM record_texts WHERE format = 'json';
UPDATE json_kinds SET kind = (SELECT json_type(t.text) FROM record_texts t WHERE t.rowid = json_kinds.rid)
WHERE kind = 1;
CREATE TEMP TABLE record_ways AS
SELECT t.rowid AS rid, t.file, t.format,
       CASE WHEN t.format = 'jsonl' THEN 'format=jsonl'
            WHEN t.format = 'csv' AND EXISTS (
              SELECT 1 FROM json_each((SELECT fields FROM text_records(t.text, 'header=0') LIMIT 1)) cell
              WHERE length(cell.value) > 80)
              THEN 'format=csv header=0'
            WHEN t.format IN ('csv', 'tsv') THEN 'format=' || t.format || ' header=1' END AS options,
       CASE WHEN k.kind = 'array' THEN '$'
            WHEN k.kind = 'object' THEN
              coalesce((SELECT m.fullkey FROM json_each(t.text) m
                        WHERE m.type = 'array' AND json_type(m.value, '$[0]') = 'object'
                        ORDER BY json_array_length(m.value) DESC, m.key LIMIT 1), '') END AS path
FROM record_texts t LEFT JOIN json_kinds k ON k.rid = t.rowid;
DROP TABLE json_kinds;

-- Each record as a JSON value (fields) with what is wrong with it (error).
CREATE TEMP TABLE records AS
SELECT w.file, w.format, r.record, r.line, r.fields,
       coalesce(r.error, CASE WHEN w.format = 'jsonl' AND NOT (json_valid(r.fields) AND json_type(r.fields) = 'object')
                              THEN 'not a JSON object' END) AS error
FROM record_ways w JOIN record_texts t ON t.rowid = w.rid, text_records(t.text, w.options) r
WHERE w.options IS NOT NULL;
INSERT INTO records
SELECT w.file, 'json', e.key + 1, NULL, e.value, CASE WHEN e.type <> 'object' THEN 'not a JSON object' END
FROM record_ways w JOIN record_texts t ON t.rowid = w.rid, json_each(t.text, w.path) e
WHERE w.path <> '';
INSERT INTO records
SELECT w.file, 'json', 1, NULL, t.text, NULL
FROM record_ways w JOIN record_texts t ON t.rowid = w.rid WHERE w.path = '';
DROP TABLE record_texts;
DROP TABLE record_ways;

-- The fields of each file's first 200 records, with their name as the
-- report prints it ("column 2" in a file without a header), their key
-- (lower case, without _ - and spaces: "reviewText" and "review_text" are
-- "reviewtext") and how long their text values are: the fields to read are
-- chosen from these.
CREATE TEMP TABLE record_fields AS
SELECT r.file, k.fullkey AS path,
       CASE WHEN typeof(k.key) = 'integer' THEN 'column ' || (k.key + 1) ELSE k.key END AS name,
       lower(replace(replace(replace(trim(k.key), '_', ''), '-', ''), ' ', '')) AS key,
       sum(k.type = 'text') AS texts,
       sum(CASE WHEN k.type = 'text' THEN length(k.value) ELSE 0 END) AS chars
FROM records r, json_each(CASE WHEN r.record <= 200 AND r.error IS NULL THEN r.fields END) k
WHERE k.type IN ('text', 'integer', 'real')
GROUP BY r.file, k.fullkey;

-- The text field: the one the user named, else the first of the usual
-- names, else the longest if its values average 40 characters; a
-- "description" or "summary" gives way to a field twice as long ("summary"
-- and "reviewText" in a file of reviews).
CREATE TEMP TABLE record_files AS
WITH asked AS (
  SELECT lower(replace(replace(replace(trim($text_field), '_', ''), '-', ''), ' ', '')) AS text_key,
         lower(replace(replace(replace(trim($title_field), '_', ''), '-', ''), ' ', '')) AS title_key,
         lower(replace(replace(replace(trim($date_field), '_', ''), '-', ''), ' ', '')) AS date_key),
named AS (
  SELECT file, path, name, texts, chars,
         CASE WHEN key = text_key OR lower(name) = lower(trim($text_field)) THEN 0
         ELSE CASE key WHEN 'text' THEN 1 WHEN 'body' THEN 2 WHEN 'content' THEN 3 WHEN 'article' THEN 4
                  WHEN 'fulltext' THEN 5 WHEN 'articletext' THEN 6 WHEN 'articlebody' THEN 7
                  WHEN 'maintext' THEN 8 WHEN 'story' THEN 9 WHEN 'document' THEN 10
                  WHEN 'selftext' THEN 11 WHEN 'abstract' THEN 12 WHEN 'review' THEN 13
                  WHEN 'reviewtext' THEN 14 WHEN 'reviewbody' THEN 15 WHEN 'message' THEN 16
                  WHEN 'comment' THEN 17 WHEN 'tweet' THEN 18
                  WHEN 'description' THEN 19 WHEN 'summary' THEN 20 END END AS text_rank,
         CASE WHEN key = title_key OR lower(name) = lower(trim($title_field)) THEN 0
         ELSE CASE key WHEN 'title' THEN 1 WHEN 'headline' THEN 2 WHEN 'heading' THEN 3
                  WHEN 'subject' THEN 4 END END AS title_rank,
         CASE WHEN key = date_key OR lower(name) = lower(trim($date_field)) THEN 0
         ELSE CASE key WHEN 'published' THEN 1 WHEN 'publishedat' THEN 2 WHEN 'publishdate' THEN 3
                  WHEN 'publicationdate' THEN 4 WHEN 'pubdate' THEN 5 WHEN 'date' THEN 6
                  WHEN 'datetime' THEN 7 WHEN 'createdat' THEN 8 WHEN 'createdutc' THEN 9
                  WHEN 'created' THEN 10 WHEN 'timestamp' THEN 11 WHEN 'time' THEN 12 END END AS date_rank
  FROM record_fields, asked),
picks AS (
  SELECT f.file, f.format, f.records, f.sampled,
         (SELECT path FROM named n WHERE n.file = f.file AND text_rank IS NOT NULL AND texts > 0
          ORDER BY text_rank LIMIT 1) AS named_path,
         (SELECT path FROM named n WHERE n.file = f.file AND texts > 0
          ORDER BY chars DESC, path LIMIT 1) AS longest_path
  FROM (SELECT file, min(format) AS format, count(*) AS records, min(count(*), 200) AS sampled
        FROM records GROUP BY file) f),
chosen AS (
  SELECT p.file, p.format, p.records,
         CASE WHEN p.named_path IS NULL THEN CASE WHEN l.chars >= 40 * p.sampled THEN p.longest_path END
              WHEN n.text_rank >= 19 AND l.chars >= 2 * n.chars THEN p.longest_path
              ELSE p.named_path END AS text_path
  FROM picks p LEFT JOIN named n ON n.file = p.file AND n.path = p.named_path
  LEFT JOIN named l ON l.file = p.file AND l.path = p.longest_path)
SELECT c.file, c.format, c.records, c.text_path,
       (SELECT path FROM named n WHERE n.file = c.file AND title_rank IS NOT NULL AND texts > 0
          AND path IS NOT c.text_path ORDER BY title_rank LIMIT 1) AS title_path,
       (SELECT path FROM named n WHERE n.file = c.file AND date_rank IS NOT NULL AND path IS NOT c.text_path
        ORDER BY date_rank LIMIT 1) AS date_path,
       c.text_path IS NOT NULL AS split
FROM chosen c;

-- One document per record of a split file: its text (a whole web page's
-- main text, html_main(); html_text() of an HTML fragment: text that
-- starts with a tag and holds a closing one), after
-- the title (when there is one) and a blank line (a record with a title
-- only is its title); published from the date field when it
-- reads as a date (YYYY-MM-DD..., Unix seconds or milliseconds, or any date
-- entities() reads in full: "Dec 31, 2016", "12/31/2016").
CREATE TEMP TABLE record_rows AS
WITH readable AS (
  SELECT file, record, line, error,
         CASE WHEN error IS NULL OR error NOT GLOB 'not a JSON object*' THEN fields END AS fields
  FROM records)
SELECT r.file, r.record, r.line, r.error, f.text_path,
       r.fields ->> f.text_path AS body_text, r.fields ->> f.title_path AS title,
       r.fields ->> f.date_path AS date_value,
       json_remove(r.fields, f.text_path) AS other_fields
FROM readable r JOIN record_files f ON f.file = r.file AND f.split;

CREATE TEMP TABLE record_docs AS
WITH readable AS (
  SELECT file, record, error, title, date_value, other_fields,
         CASE WHEN lower(ltrim(substr(body_text, 1, 200), ' ' || char(9, 10, 13)))
                     GLOB '<[!h][dt][om][cl]*'
                THEN coalesce(nullif(html_main(body_text), ''), html_text(body_text))
              WHEN ltrim(substr(body_text, 1, 200), ' ' || char(9, 10, 13)) GLOB '<[a-zA-Z]*'
                   AND instr(body_text, '</') > 0
                THEN html_text(body_text)
              ELSE body_text END AS body_text
  FROM record_rows),
texts AS (
  SELECT file, record, file || '#' || record AS name, error,
         CASE WHEN error GLOB 'not a JSON object*' THEN NULL
              WHEN nullif(trim(title), '') IS NULL OR instr(body_text, trim(title)) = 1 THEN body_text
              WHEN length(trim(coalesce(body_text, ''), ' ' || char(9, 10, 13))) = 0 THEN trim(title)
              ELSE trim(title) || char(10, 10) || body_text END AS text,
         CASE WHEN date_value GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' THEN substr(date_value, 1, 10)
              WHEN date_value GLOB '[1-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
                OR date_value GLOB '[1-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
                THEN date(date_value, 'unixepoch')
              WHEN date_value GLOB '[1-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
                THEN date(date_value / 1000, 'unixepoch')
              WHEN length(date_value) BETWEEN 6 AND 40 THEN
                (SELECT e.norm FROM entities(date_value, 'types=DATE model=0') e
                 WHERE e.norm GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' LIMIT 1) END AS published,
         other_fields AS fields
  FROM readable)
SELECT file, record, name, length(CAST(coalesce(text, '') AS BLOB)) AS bytes, text, published, fields,
       CASE WHEN error GLOB 'not a JSON object*' THEN 'record: not a JSON object'
            WHEN length(trim(coalesce(text, ''), ' ' || char(9, 10, 13))) = 0
              THEN 'record: no text in its text and title fields'
            WHEN length(CAST(text AS BLOB)) > (SELECT value FROM report_info WHERE key = 'max_bytes')
              THEN 'record: larger than max_bytes=' || (SELECT value FROM report_info WHERE key = 'max_bytes')
       END AS skip_reason
FROM texts;

-- Records that give no document, each with its reason.
INSERT INTO skipped SELECT name, bytes, skip_reason FROM record_docs WHERE skip_reason IS NOT NULL;

-- What was read from each split file, for the report's first section, and
-- the records read with a problem (kept: a ragged line's fields as found).
INSERT INTO report_info
SELECT 'records from ' || f.file,
       f.records || CASE WHEN f.records = 1 THEN ' record' ELSE ' records' END || '; text: ' || t.name || coalesce('; title: ' || h.name, '')
         || coalesce('; date: ' || d.name, '')
FROM record_files f JOIN record_fields t ON t.file = f.file AND t.path = f.text_path
LEFT JOIN record_fields h ON h.file = f.file AND h.path = f.title_path
LEFT JOIN record_fields d ON d.file = f.file AND d.path = f.date_path
WHERE f.split;
INSERT INTO report_info
SELECT 'records read with a problem', count(*) || ' (first: ' || min(file || '#' || record || ': ' || error) || ')'
FROM record_rows
WHERE error IS NOT NULL AND error NOT GLOB 'not a JSON object*' HAVING count(*) > 0;
DROP TABLE records;
DROP TABLE record_fields;
DROP TABLE record_rows;
