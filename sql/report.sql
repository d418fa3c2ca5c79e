-- report.sql -- the corpus report, textkit's main job (docs/report.md).
--
--   make report CORPUS=folder [OUT=build/report.db]
--   sqlite3 out.db -cmd '.load dist/textkit' -cmd ".parameter set \$corpus 'folder'" < sql/report.sql
--   make demo        (the same over sql/sample/)
--
-- Loads every regular file under $corpus (recursively; default sql/sample)
-- into docs(id, name, raw, body, chars): name is the path relative to the
-- folder, raw the file read as UTF-8 TEXT, body the analysed text
-- text_main(raw) (page furniture such as paywall offers removed). Files that
-- are not text, or larger than $max_bytes (default 50 MB), go to
-- skipped(name, bytes, reason). If the database already has a filled table
-- docs(id, name, body), it is used as it is and nothing is loaded.
--
-- Every result is left as a table (docs, skipped, doc_stats, terms,
-- doc_keywords, doc_entities, doc_minhash, lsh, candidate_pairs,
-- near_duplicates, shared_passages, docs_fts, report_info) and every
-- printed section is a top-N, so the report stays about 200 lines for any
-- corpus. No step compares all pairs of documents: pairs come from MinHash
-- LSH buckets (minhash_bands), and shared passages are sought between the
-- best candidate pairs only. Optional parameters: $max_bytes, $query (the
-- full-text search example; default the most mentioned person).
.bail on
.headers on
.mode box
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
-- its size, whether it has a NUL byte, and how many of its bytes are not
-- UTF-8 (each becomes one U+FFFD in text_lower(); genuine U+FFFD characters
-- already in the file are not counted). fsdir() is not run when docs is given.
CREATE TEMP TABLE input AS
WITH files AS (
  SELECT substr(f.name, length(i.value) + 2 - (i.value GLOB '*/')) AS name, f.data
  FROM report_info i, fsdir(i.value) f
  WHERE i.key = 'corpus' AND (f.mode & 61440) = 32768
    AND NOT (SELECT value FROM report_info WHERE key = 'docs_given'))
SELECT name, length(data) AS bytes,
       instr(data, x'00') > 0 AS has_nul,
       CASE WHEN length(data) <= (SELECT value FROM report_info WHERE key = 'max_bytes')
            THEN CAST(data AS TEXT) END AS text
FROM files;
CREATE TEMP TABLE input_checked AS
SELECT name, bytes, has_nul, text,
       CASE WHEN has_nul OR bytes > (SELECT value FROM report_info WHERE key = 'max_bytes') THEN 0
            ELSE (length(text_lower(text)) - length(replace(text_lower(text), char(65533), '')))
               - (length(text) - length(replace(text, char(65533), ''))) END AS bad_bytes
FROM input;

CREATE TABLE skipped(name TEXT PRIMARY KEY, bytes INTEGER, reason TEXT);
INSERT INTO skipped
SELECT name, bytes,
       CASE WHEN bytes > (SELECT value FROM report_info WHERE key = 'max_bytes')
              THEN 'larger than max_bytes=' || (SELECT value FROM report_info WHERE key = 'max_bytes')
            WHEN has_nul THEN 'binary: has a NUL byte'
            WHEN bytes = 0 THEN 'empty file'
            ELSE 'not UTF-8: ' || bad_bytes || ' invalid bytes' END
FROM input_checked
WHERE bytes > (SELECT value FROM report_info WHERE key = 'max_bytes')
   OR has_nul OR bytes = 0 OR bad_bytes * 10 > bytes;

-- docs: raw is the file as TEXT (a few invalid bytes are each replaced by
-- U+FFFD, and only then is the text NFC-normalized); body is its content
-- blocks, or raw itself when text_blocks() finds no content block (a
-- one-line note, a title list) so that no document drops out. A docs table
-- that exists already is kept as it is (CREATE ... IF NOT EXISTS), so no
-- statement here names a column that a given docs may lack.
CREATE TABLE IF NOT EXISTS docs AS
WITH kept AS MATERIALIZED (
  SELECT row_number() OVER (ORDER BY name) AS id, name, bytes,
         CASE WHEN bad_bytes > 0 THEN text_normalize(text) ELSE text END AS raw
  FROM input_checked WHERE name NOT IN (SELECT name FROM skipped)),
analysed AS MATERIALIZED (
  SELECT id, name, bytes, raw, coalesce(nullif(text_main(raw), ''), raw) AS body FROM kept)
SELECT CAST(id AS INTEGER) AS id, CAST(name AS TEXT) AS name, CAST(bytes AS INTEGER) AS bytes,
       CAST(raw AS TEXT) AS raw, CAST(body AS TEXT) AS body, CAST(length(body) AS INTEGER) AS chars
