-- report_idf.sql -- a step of the corpus report (sql/report.sql,
-- docs/report.md): terms.idf, scikit-learn's smoothed formula over the
-- whole corpus, so it runs once every document's counts are in terms.
.bail on

UPDATE terms SET idf = ln(((SELECT count(*) FROM docs) + 1.0) / (df + 1)) + 1;
