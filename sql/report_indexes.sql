-- report_indexes.sql -- the lookup indexes of doc_stats and doc_entities
-- (sql/report.sql, docs/report.md), built once the tables are complete: in
-- one process after sql/report_docs.sql, or on the merged database after
-- the shards' rows are in (sql/report_merge.sql), so no shard builds an
-- index that the merge would throw away.
.bail on

CREATE UNIQUE INDEX IF NOT EXISTS doc_stats_id ON doc_stats(doc_id);
CREATE INDEX IF NOT EXISTS doc_entities_type ON doc_entities(type, canonical);
CREATE INDEX IF NOT EXISTS doc_entities_doc ON doc_entities(doc_id);