FROM analysed ORDER BY id;
-- Every join below looks documents up by id (ids must be unique).
CREATE UNIQUE INDEX IF NOT EXISTS docs_id ON docs(id);
DROP TABLE input;
DROP TABLE input_checked;
INSERT INTO stop SELECT CASE WHEN (SELECT value FROM report_info WHERE key = 'docs_given')
                             THEN 'empty docs' ELSE 'no files' END
  WHERE NOT EXISTS (SELECT 1 FROM docs);

-- ------------------------------------------------------------------ per document
-- raw_chars: a given docs table may have no raw column; the subquery then
-- resolves `raw` to the outer no_raw.raw (NULL), by SQL's scoping rules.
CREATE TABLE doc_stats AS
WITH tok AS (
  SELECT d.id, count(t.position) AS tokens, count(CASE WHEN t.kind = 'word' THEN 1 END) AS words
  FROM docs d LEFT JOIN tokens(d.body) t GROUP BY d.id)
SELECT d.id AS doc_id,
       length((SELECT raw FROM docs r WHERE r.id = d.id)) AS raw_chars,
       length(d.body) AS chars, tok.tokens, tok.words,
       (SELECT count(*) FROM sentences(d.body)) AS sentences,
       d.body = (SELECT raw FROM docs r WHERE r.id = d.id) AS body_is_raw
FROM docs d JOIN tok ON tok.id = d.id, (SELECT NULL AS raw) no_raw;
CREATE UNIQUE INDEX doc_stats_id ON doc_stats(doc_id);

-- Terms: Snowball stems of words and numbers, English stopwords left out;
-- df documents, tf occurrences, idf scikit-learn's smoothed formula (so the
-- table is an idf= table for keywords() and text_cosine(), docs/corpus.md).
-- Each document's term counts are grouped on their own (a small sort per
-- document, handed over as JSON) and added into terms, keyed by term: the
-- work grows linearly, with no sort of the whole corpus's tokens.
CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER, tf INTEGER, idf REAL) WITHOUT ROWID;
INSERT INTO terms(term, df, tf)
SELECT j.key, 1, j.value
FROM docs d, json_each((SELECT json_group_object(norm, n) FROM
       (SELECT t.norm, count(*) AS n FROM tokens(d.body, 'stem=english stopwords=english') t
        WHERE t.kind IN ('word', 'number') GROUP BY t.norm))) j
WHERE true
ON CONFLICT(term) DO UPDATE SET df = df + 1, tf = tf + excluded.tf;
UPDATE terms SET idf = ln(((SELECT count(*) FROM docs) + 1.0) / (df + 1)) + 1;

-- Key phrases of each document: its 5 best one- or two-word phrases by
-- TF-IDF against this corpus (same token options as terms).
CREATE TABLE doc_keywords AS
SELECT d.id AS doc_id,
       row_number() OVER (PARTITION BY d.id ORDER BY k.score DESC, k.keyword) AS rank,
       k.keyword AS phrase, k.score, k.count
FROM docs d, keywords(d.body, 'stem=english stopwords=english idf=terms words=2 top=5') k;
CREATE INDEX doc_keywords_doc ON doc_keywords(doc_id);

-- Entities: the statistical tagger's names (with their canonical name in
-- the document: "Clinton" -> "Bill Clinton"), the patterns' dates, resolved
-- against each document's own dateline (ref=auto), amounts...
CREATE TABLE doc_entities AS
SELECT d.id AS doc_id, e.type, e.entity, e.canonical,
       e.norm, e.start, e.length, e.score, e.source
FROM docs d, entities(d.body, 'ref=auto') e;
CREATE INDEX doc_entities_type ON doc_entities(type, canonical);
CREATE INDEX doc_entities_doc ON doc_entities(doc_id);

-- ------------------------------------------------------------------ pairs
-- MinHash signatures (5-word shingles, 128 minima) and their LSH buckets:
-- 32 bands of 4 rows, so a pair at Jaccard 0.8 is a candidate almost
-- surely, one at 0.3 with probability 0.23 (docs/docsim.md).
CREATE TABLE doc_minhash AS
SELECT doc_id, minhash(d.body) AS sig FROM docs d JOIN doc_stats s ON s.doc_id = d.id
WHERE s.words > 0;
CREATE TABLE lsh(band INTEGER, bucket INTEGER, doc_id INTEGER,
                 PRIMARY KEY (band, bucket, doc_id)) WITHOUT ROWID;
