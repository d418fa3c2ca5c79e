-- report_merge.sql -- copies one shard's per-document rows (the shard
-- attached as `shard`) into the merged database (docs/report.md, "Every
-- core"): the bodies into docs, and doc_stats, doc_entities, doc_minhash
-- and lsh appended (each document is in exactly one shard). After the last
-- shard, sql/report_indexes.sql and sql/report_corpus.sql; doc_keywords
-- comes later (sql/report_merge_keywords.sql).
--
--   ATTACH 'out.db.shard0' AS shard; .read sql/report_merge.sql; DETACH shard;
.bail on

UPDATE docs SET body = s.body, chars = s.chars FROM shard.docs s WHERE s.id = docs.id;
CREATE TABLE IF NOT EXISTS doc_stats AS SELECT * FROM shard.doc_stats WHERE false;
INSERT INTO doc_stats SELECT * FROM shard.doc_stats;
CREATE TABLE IF NOT EXISTS doc_entities AS SELECT * FROM shard.doc_entities WHERE false;
INSERT INTO doc_entities SELECT * FROM shard.doc_entities;
CREATE TABLE IF NOT EXISTS doc_minhash AS SELECT * FROM shard.doc_minhash WHERE false;
INSERT INTO doc_minhash SELECT * FROM shard.doc_minhash;
-- The same table as sql/report_docs.sql makes (its key keeps it sorted).
CREATE TABLE IF NOT EXISTS lsh(band INTEGER, bucket INTEGER, doc_id INTEGER,
                 PRIMARY KEY (band, bucket, doc_id)) WITHOUT ROWID;
INSERT INTO lsh SELECT * FROM shard.lsh;
