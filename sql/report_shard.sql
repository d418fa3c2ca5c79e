-- report_shard.sql -- one shard of the corpus report's per-document step
-- (docs/report.md, "Every core"); `make report JOBS=n` runs n of these at
-- once, each into its own database:
--
--   sqlite3 out.db.shard0 -cmd '.load dist/textkit' -cmd ".parameter set \$source 'out.db'" \
--     -cmd '.parameter set $shard 0' -cmd '.parameter set $shards 2' < sql/report_shard.sql
--
-- $source is the database loaded by sql/report_load.sql (with $defer_body
-- = 1); this shard takes its documents with id % $shards = $shard, computes
-- their body (text_main and text_dehyphenate, as the loading step does) and then runs
-- sql/report_docs.sql on them.
.bail on
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;

ATTACH $source AS corpus;
CREATE TABLE docs AS
WITH mine AS MATERIALIZED (
  SELECT d.id, d.name, d.bytes, d.raw, coalesce(d.body, text_dehyphenate(coalesce(nullif(text_main(d.raw), ''), d.raw))) AS body,
         (SELECT published FROM corpus.docs r WHERE r.id = d.id) AS published
  FROM corpus.docs d, (SELECT NULL AS published) no_published WHERE d.id % $shards = $shard)
SELECT id, name, bytes, raw, body, CAST(length(body) AS INTEGER) AS chars, published
FROM mine ORDER BY id;
DETACH corpus;
CREATE UNIQUE INDEX docs_id ON docs(id);
.read sql/report_docs.sql
