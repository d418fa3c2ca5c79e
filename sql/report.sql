-- report.sql -- the corpus report, textkit's main job (`make demo`).
--
--   sqlite3 :memory: -cmd '.load dist/textkit' < sql/report.sql
--
-- Loads every document of sql/sample/ into a table, keeps its content
-- blocks (page furniture such as paywall offers removed), then answers with
-- textkit's functions only: per-document figures, the vocabulary, how
-- similar the documents are and which passages they share, the people,
-- organizations and places they name (the statistical tagger), the dates
-- and amounts (patterns), and a full-text search with the same tokenizer.
-- To run it over your own corpus, fill `docs(name, body)` another way and
-- keep the queries.
.headers on
.mode box

CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, raw TEXT, body TEXT);
INSERT INTO docs(name, raw)
  SELECT value, CAST(readfile('sql/sample/' || value) AS TEXT)
  FROM json_each('["000_e883b99e6786e584.txt","001_78030f9c6c91f2f6.txt","002_3e05964d87f74417.txt"]');
-- The analysed text: the content blocks only (text_blocks() classifies).
UPDATE docs SET body = text_main(raw);

-- One row per token and per sentence, computed once and reused below.
CREATE TABLE tok AS
  SELECT d.id, t.token, t.norm, t.kind, t.position
  FROM docs d, tokens(d.body, 'stopwords=0') t;
CREATE TABLE sent AS
  SELECT d.id, s.sentence, s.position FROM docs d, sentences(d.body) s;

.print
.print '== Page furniture removed (text_blocks: content / boilerplate / short)'
SELECT d.id, b.kind, count(*) AS blocks, sum(b.length) AS chars,
       substr(replace(group_concat(b.block, ' | '), char(10), ' '), 1, 44) || '…' AS sample
FROM docs d, text_blocks(d.raw) b
GROUP BY d.id, b.kind ORDER BY d.id, b.kind;

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

-- The corpus IDF table: sklearn's smoothed idf over stemmed word norms.
CREATE TABLE idf AS
WITH n AS (SELECT count(*) AS n FROM docs),
     df AS (SELECT t.norm AS term, count(DISTINCT d.id) AS df
            FROM docs d, tokens(d.body, 'stem=english') t
            WHERE t.kind IN ('word', 'number') GROUP BY t.norm)
SELECT term, ln((n + 1.0) / (df + 1)) + 1 AS idf FROM df, n;

.print
.print '== How similar the documents are: word sets, 5-word shingles, MinHash, TF-IDF, SimHash'
SELECT a.id AS doc_a, b.id AS doc_b,
       round(text_jaccard(a.body, b.body), 3) AS word_jaccard,
       round(text_jaccard(a.body, b.body, 'shingle=5'), 3) AS shingle_jaccard,
       round(minhash_jaccard(minhash(a.body), minhash(b.body)), 3) AS minhash_estimate,
       round(text_cosine(a.body, b.body, 'stem=english idf=idf'), 3) AS tfidf_cosine,
       simhash_distance(simhash(a.body), simhash(b.body)) AS simhash_bits_differ
FROM docs a JOIN docs b ON a.id < b.id ORDER BY a.id, b.id;

.print
.print '== Passages two documents share (8 words or more)'
SELECT a.id AS doc_a, b.id AS doc_b, o.words,
       substr(o.passage, 1, 56) || '…' AS passage
FROM docs a JOIN docs b ON a.id < b.id, text_overlap(a.body, b.body, 8) o
ORDER BY a.id, b.id, o.a_start;

.print
.print '== Key phrases of each document (RAKE; with idf= they would be TF-IDF terms)'
SELECT d.id, k.keyword, round(k.score, 1) AS score, k.count
FROM docs d, keywords(d.body, 'top=4') k
ORDER BY d.id, k.score DESC;

.print
.print '== Bigrams seen in more than one document'
SELECT g.ngram, count(*) AS mentions, count(DISTINCT d.id) AS documents
FROM docs d, ngrams(d.body, 2, 'stopwords=english') g
GROUP BY g.ngram HAVING documents > 1 ORDER BY mentions DESC, g.ngram LIMIT 10;

.print
.print '== People, organizations and places (statistical tagger)'
CREATE TABLE ent AS
  SELECT d.id, e.entity, e.type, e.norm, e.canonical, e.score, e.source
  FROM docs d, entities(d.body) e;
SELECT type, canonical AS name, count(*) AS mentions, count(DISTINCT id) AS documents,
       round(avg(score), 2) AS score
FROM ent WHERE type IN ('PERSON', 'ORG', 'LOC')
GROUP BY type, canonical ORDER BY type DESC, mentions DESC, name;

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
