-- report_merge_terms.sql -- adds one shard's term counts (attached as
-- `shard`) into the merged database's terms (docs/report.md, "Every
-- core"); sql/report_idf.sql runs after the last shard, then
-- sql/report_share_idf.sql for each shard.
--
--   ATTACH 'out.db.shard0' AS shard; .read sql/report_merge_terms.sql; DETACH shard;
.bail on

-- The same table as sql/report_docs.sql makes.
CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, df INTEGER, tf INTEGER, idf REAL) WITHOUT ROWID;
INSERT INTO terms(term, df, tf)
SELECT term, df, tf FROM shard.terms WHERE true
ON CONFLICT(term) DO UPDATE SET df = df + excluded.df, tf = tf + excluded.tf;
