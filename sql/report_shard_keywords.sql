-- report_shard_keywords.sql -- one shard of the corpus report's keyword
-- step (docs/report.md, "Every core"): doc_keywords for the documents of
-- the shard database $source (sql/report_shard.sql), whose terms by then
-- hold the corpus's idf (sql/report_share_idf.sql). It writes into a
-- database of its own, so the merge can read $source at the same time.
--
--   sqlite3 out.db.kw0 -cmd '.load dist/textkit' -cmd ".parameter set \$source 'out.db.shard0'" \
--     < sql/report_shard_keywords.sql
--
-- docs and terms are the attached shard's (unqualified names resolve to an
-- attached database when main has no such table).
.bail on

ATTACH $source AS shard;
.read sql/report_keywords.sql
