-- report_merge_keywords.sql -- appends one keyword shard's doc_keywords
-- (its database attached as `shard`, sql/report_shard_keywords.sql) to the
-- merged database (docs/report.md, "Every core").
--
--   ATTACH 'out.db.kw0' AS shard; .read sql/report_merge_keywords.sql; DETACH shard;
.bail on

CREATE TABLE IF NOT EXISTS doc_keywords AS SELECT * FROM shard.doc_keywords WHERE false;
INSERT INTO doc_keywords SELECT * FROM shard.doc_keywords;
CREATE INDEX IF NOT EXISTS doc_keywords_doc ON doc_keywords(doc_id);
