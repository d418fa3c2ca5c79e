-- report_load.sql -- the first step of the corpus report (sql/report.sql,
-- docs/report.md): settings, the tables of an earlier run dropped,
-- report_info, skipped, and docs loaded from $corpus (or a given docs kept).
--
--   sqlite3 out.db -cmd '.load dist/textkit' -cmd ".parameter set \$corpus 'folder'" < sql/report_load.sql
--
-- $defer_body = 1 (make report with JOBS > 1) leaves docs.body and
-- docs.chars NULL: each shard computes text_main() for its own documents
-- (sql/report_shard.sql) and the merge writes them back.
.bail on
-- 256 MB of page cache (sorts and index builds stay in memory up to it);
-- no fsync: an interrupted run is simply run again.
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;

-- ------------------------------------------------------------------ input
-- Tables from an earlier run of this script are replaced; docs is kept.
DROP TABLE IF EXISTS report_info;
DROP TABLE IF EXISTS skipped;
DROP TABLE IF EXISTS doc_stats;
DROP TABLE IF EXISTS terms;
DROP TABLE IF EXISTS doc_keywords;
DROP TABLE IF EXISTS doc_entities;
DROP TABLE IF EXISTS doc_minhash;
DROP TABLE IF EXISTS lsh;
DROP TABLE IF EXISTS candidate_pairs;
DROP TABLE IF EXISTS near_duplicates;
DROP TABLE IF EXISTS shared_passages;
DROP TABLE IF EXISTS docs_fts;
DROP TABLE IF EXISTS corpus_names;

CREATE TABLE report_info(key TEXT PRIMARY KEY, value);
INSERT INTO report_info VALUES
  ('corpus', CASE WHEN length(coalesce($corpus, '')) > 1 THEN rtrim($corpus, '/')
                  ELSE coalesce(nullif($corpus, ''), 'sql/sample') END),
  ('max_bytes', coalesce($max_bytes, 50000000)),
  ('docs_given', EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'docs')),
  ('started', datetime('now'));

-- A clear message and a non-zero exit (.bail) instead of an empty report.
CREATE TEMP TABLE stop(reason TEXT);
CREATE TEMP TRIGGER stop_no_files BEFORE INSERT ON stop WHEN NEW.reason = 'no files' BEGIN
  SELECT RAISE(ABORT, 'report: the corpus folder has no text file to analyse (see the skipped table)');
END;
CREATE TEMP TRIGGER stop_empty_docs BEFORE INSERT ON stop WHEN NEW.reason = 'empty docs' BEGIN
  SELECT RAISE(ABORT, 'report: the table docs exists but has no rows; fill it or drop it');
END;

-- Every regular file (mode S_IFREG; symbolic links are not followed) with
-- its size, whether it is a packed format that holds text but must be
-- unpacked first (an Office or EPUB file, PDF: told by its first bytes, so
-- a user learns what to do instead of "binary"; gzip files are read
-- inflated, tar and zip archives as the files they hold, below),
-- the charset text_encoding()
-- finds (a BOM: UTF-8, UTF-16 or UTF-32; else UTF-8, Windows-1252 when no
-- valid UTF-8 sequence is there at all, or UTF-8 with invalid bytes) and
-- its text as text_decode() reads it, whether that text has a NUL
-- character (a NUL byte, unless a BOM said UTF-16 or UTF-32), and how
-- many bytes decoding replaced by U+FFFD when there was no UTF-16/32 BOM
-- (invalid UTF-8 bytes, or the five bytes Windows-1252 leaves undefined;
-- genuine U+FFFD characters already in the file are not counted). fsdir()
-- is not run when docs is given.
-- Files over 1 GB, the most SQLite reads as one value (make report lists
-- them with find into the file $too_big: "bytes TAB name" lines), are not
-- read at all: reading one stops the statement ("string or blob too big").
CREATE TEMP TABLE too_big(name TEXT PRIMARY KEY, bytes INTEGER);
INSERT OR IGNORE INTO too_big
SELECT r.fields ->> '$[1]', CAST(r.fields ->> '$[0]' AS INTEGER)
FROM text_records(CASE WHEN $too_big IS NOT NULL THEN readfile($too_big) END, 'format=tsv header=0') r
WHERE NOT (SELECT value FROM report_info WHERE key = 'docs_given');
-- The corpus is a folder (a symbolic link to one is followed: fsdir()
-- reads "folder/") or one file (a CSV of articles), whose name is then its
-- base name. fsdir() lists the folder's own entry first, so LIMIT 1 reads
-- no more than the corpus path's mode.
CREATE TEMP TABLE corpus_root AS
WITH given AS (
  SELECT value AS path, (SELECT f.mode FROM fsdir(value) f LIMIT 1) & 61440 = 32768 AS is_file
  FROM report_info WHERE key = 'corpus' AND NOT (SELECT value FROM report_info WHERE key = 'docs_given'))
