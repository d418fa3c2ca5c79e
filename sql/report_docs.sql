-- report_docs.sql -- a step of the corpus report (sql/report.sql,
-- docs/report.md): the per-document tables of the documents in docs:
-- doc_stats, terms (df and tf; idf stays NULL until sql/report_idf.sql),
-- doc_entities, doc_minhash and lsh. Nothing here depends on other
-- documents, so a shard of docs gives exactly its share of each table
-- (sql/report_shard.sql) and the shards' tables add up (sql/report_merge*.sql).
.bail on
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;

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
       d.body = (SELECT raw FROM docs r WHERE r.id = d.id) AS body_is_raw,
       text_language(d.body) AS lang
FROM docs d JOIN tok ON tok.id = d.id, (SELECT NULL AS raw) no_raw;
CREATE UNIQUE INDEX doc_stats_id ON doc_stats(doc_id);
.read sql/report_languages.sql

-- Terms: Snowball stems of words and numbers, stopwords left out, each
-- document in its language (doc_options, sql/report_languages.sql);
-- df documents, tf occurrences, idf scikit-learn's smoothed formula (so the
-- table is an idf= table for keywords() and text_cosine(), docs/corpus.md).
-- Each document's term counts are grouped on their own (a small sort per
-- document, handed over as JSON) and added into terms, keyed by term: the
-- work grows linearly, with no sort of the whole corpus's tokens.
CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER, tf INTEGER, idf REAL) WITHOUT ROWID;
INSERT INTO terms(term, df, tf)
SELECT j.key, 1, j.value
FROM docs d JOIN doc_options o ON o.doc_id = d.id,
     json_each((SELECT json_group_object(norm, n) FROM
       (SELECT t.norm, count(*) AS n FROM tokens(d.body, o.tokens) t
        WHERE t.kind IN ('word', 'number') GROUP BY t.norm))) j
WHERE true
ON CONFLICT(term) DO UPDATE SET df = df + 1, tf = tf + excluded.tf;

-- Entities: the statistical tagger's names (with their canonical name in
-- the document: "Clinton" -> "Bill Clinton"), the patterns' dates, resolved
-- against the document's published date (docs.published: a web page's
-- metadata, or a column of a given docs) or else its own dateline
-- (ref=auto), amounts... A given docs without a published column: the
-- subquery's `published` is then the outer no_published.published (NULL).
-- The tagger reads English (and 'und') documents only; the others keep
-- their patterns' entities (model=0; sql/report_languages.sql).
CREATE TABLE doc_entities AS
SELECT d.id AS doc_id, e.type, e.entity, e.canonical,
       e.norm, e.start, e.length, e.score, e.source
FROM docs d JOIN doc_options o ON o.doc_id = d.id, (SELECT NULL AS published) no_published,
     entities(d.body, coalesce(
       (SELECT 'ref=' || substr(published, 1, 10) FROM docs r
        WHERE r.id = d.id AND published GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*'),
       'ref=auto') || CASE WHEN o.tagger THEN '' ELSE ' model=0' END) e;

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
