-- report_corpus.sql -- a step of the corpus report (sql/report.sql,
-- docs/report.md): the corpus-level tables, once, over the complete
-- per-document tables: candidate_pairs from the lsh buckets,
-- near_duplicates, shared_passages, docs_fts. It reads neither doc_keywords
-- nor terms, so `make report JOBS=n` runs it while the keyword shards work.
.bail on
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;

-- Names across documents: canonical names are per document, so "Clinton"
-- in an article that never writes "Bill Clinton" stays "Clinton". Here a
-- one-word PERSON canonical takes the multi-word PERSON canonical of the
-- corpus that ends with that word and has at least 90% of the mentions of
-- all such names ("Bill Clinton" 70 against "Hillary Rodham Clinton" 3
-- and "Chelsea Clinton" 1) and is written in at least a tenth as many
-- documents as the one-word name (so "God" in 225 articles does not become
-- the "Almighty God" of one); with no such name it stays as it is. A full
-- name opened by a title that goes before a given name ("Prince Charles",
-- "Saint Benedict", "King Henry") is left out: its last word is no
-- surname (a report over 3,000 Wikipedia paragraphs made "Charles" in nine
-- articles, Darwin's, Martel's and Ray Charles's among them, "Prince
-- Charles"). A word that opens multi-word PERSON names in more documents
-- than the full name is written in is a surname written first ("Mao" of
-- "Mao Zedong") or a given name, and stays: a report over 3,200 CoNLL and
-- Wikipedia files made "Mao" in 7 articles the "Mong Mao" of one. Other
-- types keep their canonical.
CREATE TEMP TABLE first_words(first TEXT PRIMARY KEY, docs INTEGER);
INSERT INTO first_words
SELECT substr(canonical, 1, instr(canonical, ' ') - 1), count(DISTINCT doc_id)
FROM doc_entities WHERE type = 'PERSON' AND instr(canonical, ' ') > 0
GROUP BY 1;
CREATE TEMP TABLE names_by_last(last TEXT PRIMARY KEY, full_name TEXT, docs INTEGER);
INSERT INTO names_by_last
WITH full_names AS (
  SELECT canonical, count(*) AS n, count(DISTINCT doc_id) AS docs,
         substr(canonical, length(rtrim(canonical, replace(canonical, ' ', ''))) + 1) AS last
  FROM doc_entities WHERE type = 'PERSON' AND instr(canonical, ' ') > 0
    AND substr(canonical, 1, instr(canonical, ' ') - 1) NOT IN (
      'Prince', 'Princess', 'King', 'Queen', 'Pope', 'Saint', 'St.', 'St',
      'Emperor', 'Empress', 'Tsar', 'Czar', 'Sultan', 'Sheikh', 'Emir',
      'Duke', 'Duchess', 'Lord', 'Lady', 'Sir', 'Dame', 'Brother', 'Sister')
  GROUP BY canonical)
SELECT x.last, x.full_name, x.docs FROM (
  SELECT last, canonical AS full_name, n, docs, sum(n) OVER (PARTITION BY last) AS total,
         row_number() OVER (PARTITION BY last ORDER BY n DESC, canonical) AS r
  FROM full_names) x LEFT JOIN first_words f ON f.first = x.last
WHERE x.r = 1 AND x.n * 10 >= x.total * 9 AND x.docs >= coalesce(f.docs, 0);
DROP TABLE first_words;
-- (tables with a key, not CTEs: the joins look each name up instead of
-- scanning every surname for every name)

-- Acronyms across documents: an article that writes "European Union
-- (EU)" links its "EU" to the long form (entities(), canonical step 3),
-- one that writes only "EU" cannot. Here an ORG, LOC or MISC canonical of
-- 2 to 8 capital letters takes the long form that the corpus's articles
-- defined it as, when at least 2 articles define it and at least 90% of
-- the articles that define it agree ("NATO" stays "NATO" when some write
-- North Atlantic Treaty Organization and others Organisation). A row
-- whose surface is the acronym and whose canonical has several words is
-- such a definition: no other step of canonical gives that to these types.
CREATE TEMP TABLE acronyms(type TEXT, acronym TEXT, long_name TEXT, PRIMARY KEY (type, acronym));
INSERT INTO acronyms
WITH definitions AS (
  SELECT type, entity AS acronym, canonical AS long_name, count(DISTINCT doc_id) AS docs
  FROM doc_entities
  WHERE type IN ('ORG', 'LOC', 'MISC') AND length(entity) BETWEEN 2 AND 8
    AND entity NOT GLOB '*[^A-Z]*' AND instr(canonical, ' ') > 0
  GROUP BY type, entity, canonical)
SELECT type, acronym, long_name FROM (
  SELECT type, acronym, long_name, docs, sum(docs) OVER (PARTITION BY type, acronym) AS total,
         row_number() OVER (PARTITION BY type, acronym ORDER BY docs DESC, long_name) AS r
  FROM definitions)
WHERE r = 1 AND docs >= 2 AND docs * 10 >= total * 9;

-- Well-known abbreviations that articles rarely spell out ("U.S." next to
-- "United States" and "US" in the sample corpus): the few countries and
-- unions whose short forms news writes more often than their names. A
-- definition in the corpus (above) comes first.
CREATE TEMP TABLE aliases(short TEXT PRIMARY KEY, long_name TEXT);
INSERT INTO aliases VALUES
  ('U.S.', 'United States'), ('U.S', 'United States'), ('US', 'United States'),
  ('USA', 'United States'), ('U.S.A.', 'United States'), ('United States of America', 'United States'),
  ('U.K.', 'United Kingdom'), ('UK', 'United Kingdom'),
  ('U.N.', 'United Nations'), ('UN', 'United Nations'),
  ('E.U.', 'European Union'), ('EU', 'European Union'),
  ('U.A.E.', 'United Arab Emirates'), ('UAE', 'United Arab Emirates'),
  ('U.S.S.R.', 'Soviet Union'), ('USSR', 'Soviet Union'),
  ('Union of Soviet Socialist Republics', 'Soviet Union');

CREATE TABLE corpus_names AS
WITH names AS (SELECT type, canonical, count(DISTINCT doc_id) AS docs FROM doc_entities
               WHERE type IN ('PERSON', 'ORG', 'LOC', 'MISC') GROUP BY type, canonical)
SELECT n.type, n.canonical,
       coalesce(CASE WHEN n.type = 'PERSON' AND instr(n.canonical, ' ') = 0
                      AND b.docs * 10 >= n.docs THEN b.full_name END,
                a.long_name, w.long_name, n.canonical) AS name
FROM names n LEFT JOIN names_by_last b ON b.last = n.canonical
LEFT JOIN acronyms a ON a.type = n.type AND a.acronym = n.canonical
LEFT JOIN aliases w ON w.short = n.canonical AND n.type IN ('ORG', 'LOC', 'MISC');
DROP TABLE names_by_last;
DROP TABLE acronyms;
DROP TABLE aliases;
CREATE UNIQUE INDEX corpus_names_tc ON corpus_names(type, canonical);

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
