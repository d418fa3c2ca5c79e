-- report_share_idf.sql -- gives one shard (attached as `shard`) the
-- merged terms with the corpus's idf, in place of its own counts, so that
-- its keyword step (sql/report_shard_keywords.sql) scores against the whole
-- corpus without reading the merged database (docs/report.md, "Every core").
--
--   ATTACH 'out.db.shard0' AS shard; .read sql/report_share_idf.sql; DETACH shard;
.bail on

DELETE FROM shard.terms;
INSERT INTO shard.terms SELECT * FROM main.terms;