SELECT is_file, CASE WHEN is_file OR path GLOB '*/' THEN path ELSE path || '/' END AS path,
       CASE WHEN is_file THEN length(rtrim(path, replace(path, '/', ''))) ELSE length(path) + (path NOT GLOB '*/') END
         AS prefix
FROM given;
-- Each file is read once, into input_raw, and then measured and decoded
-- by statements of their own: a statement holds a copy of a value for each
-- place that names it, and reading, sizing and decoding a 110 MB CSV in
-- one statement took 1.6 GB.
CREATE TEMP TABLE input_raw AS
SELECT substr(f.name, r.prefix + 1 + NOT r.is_file) AS name, f.data, length(f.data) AS file_bytes,
       0 AS gzip, NULL AS archive, NULL AS archive_error
FROM corpus_root r, fsdir(r.path) f
WHERE (f.mode & 61440) = 32768 AND substr(f.name, r.prefix + 1 + NOT r.is_file) NOT IN (SELECT name FROM too_big);
-- A gzip file (page.html.gz, news.csv.gz: its first bytes 1F 8B) is read
-- inflated, up to 1 GB, and then as the file its name has without .gz;
-- one that does not inflate (damaged, cut short, or over 1 GB) is skipped
-- with that reason.
UPDATE input_raw SET gzip = 1, data = text_gunzip(data, 'errors=null max_bytes=1000000000')
WHERE gzip = 0 AND substr(data, 1, 2) = X'1F8B';
-- An archive is read as the files it holds, each named archive/path
-- ('articles.tar.gz/2024/a.txt', 'news.zip/a.txt'), a .gz among them
-- inflated as above: a tar archive (a .tar, or a .tar.gz once inflated:
-- 'ustar' at byte 258; text_tar) and a .zip (text_zip: stored and
-- deflated members). An archive damaged part way keeps the files before
-- the damage and is listed in skipped with what and where; a zip member
-- that cannot be read (encrypted, another compression method, damaged) is
-- listed with why, as are the __MACOSX/ entries macOS adds (resource
-- data, not documents). An archive inside an archive is skipped as one.
CREATE TEMP TABLE archives AS
SELECT rowid AS rid, name,
       CASE WHEN substr(data, 258, 5) = CAST('ustar' AS BLOB) THEN 'tar' ELSE 'zip' END AS kind
FROM input_raw
WHERE substr(data, 258, 5) = CAST('ustar' AS BLOB)
   OR (lower(name) GLOB '*.zip' AND substr(data, 1, 4) IN (X'504B0304', X'504B0506'));
-- One scan of each archive: its files, and (damaged) the row saying where,
-- which becomes the archive's skipped reason.
INSERT INTO input_raw(name, data, file_bytes, gzip, archive, archive_error)
SELECT a.name || CASE WHEN t.error IS NOT NULL THEN ''
                      WHEN t.name GLOB './*' THEN '/' || substr(t.name, 3) ELSE '/' || t.name END,
       t.data, coalesce(t.size, length(i.data)), 0, 'tar',
       'tar archive: ' || t.error || ' (the files before it are read)'
