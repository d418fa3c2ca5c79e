-- report_keywords.sql -- a step of the corpus report (sql/report.sql,
-- docs/report.md): doc_keywords, per document but scored against the
-- corpus's terms.idf (so after sql/report_idf.sql; a shard reads the merged
-- terms through a view, sql/report_shard_keywords.sql).
.bail on
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;

-- Key phrases of each document: its 5 best one- or two-word phrases by
-- TF-IDF against this corpus (same token options as terms: the document's
-- language, sql/report_languages.sql); none for a language written without
-- spaces between its words.
.read sql/report_languages.sql
CREATE TABLE doc_keywords AS
SELECT d.id AS doc_id,
       row_number() OVER (PARTITION BY d.id ORDER BY k.score DESC, k.keyword) AS rank,
       k.keyword AS phrase, k.score, k.count
FROM docs d JOIN doc_options o ON o.doc_id = d.id AND o.phrases,
     keywords(d.body, o.tokens || ' idf=terms top=5') k;
CREATE INDEX doc_keywords_doc ON doc_keywords(doc_id);
