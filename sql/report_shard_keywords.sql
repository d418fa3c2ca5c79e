-- report_shard_keywords.sql -- one shard of the corpus report's keyword
-- step (docs/report.md, "Every core"), run in the shard's database after
-- sql/report_shard.sql and after the merged terms have their idf:
--
--   sqlite3 out.db.shard0 -cmd '.load dist/textkit' -cmd ".parameter set \$source 'out.db'" \
--     < sql/report_shard_keywords.sql
--
-- The shard's own terms (its counts only) are already merged into
-- $source; keywords() reads the corpus's idf through a temporary view of
-- the same name.
.bail on

ATTACH $source AS corpus;
DROP TABLE terms;
CREATE TEMP VIEW terms AS SELECT term, idf FROM corpus.terms;
.read sql/report_keywords.sql