FROM archives a JOIN input_raw i ON i.rowid = a.rid, text_tar(i.data) t
WHERE a.kind = 'tar' AND (t.error IS NOT NULL OR t.name NOT IN ('', './'));
INSERT INTO input_raw(name, data, file_bytes, gzip, archive, archive_error)
SELECT a.name || coalesce('/' || z.name, ''), z.data, coalesce(z.size, length(i.data)), 0, 'zip',
       CASE WHEN z.name GLOB '__MACOSX/*' THEN 'macOS resource data (__MACOSX/), not a document'
            WHEN z.name IS NULL AND z.error GLOB 'zip archive cut short*' THEN z.error  -- says what was read
            WHEN z.name IS NULL THEN z.error || ' (the files listed before it are read)'
            ELSE z.error END
FROM archives a JOIN input_raw i ON i.rowid = a.rid, text_zip(i.data) z
WHERE a.kind = 'zip';
CREATE TEMP TABLE archive_damage AS
SELECT name, file_bytes AS bytes, archive_error AS reason
FROM input_raw WHERE archive_error IS NOT NULL;
DELETE FROM input_raw WHERE rowid IN (SELECT rid FROM archives) OR archive_error IS NOT NULL;
-- the archives' .gz files, as above
UPDATE input_raw SET gzip = 1, data = text_gunzip(data, 'errors=null max_bytes=1000000000')
WHERE gzip = 0 AND substr(data, 1, 2) = X'1F8B';
-- Word (.docx), OpenDocument (.odt) and EPUB files read as their text:
-- TEMP office_read.
.read sql/report_documents.sql
-- E-mail files read as their messages, one document each: TEMP email_docs.
.read sql/report_email.sql
CREATE TEMP TABLE input_meta AS
WITH heads AS MATERIALIZED (
  SELECT rowid AS rid, name, gzip, archive, coalesce(length(data), file_bytes) AS bytes,
         substr(data, 1, 8) AS head, substr(data, 258, 5) = CAST('ustar' AS BLOB) AS is_tar,
         lower(CASE WHEN gzip AND lower(name) GLOB '*.gz' THEN substr(name, 1, length(name) - 3)
                    ELSE name END) AS base
  FROM input_raw),
sized AS (
  SELECT rid, name, gzip, archive, bytes,
         CASE WHEN base GLOB '*.csv' THEN 'csv'
              WHEN base GLOB '*.tsv' OR base GLOB '*.tab' THEN 'tsv'
              WHEN base GLOB '*.jsonl' OR base GLOB '*.ndjson' THEN 'jsonl'
              WHEN base GLOB '*.json' THEN 'json' END AS record_format,
         CASE WHEN gzip AND head IS NULL
                THEN 'gzip-compressed: it does not inflate (damaged, cut short, or over 1 GB)'
              WHEN hex(substr(head, 1, 2)) = '1F8B'
                THEN 'gzip-compressed twice: decompress it first (gunzip)'
              WHEN hex(substr(head, 1, 4)) = '504B0304' AND archive IS NOT NULL
                THEN 'zip archive inside an archive: extract it first (unzip)'
              WHEN hex(substr(head, 1, 4)) = '504B0304'
                   AND (base GLOB '*.docx' OR base GLOB '*.odt' OR base GLOB '*.epub')
                THEN 'a document without its text part (word/document.xml, content.xml, pages): damaged?'
              WHEN hex(substr(head, 1, 4)) = '504B0304'
                THEN 'a zip-based file (spreadsheet, slides...): convert it to text first'
              WHEN is_tar THEN 'tar archive inside an archive: extract it first (tar -xf)'
              WHEN hex(substr(head, 1, 4)) GLOB '425A683[1-9]' THEN 'bzip2-compressed: decompress it first (bunzip2)'
              WHEN hex(substr(head, 1, 6)) = 'FD377A585A00' THEN 'xz-compressed: decompress it first (unxz)'
              WHEN hex(substr(head, 1, 4)) = '28B52FFD' THEN 'zstd-compressed: decompress it first (unzstd)'
              WHEN hex(substr(head, 1, 6)) = '377ABCAF271C' THEN '7z archive: extract it first (7z x)'
              WHEN hex(substr(head, 1, 6)) = '526172211A07' THEN 'RAR archive: extract it first (unrar x)'
              WHEN hex(head) = 'D0CF11E0A1B11AE1'
                THEN 'an old Office file (.doc, .xls, .ppt, .msg): convert it to text first '
                     || '(libreoffice --headless --convert-to txt)'
              WHEN substr(head, 1, 5) = CAST('{\rtf' AS BLOB)
                THEN 'RTF: convert it to text first (libreoffice --headless --convert-to txt)'
              WHEN substr(head, 1, 5) = CAST('%PDF-' AS BLOB)
                THEN 'PDF: convert it to text first (pdftotext)' END AS packed
  FROM heads)