INSERT INTO lsh SELECT b.band, b.bucket, m.doc_id FROM doc_minhash m, minhash_bands(m.sig, 32) b
ORDER BY 1, 2, 3;
-- Candidate pairs share a bucket. A bucket of more than 50 documents (many
-- copies of one text) gives pairs of its first document with each other
-- one, not all its pairs, so the number of pairs stays linear.
CREATE TEMP TABLE buckets AS
SELECT band, bucket, count(*) AS n, min(doc_id) AS first FROM lsh
GROUP BY band, bucket HAVING n > 1;
CREATE TABLE candidate_pairs AS
WITH pairs AS (
  SELECT x.doc_id AS a, y.doc_id AS b
  FROM buckets k JOIN lsh x ON x.band = k.band AND x.bucket = k.bucket
  JOIN lsh y ON y.band = k.band AND y.bucket = k.bucket AND y.doc_id > x.doc_id
  WHERE k.n <= 50
  UNION
  SELECT k.first, y.doc_id
  FROM buckets k JOIN lsh y ON y.band = k.band AND y.bucket = k.bucket AND y.doc_id > k.first
  WHERE k.n > 50)
SELECT p.a, p.b, minhash_jaccard(ma.sig, mb.sig) AS estimate
FROM pairs p JOIN doc_minhash ma ON ma.doc_id = p.a JOIN doc_minhash mb ON mb.doc_id = p.b;
CREATE UNIQUE INDEX candidate_pairs_ab ON candidate_pairs(a, b);
DROP TABLE buckets;

-- Near-duplicates: candidates whose exact 5-word-shingle Jaccard is >= 0.8.
CREATE TABLE near_duplicates AS
SELECT c.a, c.b, text_jaccard(da.body, db.body, 'shingle=5') AS similarity
FROM candidate_pairs c JOIN docs da ON da.id = c.a JOIN docs db ON db.id = c.b
WHERE c.estimate >= 0.6 AND text_jaccard(da.body, db.body, 'shingle=5') >= 0.8;
CREATE UNIQUE INDEX near_duplicates_ab ON near_duplicates(a, b);

-- Shared passages (8 words or more) between the 1,000 most similar
-- candidate pairs that are not near-duplicates.
CREATE TABLE shared_passages AS
WITH best AS (
  SELECT c.a, c.b FROM candidate_pairs c
  WHERE NOT EXISTS (SELECT 1 FROM near_duplicates n WHERE n.a = c.a AND n.b = c.b)
  ORDER BY c.estimate DESC, c.a, c.b LIMIT 1000)
SELECT p.a, p.b, o.words, o.passage, o.a_start, o.a_length, o.b_start, o.b_length
FROM best p JOIN docs da ON da.id = p.a JOIN docs db ON db.id = p.b,
     text_overlap(da.body, db.body, 8) o;

-- Full-text index with the textkit tokenizer (Snowball stems).
CREATE VIRTUAL TABLE docs_fts USING fts5(body, content = 'docs', content_rowid = 'id',
                                          tokenize = 'textkit stem english');
INSERT INTO docs_fts(docs_fts) VALUES ('rebuild');
INSERT INTO report_info VALUES ('finished', datetime('now'));

-- ------------------------------------------------------------------ report
.print
.print '== Corpus'
SELECT (SELECT value FROM report_info WHERE key = 'corpus') AS folder,
       CASE WHEN (SELECT value FROM report_info WHERE key = 'docs_given')
            THEN 'docs table given' ELSE 'files' END AS source,
       count(*) AS documents, sum(chars) AS characters, sum(tokens) AS tokens,
       sum(words) AS words, sum(sentences) AS sentences,
       (SELECT count(*) FROM skipped) AS skipped_files
FROM doc_stats;
SELECT reason, count(*) AS files, sum(bytes) AS bytes, substr(min(name), 1, 40) AS example
FROM skipped GROUP BY reason ORDER BY files DESC LIMIT 8;

.print
.print '== Content kept by text_main (page furniture removed)'
SELECT count(raw_chars) AS documents_with_raw, sum(raw_chars) AS raw_chars,
       sum(CASE WHEN raw_chars IS NOT NULL THEN chars END) AS body_chars,
       round(100.0 * sum(CASE WHEN raw_chars IS NOT NULL THEN chars END) / sum(raw_chars), 1) AS pct_kept,
       sum(body_is_raw) AS bodies_equal_raw
FROM doc_stats;

.print
.print '== Largest documents'
SELECT d.id, substr(d.name, 1, 40) AS name, s.chars, s.words, s.sentences
FROM doc_stats s JOIN docs d ON d.id = s.doc_id
ORDER BY s.chars DESC, d.id LIMIT 5;

.print
.print '== Top terms (Snowball stems, stopwords removed)'
SELECT substr(term, 1, 30) AS term, df AS documents, tf AS mentions, round(idf, 2) AS idf
FROM terms WHERE length(term) > 2 AND term GLOB '*[a-z]*'
ORDER BY tf DESC, term LIMIT 15;

