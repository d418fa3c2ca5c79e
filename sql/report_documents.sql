-- report_documents.sql -- Word, OpenDocument and EPUB files of the corpus
-- read as their text: a step of report_load.sql, run after the archives
-- are opened (so a .docx inside a .zip is read too).
--
-- Each is a zip archive of XML (text_zip()): its text is the markup's
-- text (html_text()), with a blank line after each paragraph.
--   .docx: word/document.xml; <w:p> paragraphs, <w:tab/> and <w:br/>;
--          deleted text of tracked changes (<w:delText>), field codes
--          (<w:instrText>, "PAGE \* MERGEFORMAT") and the old-format copy
--          of a text box (<mc:Fallback>, which repeats it) left out.
--   .odt:  content.xml; <text:p> and <text:h> paragraphs, <text:s/>,
--          <text:tab/>, <text:line-break/>; tracked changes and comments
--          (<office:annotation>) left out.
--   .epub: its XHTML files, in the order the package file (.opf) lists
--          them (then by name), each one's text, a blank line between.
-- The rows of input_raw so read get their text as data (UTF-8) and are
-- listed in office_read(name, kind) for the report's first section; one
-- that is no such archive, or lacks its text part, stays as it was and is
-- skipped later as a zip-based document.
-- The markup is rewritten with replace() before html_text() reads it: the
-- elements left out become <script>, whose text html_text() drops.

CREATE TEMP TABLE office_read(rid INTEGER PRIMARY KEY, name TEXT, kind TEXT, text TEXT);
INSERT INTO office_read
SELECT rowid, name, 'a Word document',
       (SELECT html_text(
                 replace(replace(replace(replace(replace(replace(replace(replace(replace(
                   text_decode(z.data),
                   '</w:p>', '</w:p><p>'), '<w:tab/>', ' '), '<w:br/>', '<br>'),
                   '<w:delText', '<script'), '</w:delText>', '</script>'),
                   '<w:instrText', '<script'), '</w:instrText>', '</script>'),
                   '<mc:Fallback', '<script'), '</mc:Fallback>', '</script>'))
        FROM text_zip(input_raw.data) z WHERE z.name = 'word/document.xml')
FROM input_raw
WHERE lower(name) GLOB '*.docx' AND substr(data, 1, 4) = X'504B0304';
INSERT INTO office_read
SELECT rowid, name, 'an OpenDocument text',
       (SELECT html_text(
                 replace(replace(replace(replace(replace(replace(replace(replace(replace(
                   text_decode(z.data),
                   '</text:p>', '</text:p><p>'), '</text:h>', '</text:h><p>'),
                   '<text:s/>', ' '), '<text:tab/>', ' '), '<text:line-break/>', '<br>'),
                   '<text:tracked-changes', '<script'), '</text:tracked-changes>', '</script>'),
                   '<office:annotation', '<script'), '</office:annotation>', '</script>'))
        FROM text_zip(input_raw.data) z WHERE z.name = 'content.xml')
FROM input_raw
WHERE lower(name) GLOB '*.odt' AND substr(data, 1, 4) = X'504B0304';
-- an EPUB's parts: its package file and its pages, with each page's
-- place in the package file (where its path from the package's folder is
-- named), then read in that order
CREATE TEMP TABLE epub_parts AS
SELECT i.rowid AS rid, z.name, z.name GLOB '*.opf' AS is_opf, text_decode(z.data) AS text
FROM input_raw i, text_zip(i.data) z
WHERE lower(i.name) GLOB '*.epub' AND substr(i.data, 1, 4) = X'504B0304'
  AND (z.name GLOB '*.opf' OR lower(z.name) GLOB '*.xhtml' OR lower(z.name) GLOB '*.html'
       OR lower(z.name) GLOB '*.htm');
INSERT INTO office_read
SELECT i.rowid, i.name, 'an EPUB book',
       (SELECT group_concat(t, char(10, 10)) FROM (
          SELECT html_text(p.text) AS t
          FROM epub_parts p
          -- the (first) package file, and the length of its folder's path
          LEFT JOIN (SELECT rid, text AS opf, length(rtrim(name, replace(name, '/', ''))) AS n_dir
                     FROM epub_parts e
                     WHERE is_opf AND name = (SELECT min(name) FROM epub_parts f
                                              WHERE f.rid = e.rid AND f.is_opf)) o
            ON o.rid = p.rid
          WHERE p.rid = i.rowid AND NOT p.is_opf
          ORDER BY coalesce(nullif(instr(o.opf, 'href="' || substr(p.name, o.n_dir + 1) || '"'), 0),
                   1000000000), p.name))
FROM input_raw i
WHERE i.rowid IN (SELECT rid FROM epub_parts);
DROP TABLE epub_parts;
DELETE FROM office_read WHERE text IS NULL;
UPDATE input_raw SET data = CAST((SELECT text FROM office_read WHERE rid = input_raw.rowid) AS BLOB)
WHERE rowid IN (SELECT rid FROM office_read);
UPDATE office_read SET text = NULL;