SELECT rid, name, gzip, archive, bytes, packed, record_format,
       CASE WHEN packed IS NULL AND (bytes <= (SELECT value FROM report_info WHERE key = 'max_bytes')
                                     OR record_format IS NOT NULL)
            THEN (SELECT text_encoding(r.data) FROM input_raw r WHERE r.rowid = sized.rid) END AS encoding
FROM sized;
CREATE TEMP TABLE input AS
SELECT m.rid, m.name, m.gzip, m.archive, m.bytes, m.packed, m.record_format, m.encoding,
       CASE WHEN m.encoding = 'utf-8' THEN CAST(r.data AS TEXT)  -- validated once
            -- a charset found once: by its name (ICU knows every one)
            WHEN m.encoding NOT GLOB 'utf-*' THEN text_decode(r.data, m.encoding)
            WHEN m.encoding IS NOT NULL THEN text_decode(r.data) END AS text,
       0 AS genuine_fffd
FROM input_meta m JOIN input_raw r ON r.rowid = m.rid;
UPDATE input SET genuine_fffd = (
  SELECT length(CAST(r.data AS TEXT)) - length(replace(CAST(r.data AS TEXT), char(65533), ''))
  FROM input_raw r WHERE r.rowid = input.rid)
WHERE encoding IN ('utf-8-bom', 'utf-8-repaired');
DROP TABLE input_raw;
DROP TABLE input_meta;
-- text is then repaired where it holds mojibake, UTF-8 that some program
-- read as Windows-1252 and wrote back ("cafÃ©", "itâ€™s": text_fix_mojibake,
-- which leaves any text without a sure sign of it byte for byte); repaired
-- text is shorter, which decoded_chars tells.
CREATE TEMP TABLE input_checked AS
SELECT input.rowid AS rid, name, gzip, archive, bytes, packed, record_format, encoding, NULL AS text,
       length(input.text) AS decoded_chars,
       instr(input.text, char(0)) > 0 AS has_nul,
       CASE WHEN encoding NOT IN ('utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be')
            THEN length(input.text) - length(replace(input.text, char(65533), '')) - genuine_fffd
            ELSE 0 END AS bad_bytes
FROM input;
UPDATE input_checked SET text = (SELECT text_fix_mojibake(i.text) FROM input i WHERE i.rowid = input_checked.rid);