.print
.print '== People, organizations and places (by canonical name)'
WITH ranked AS (
  SELECT type, canonical, count(*) AS mentions, count(DISTINCT doc_id) AS documents,
         row_number() OVER (PARTITION BY type ORDER BY count(*) DESC, canonical) AS r
  FROM doc_entities WHERE type IN ('PERSON', 'ORG', 'LOC') GROUP BY type, canonical)
SELECT type, substr(canonical, 1, 40) AS name, mentions, documents
FROM ranked WHERE r <= 8 ORDER BY type DESC, r;

.print
.print '== Timeline: dates mentioned, by month (the 20 busiest months)'
WITH months AS (
  SELECT substr(norm, 1, 7) AS month, count(*) AS mentions, count(DISTINCT doc_id) AS documents
  FROM doc_entities WHERE type = 'DATE' AND norm GLOB '[12][0-9][0-9][0-9]-[01][0-9]*'
  GROUP BY month ORDER BY mentions DESC, month LIMIT 20)
SELECT month, mentions, documents,
       substr('########################################', 1,
              max(1, 40 * mentions / (SELECT max(mentions) FROM months))) AS bar
FROM months ORDER BY month;
SELECT '(no dates with a month)' AS timeline WHERE NOT EXISTS (SELECT 1 FROM doc_entities WHERE type = 'DATE');

.print
.print '== Money: the largest amounts'
SELECT substr(min(entity), 1, 30) AS example, norm, count(*) AS mentions,
       count(DISTINCT doc_id) AS documents
FROM doc_entities WHERE type = 'MONEY'
GROUP BY norm ORDER BY CAST(substr(norm, 1, instr(norm, ' ') - 1) AS REAL) DESC, norm LIMIT 10;
SELECT '(no amounts of money)' AS money WHERE NOT EXISTS (SELECT 1 FROM doc_entities WHERE type = 'MONEY');

.print
.print '== Near-duplicates (5-word shingle Jaccard >= 0.8, MinHash LSH candidates)'
SELECT (SELECT count(*) FROM candidate_pairs) AS candidate_pairs,
       count(*) AS near_duplicate_pairs,
       (SELECT count(*) FROM (SELECT a FROM near_duplicates UNION SELECT b FROM near_duplicates))
         AS documents_involved
FROM near_duplicates;
SELECT n.a, n.b, round(n.similarity, 3) AS similarity,
       substr(da.name, 1, 28) AS name_a, substr(db.name, 1, 28) AS name_b
FROM near_duplicates n JOIN docs da ON da.id = n.a JOIN docs db ON db.id = n.b
ORDER BY n.similarity DESC, n.a, n.b LIMIT 10;

.print
.print '== Shared passages between other candidate pairs (longest 10)'
SELECT a, b, words, substr(replace(passage, char(10), ' '), 1, 54) || '…' AS passage
FROM shared_passages ORDER BY words DESC, a, b, a_start LIMIT 10;
SELECT '(no shared passages of 8 words or more)' AS shared_passages WHERE NOT EXISTS (SELECT 1 FROM shared_passages);

.print
.print '== Key phrases of the corpus (documents where a phrase is in the top 5)'
SELECT substr(lower(phrase), 1, 40) AS phrase, count(*) AS documents, round(sum(score), 1) AS total_score
FROM doc_keywords GROUP BY lower(phrase) ORDER BY documents DESC, total_score DESC, lower(phrase) LIMIT 12;

.print
.print '== Key phrases of the three longest documents'
SELECT k.doc_id, k.rank, substr(k.phrase, 1, 40) AS phrase, round(k.score, 2) AS score
FROM doc_keywords k
WHERE k.doc_id IN (SELECT doc_id FROM doc_stats ORDER BY chars DESC, doc_id LIMIT 3)
ORDER BY k.doc_id, k.rank;

.print
.print '== Full-text search (FTS5, textkit tokenizer): $query, else the most mentioned person'
WITH q AS (
  SELECT coalesce($query,
                  (SELECT canonical FROM doc_entities WHERE type = 'PERSON'
                   GROUP BY canonical ORDER BY count(*) DESC, canonical LIMIT 1),
                  (SELECT term FROM terms ORDER BY tf DESC, term LIMIT 1), '') AS text)
SELECT (SELECT substr(text, 1, 24) FROM q) AS query, f.rowid AS id,
       substr(replace(snippet(docs_fts, 0, '[', ']', '…', 8), char(10), ' '), 1, 56) AS snippet
FROM docs_fts f
WHERE (SELECT trim(text) <> '' FROM q)
  AND docs_fts MATCH (SELECT '"' || replace(text, '"', '""') || '"' FROM q)
ORDER BY rank LIMIT 5;

.print
.print 'Tables left for SQL (docs/report.md): docs, skipped, doc_stats, terms, doc_keywords,'
.print 'doc_entities, doc_minhash, lsh, candidate_pairs, near_duplicates, shared_passages,'
.print 'docs_fts, report_info.'
