-- report.sql -- the corpus report, textkit's main job (`make demo`).
--
--   sqlite3 :memory: -cmd '.load dist/textkit' < sql/report.sql
--
-- Loads every document of sql/sample/ into a table, then answers with
-- textkit's functions only: per-document figures, the vocabulary, what the
-- documents share, the people, organizations and places they name (the
-- statistical tagger), the dates and amounts (patterns), and a full-text
-- search with the same tokenizer.
-- To run it over your own corpus, fill `docs(name, body)` another way and
-- keep the queries.
.headers on
.mode box

CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT);
INSERT INTO docs(name, body)
  SELECT value, CAST(readfile('sql/sample/' || value) AS TEXT)
  FROM json_each('["000_e883b99e6786e584.txt","001_78030f9c6c91f2f6.txt","002_3e05964d87f74417.txt"]');

-- One row per token and per sentence, computed once and reused below.
CREATE TABLE tok AS
  SELECT d.id, t.token, t.norm, t.kind, t.position
  FROM docs d, tokens(d.body, 'stopwords=0') t;
CREATE TABLE sent AS
  SELECT d.id, s.sentence, s.position FROM docs d, sentences(d.body) s;

.print
.print '== Documents'
SELECT d.id, d.name,
       length(d.body) AS chars,
       (SELECT count(*) FROM tok WHERE tok.id = d.id) AS tokens,
       (SELECT count(*) FROM tok WHERE tok.id = d.id AND kind = 'word') AS words,
       (SELECT count(DISTINCT norm) FROM tok WHERE tok.id = d.id AND kind = 'word') AS vocabulary,
       (SELECT count(*) FROM sent WHERE sent.id = d.id) AS sentences,
       round(1.0 * (SELECT count(*) FROM tok WHERE tok.id = d.id AND kind = 'word')
             / (SELECT count(*) FROM sent WHERE sent.id = d.id), 1) AS words_per_sentence
FROM docs d ORDER BY d.id;

.print
.print '== Most frequent content words (stopwords removed, Snowball stems)'
SELECT text_stem(norm, 'english') AS stem, count(*) AS mentions,
       count(DISTINCT id) AS documents, group_concat(DISTINCT norm) AS forms
FROM tok
WHERE kind = 'word' AND NOT is_stopword(norm, 'english') AND length(norm) > 2
GROUP BY stem ORDER BY mentions DESC, stem LIMIT 12;

.print
.print '== Shared vocabulary between documents (Jaccard of their word sets)'
WITH vocab AS (SELECT DISTINCT id, norm FROM tok WHERE kind = 'word')
SELECT a.id AS doc_a, b.id AS doc_b,
       (SELECT count(*) FROM vocab x JOIN vocab y ON x.norm = y.norm
         WHERE x.id = a.id AND y.id = b.id) AS shared_words,
       round(1.0 * (SELECT count(*) FROM vocab x JOIN vocab y ON x.norm = y.norm
                     WHERE x.id = a.id AND y.id = b.id)
             / (SELECT count(DISTINCT norm) FROM vocab WHERE id IN (a.id, b.id)), 3) AS jaccard
FROM docs a JOIN docs b ON a.id < b.id ORDER BY a.id, b.id;

.print
.print '== Bigrams seen in more than one document'
SELECT g.ngram, count(*) AS mentions, count(DISTINCT d.id) AS documents
FROM docs d, ngrams(d.body, 2, 'stopwords=english') g
GROUP BY g.ngram HAVING documents > 1 ORDER BY mentions DESC, g.ngram LIMIT 10;

.print
.print '== People, organizations and places (statistical tagger)'
CREATE TABLE ent AS
  SELECT d.id, e.entity, e.type, e.norm, e.score, e.source
  FROM docs d, entities(d.body) e;
SELECT type, norm AS name, count(*) AS mentions, count(DISTINCT id) AS documents,
       round(avg(score), 2) AS score
FROM ent WHERE type IN ('PERSON', 'ORG', 'LOC')
GROUP BY type, norm ORDER BY type DESC, mentions DESC, name;

.print
.print '== Dates, times, amounts and figures (patterns, normalized)'
SELECT type, entity, norm, count(*) AS mentions
FROM ent WHERE source = 'pattern' AND type NOT IN ('CARDINAL')
GROUP BY type, norm ORDER BY type, mentions DESC, norm;

.print
.print '== Longest sentence of each document'
SELECT id, length(sentence) AS chars, substr(sentence, 1, 56) || '…' AS sentence
FROM sent s WHERE length(sentence) = (SELECT max(length(sentence)) FROM sent t WHERE t.id = s.id)
ORDER BY id;

.print
.print '== Full-text search with the textkit tokenizer (stemmed): "bombing"'
CREATE VIRTUAL TABLE docs_fts USING fts5(body, tokenize = 'textkit stem english');
INSERT INTO docs_fts(rowid, body) SELECT id, body FROM docs;
SELECT rowid AS id, snippet(docs_fts, 0, '[', ']', '…', 8) AS snippet
FROM docs_fts WHERE docs_fts MATCH 'bombing' ORDER BY rank;