CREATE TABLE skipped(name TEXT PRIMARY KEY, bytes INTEGER, reason TEXT);
INSERT INTO skipped
SELECT name, bytes,
       CASE WHEN bytes > (SELECT value FROM report_info WHERE key = 'max_bytes') AND record_format IS NULL
              THEN 'larger than max_bytes=' || (SELECT value FROM report_info WHERE key = 'max_bytes')
            WHEN packed IS NOT NULL THEN packed
            WHEN has_nul THEN 'binary: has a NUL byte'
            WHEN bytes = 0 THEN 'empty file'
            ELSE 'not UTF-8: ' || bad_bytes || ' invalid bytes' END
FROM input_checked
WHERE bytes > (SELECT value FROM report_info WHERE key = 'max_bytes') AND record_format IS NULL
   OR packed IS NOT NULL OR has_nul OR bytes = 0 OR bad_bytes * 10 > bytes;
INSERT INTO skipped
SELECT name, bytes, 'larger than 1 GB, the most SQLite reads as one value: split it first (split -C)'
FROM too_big;
INSERT OR IGNORE INTO skipped SELECT name, bytes, reason FROM archive_damage;
INSERT OR IGNORE INTO skipped SELECT name, bytes, skip_reason FROM email_docs WHERE skip_reason IS NOT NULL;
-- A small web page that only sends its reader to another page (a redirect
-- stub: a refresh with a URL, html_meta's redirect, and at most 200
-- characters of text of its own, "Redirecting to ...") has nothing to
-- analyse: it is skipped and listed; the page it names is read when it is
-- in the folder.
INSERT OR IGNORE INTO skipped
SELECT name, bytes, 'a redirect page (meta refresh): no text of its own'
FROM input_checked
WHERE bytes <= 8192 AND instr(lower(text), 'http-equiv') > 0
  AND (lower(name) GLOB '*.htm' OR lower(name) GLOB '*.html' OR lower(name) GLOB '*.xhtml'
       OR lower(ltrim(substr(text, 1, 200), ' ' || char(9, 10, 13, 65279))) GLOB '<[!h][dt][om][cl]*')
  AND html_meta(text) ->> '$.redirect' IS NOT NULL
  AND length(html_text(text)) <= 200;
DROP TABLE archive_damage;
DROP TABLE archives;
DROP TABLE too_big;
DROP TABLE corpus_root;

-- Files of records (.csv, .tsv, .jsonl, .json) split into one document per
-- record: TEMP record_files and record_docs.
.read sql/report_records.sql

