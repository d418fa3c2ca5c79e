-- report_print.sql -- the last step of the corpus report (sql/report.sql,
-- docs/report.md): the printed sections, every one a top-N, read from the
-- tables the earlier steps left.
.bail on
.headers on
.mode box
.print
.print '== Corpus'
SELECT (SELECT value FROM report_info WHERE key = 'corpus') AS folder,
       CASE WHEN (SELECT value FROM report_info WHERE key = 'docs_given')
            THEN 'docs table given' ELSE 'files' END AS source,
       count(*) AS documents, sum(chars) AS characters, sum(tokens) AS tokens,
       sum(words) AS words, sum(sentences) AS sentences,
       (SELECT count(*) FROM skipped) AS skipped
FROM doc_stats;
SELECT reason, count(*) AS skipped, sum(bytes) AS bytes, substr(min(name), 1, 40) AS example
FROM skipped GROUP BY reason ORDER BY count(*) DESC, reason LIMIT 8;
SELECT substr(key, 14) AS decoded_from, value AS files FROM report_info
WHERE key GLOB 'decoded from *' ORDER BY value DESC, key LIMIT 8;
-- Files of records split into documents (sql/report_records.sql).
SELECT substr(substr(key, 14), 1, 40) AS records_from, value AS read FROM report_info
WHERE key GLOB 'records from *' ORDER BY key LIMIT 8;
SELECT value AS records_read_with_a_problem FROM report_info WHERE key = 'records read with a problem';
-- Languages (text_language; how each is read: sql/report_languages.sql),
-- printed when any document is not English.
.read sql/report_languages.sql
SELECT s.lang AS language, count(*) AS documents, sum(s.chars) AS characters,
       o.tokens AS terms_read_with,
       CASE WHEN o.tagger THEN 'tagged' ELSE 'not tagged: dates, amounts, links only' END AS names,
       CASE WHEN o.phrases THEN 'yes' ELSE 'none: words not spaced' END AS key_phrases
FROM doc_stats s JOIN doc_options o ON o.doc_id = s.doc_id
WHERE EXISTS (SELECT 1 FROM doc_stats WHERE lang NOT IN ('en', 'und'))
GROUP BY s.lang ORDER BY documents DESC, s.lang LIMIT 12;

.print
.print '== Content kept by text_main (page furniture removed)'
-- pct_kept counts characters other than spaces, tabs, line ends and the
-- no-break and zero-width no-break spaces (text_main trims those at the
-- edges of its blocks like any white space), and other than hyphens
-- (text_dehyphenate drops those of the words a page broke at line ends):
-- text_main joins the blocks it keeps with blank lines, so a text written
-- a line a sentence has more characters after it than before. (raw: the
-- subquery resolves to no_raw.raw, NULL, when a given docs has no raw.)
-- documents_trimmed and visible_chars_dropped show what a rounded pct_kept
-- hides: how many documents lost text, and how much.  MATERIALIZED: each
-- document's counts are made once, not once per aggregate that reads them
-- (a 60 MB document took 22 s here, now 2 s).
WITH shown AS (
  SELECT s.raw_chars, s.chars, s.body_is_raw,
         CASE WHEN s.raw_chars IS NOT NULL THEN d.body END AS body,
         (SELECT raw FROM docs r WHERE r.id = d.id) AS raw
  FROM doc_stats s JOIN docs d ON d.id = s.doc_id, (SELECT NULL AS raw) no_raw),
visible AS MATERIALIZED (
  SELECT raw_chars, chars, body_is_raw,
         length(body) - regexp_count(body, '[ \n\r\t\x{a0}\x{feff}\x{ad}\x{2010}-]') AS body_visible,
         length(raw) - regexp_count(raw, '[ \n\r\t\x{a0}\x{feff}\x{ad}\x{2010}-]') AS raw_visible
  FROM shown)
SELECT count(raw_chars) AS documents_with_raw, sum(raw_chars) AS raw_chars,
       sum(CASE WHEN raw_chars IS NOT NULL THEN chars END) AS body_chars,
       round(100.0 * sum(body_visible) / sum(raw_visible), 1) AS pct_kept,
       sum(body_is_raw) AS bodies_equal_raw,
       sum(body_visible < raw_visible) AS documents_trimmed,
       sum(raw_visible - body_visible) AS visible_chars_dropped
FROM visible;

.print
.print '== Largest documents'
SELECT d.id, substr(d.name, 1, 40) AS name, s.chars, s.words, s.sentences
FROM doc_stats s JOIN docs d ON d.id = s.doc_id
ORDER BY s.chars DESC, d.id LIMIT 5;

.print
.print '== Top terms (stopwords removed; the words of one Snowball stem counted together)'
-- Each stem is shown as the form most written in up to 2,000 documents
-- spread over the corpus (one in every N by id), capitals ("LAST" in a
-- table of results) only when it has no other form; the stem itself when
-- the sample lacks it.
WITH top AS (
  SELECT term, df, tf, idf FROM terms WHERE length(term) > 2 AND term GLOB '*[a-z]*'
  ORDER BY tf DESC, term LIMIT 15),
sample AS (
  SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM docs)
  WHERE r % max(1, (SELECT count(*) FROM docs) / 2000) = 0),
forms AS MATERIALIZED (
  SELECT t.norm AS term, t.token AS word, count(*) AS n
  FROM sample JOIN docs d ON d.id = sample.id JOIN doc_options o ON o.doc_id = d.id,
       tokens(d.body, o.tokens) t
  WHERE t.norm IN (SELECT term FROM top) GROUP BY 1, 2)
SELECT substr(coalesce((SELECT word FROM forms f WHERE f.term = top.term
                        ORDER BY word <> upper(word) OR word = lower(word) DESC, n DESC, word
                        LIMIT 1), term), 1, 30) AS word,
       substr(term, 1, 30) AS stem, df AS documents, tf AS mentions, round(idf, 2) AS idf
FROM top ORDER BY tf DESC, term;

.print
.print '== People, organizations and places (by name across the corpus: corpus_names)'
WITH ranked AS (
  SELECT e.type, c.name, count(*) AS mentions, count(DISTINCT e.doc_id) AS documents,
         row_number() OVER (PARTITION BY e.type ORDER BY count(*) DESC, c.name) AS r
  FROM doc_entities e JOIN corpus_names c ON c.type = e.type AND c.canonical = e.canonical
  WHERE e.type IN ('PERSON', 'ORG', 'LOC') GROUP BY e.type, c.name)
SELECT type, CASE WHEN length(name) > 40 THEN substr(name, 1, 39) || '…' ELSE name END AS name,
       mentions, documents
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
-- phrases compared in lower case, each shown in the form most documents
-- gave it ("Morocco", "Gregorian calendar"; on a tie the smaller string)
WITH forms AS MATERIALIZED (
  SELECT lower(phrase) AS key, phrase, count(*) AS n, sum(score) AS score
  FROM doc_keywords GROUP BY 1, 2),
top AS (
  SELECT key, sum(n) AS documents, round(sum(score), 1) AS total_score FROM forms
  GROUP BY key ORDER BY documents DESC, total_score DESC, key LIMIT 12)
SELECT substr((SELECT phrase FROM forms f WHERE f.key = top.key ORDER BY n DESC, phrase LIMIT 1),
              1, 40) AS phrase, documents, total_score
FROM top ORDER BY documents DESC, total_score DESC, key;

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
.print 'doc_entities, corpus_names, doc_minhash, lsh, candidate_pairs, near_duplicates,'
.print 'shared_passages, docs_fts, report_info.'