-- docs: raw is the file's text as text_decode() reads it, its mojibake
-- repaired (when a few bytes were replaced by U+FFFD, the text is then
-- NFC-normalized); for a
-- web page (a name ending in .html or .htm, or text starting with
-- <!doctype html or <html) raw is its title and main text (html_main; all its visible text
-- when no article is found) and published the date its metadata gives
-- (html_meta, YYYY-MM-DD), which dates in it are resolved against. An XML
-- file (.xml, or text starting with <?xml: a news archive's NewsML/RCV1
-- or NITF articles, a feed) is read the same way, its markup left out,
-- and its published date is a date="YYYY-MM-DD" attribute near its start
-- (RCV1) or NITF's date.publication="YYYYMMDD..." when its metadata gives
-- none. For a Markdown file (.md, .markdown, .mdown, .mkd, .mkdn) raw is
-- its text without the markup (markdown_text: no link targets, badges,
-- HTML tags or comments; code kept), and for a reStructuredText file
-- (.rst, .rest, .rst.txt: Sphinx sources) too (rst_text: no roles,
-- directives of no text, comments or targets). body
-- is raw's content blocks, or raw itself when text_blocks() finds no
-- content block (a one-line note, a title list) so that no document drops
-- out, with the words a typeset page hyphenated at line ends joined again
-- (text_dehyphenate: "documenta-" / "tion" is "documentation"; after
-- text_main, whose blocks read the page's lines as they were). A docs table that exists already is kept as it is (CREATE ... IF
-- NOT EXISTS), so no statement here names a column that a given docs may
-- lack.
-- doc_texts: every document's text before it is read, numbered (id) in
-- the order of its file and record, is_html when it is a web page or XML
-- (by its name or its first bytes), is_markdown and is_rst when its name
-- says Markdown or reStructuredText; docs is made from it, and the counts
-- of plain texts whose character references were decoded and of Markdown
-- and reStructuredText files after it.
CREATE TEMP VIEW doc_texts AS
WITH texts AS (
  SELECT name AS file, 0 AS record, name, bytes,
         CASE WHEN bad_bytes > 0 THEN text_normalize(text) ELSE text END AS text,
         lower(name) GLOB '*.htm' OR lower(name) GLOB '*.html' OR lower(name) GLOB '*.xhtml'
           OR lower(name) GLOB '*.htm.gz' OR lower(name) GLOB '*.html.gz'
           OR lower(name) GLOB '*.xml' OR lower(name) GLOB '*.xml.gz' AS html_name,
         lower(name) GLOB '*.md' OR lower(name) GLOB '*.markdown' OR lower(name) GLOB '*.mdown'
           OR lower(name) GLOB '*.mkd' OR lower(name) GLOB '*.mkdn'
           OR lower(name) GLOB '*.md.gz' OR lower(name) GLOB '*.markdown.gz' AS is_markdown,
         lower(name) GLOB '*.rst' OR lower(name) GLOB '*.rest' OR lower(name) GLOB '*.rst.txt'
           OR lower(name) GLOB '*.rst.gz' AS is_rst,
         NULL AS published, NULL AS fields
  FROM input_checked
  WHERE name NOT IN (SELECT name FROM skipped) AND name NOT IN (SELECT file FROM record_files WHERE split)
  UNION ALL
  SELECT file, record, name, bytes, text, 0, 0, 0, published, fields FROM record_docs WHERE skip_reason IS NULL
  UNION ALL
  SELECT file, record, name, bytes, text, 0, 0, 0, published, fields FROM email_docs WHERE skip_reason IS NULL)
  SELECT row_number() OVER (ORDER BY file, record) AS id, name, bytes, text, published, fields,
         is_markdown AND NOT html_name AS is_markdown, is_rst AND NOT html_name AS is_rst,
         html_name OR (SELECT h GLOB '<[!h][dt][om][cl]*' OR h GLOB '<[?]xml*'
                       FROM (SELECT lower(ltrim(substr(text, 1, 200), ' ' || char(9, 10, 13, 65279))) AS h))
           AS is_html
  FROM texts;
CREATE TABLE IF NOT EXISTS docs AS
WITH kept AS MATERIALIZED (SELECT * FROM doc_texts),
pages AS MATERIALIZED (
  SELECT id, name, bytes, fields,
         CASE WHEN is_html THEN coalesce(nullif(html_main(text, 'title=1'), ''), html_text(text))
              WHEN is_markdown THEN markdown_text(text)
              WHEN is_rst THEN rst_text(text)
              ELSE html_unescape(text) END AS raw,
         coalesce(published,
                  CASE WHEN is_html THEN (SELECT substr(p, 1, 10) FROM (SELECT html_meta(text) ->> '$.published' AS p)
                                          WHERE p GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*') END,
                  CASE WHEN is_html THEN (SELECT d FROM (SELECT substr(text, instr(substr(text, 1, 1000), ' date="') + 7, 10) AS d)
                                          WHERE instr(substr(text, 1, 1000), ' date="') > 0
                                            AND d GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]') END,
                  CASE WHEN is_html THEN (SELECT substr(d, 1, 4) || '-' || substr(d, 5, 2) || '-' || substr(d, 7, 2)
                                          FROM (SELECT substr(text, instr(substr(text, 1, 4000), ' date.publication="') + 19, 8) AS d)
                                          WHERE instr(substr(text, 1, 4000), ' date.publication="') > 0
                                            AND d GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]') END) AS published
  FROM kept),
analysed AS MATERIALIZED (
  SELECT id, name, bytes, raw, published, fields,
         CASE WHEN $defer_body THEN NULL ELSE text_dehyphenate(coalesce(nullif(text_main(raw), ''), raw)) END AS body
  FROM pages)
SELECT CAST(id AS INTEGER) AS id, CAST(name AS TEXT) AS name, CAST(bytes AS INTEGER) AS bytes,
       CAST(raw AS TEXT) AS raw, CAST(body AS TEXT) AS body, CAST(length(body) AS INTEGER) AS chars,
       CAST(published AS TEXT) AS published, CAST(fields AS TEXT) AS fields
FROM analysed ORDER BY id;
-- Every join of the later steps looks documents up by id (ids must be unique).
CREATE UNIQUE INDEX IF NOT EXISTS docs_id ON docs(id);
-- How the loaded files were read, when not as plain UTF-8: one row per
-- charset ('decoded from windows-1252', N files), and the files whose
-- mojibake was repaired ('decoded from mojibake, repaired'), printed in the
-- report's first section.
INSERT INTO report_info
SELECT 'decoded from HTML character references (&amp;), documents', count(*) FROM doc_texts
WHERE NOT is_html AND NOT is_markdown AND NOT is_rst AND instr(text, '&') > 0
  AND html_unescape(text) <> text
HAVING count(*) > 0;
INSERT INTO report_info
SELECT 'decoded from Markdown (its markup left out), documents', count(*) FROM doc_texts
WHERE is_markdown
HAVING count(*) > 0;
INSERT INTO report_info
SELECT 'decoded from reStructuredText (its markup left out), documents', count(*) FROM doc_texts
WHERE is_rst
HAVING count(*) > 0;
DROP VIEW doc_texts;
DROP TABLE record_docs;
INSERT INTO report_info
SELECT 'decoded from ' || encoding, count(*) FROM input_checked
WHERE encoding <> 'utf-8' AND name NOT IN (SELECT name FROM skipped)
GROUP BY encoding;
INSERT INTO report_info
SELECT 'decoded from gzip', count(*) FROM input_checked
WHERE gzip AND name NOT IN (SELECT name FROM skipped)
HAVING count(*) > 0;
INSERT INTO report_info
SELECT 'decoded from a ' || archive || ' archive', count(*) FROM input_checked
WHERE archive IS NOT NULL AND name NOT IN (SELECT name FROM skipped)
GROUP BY archive;
INSERT INTO report_info
SELECT 'decoded from ' || kind, count(*) FROM office_read
WHERE name NOT IN (SELECT name FROM skipped)
GROUP BY kind;
DROP TABLE office_read;
INSERT INTO report_info
SELECT 'decoded from e-mail (files)', count(DISTINCT file) FROM email_docs
HAVING count(*) > 0;
DROP TABLE email_docs;
INSERT INTO report_info
SELECT 'decoded from mojibake, repaired', count(*) FROM input_checked
WHERE length(text) < decoded_chars AND name NOT IN (SELECT name FROM skipped)
HAVING count(*) > 0;
DROP TABLE input;
DROP TABLE input_checked;
DROP TABLE record_files;
-- With nothing to analyse, say first why each file was skipped.
SELECT 'skipped: ' || count(*) || ' file(s): ' || reason ||
       CASE WHEN reason LIKE 'larger than max_bytes=%'
            THEN ' (a larger limit: make report MAX_BYTES=n, or $max_bytes)' ELSE '' END AS why
FROM skipped
WHERE NOT EXISTS (SELECT 1 FROM docs) GROUP BY reason ORDER BY count(*) DESC, reason LIMIT 8;
INSERT INTO stop SELECT CASE WHEN (SELECT value FROM report_info WHERE key = 'docs_given')
                             THEN 'empty docs' ELSE 'no files' END
  WHERE NOT EXISTS (SELECT 1 FROM docs);

