-- report.sql -- the corpus report, textkit's main job (docs/report.md).
--
--   make report CORPUS=folder [OUT=build/report.db] [JOBS=n]
--   sqlite3 out.db -cmd '.load dist/textkit' -cmd ".parameter set \$corpus 'folder'" < sql/report.sql
--   make demo        (the same over sql/sample/)
--
-- Run from the repository root (the steps are read as sql/report_*.sql).
-- Loads every regular file under $corpus (recursively; default sql/sample)
-- into docs(id, name, raw, body, chars): name is the path relative to the
-- folder, raw the file read as UTF-8 TEXT, body the analysed text
-- text_main(raw) (page furniture such as paywall offers removed). A file of
-- records (.csv, .tsv, .jsonl, .json) gives one document per record
-- (sql/report_records.sql). Files that are not text, or larger than
-- $max_bytes (default 50 MB; for a file of records, each record), go to
-- skipped(name, bytes, reason). If the database already has a filled table
-- docs(id, name, body), it is used as it is and nothing is loaded. Each
-- document is read in its language (doc_stats.lang, text_language(); the
-- options per language: sql/report_languages.sql).
--
-- Every result is left as a table (docs, skipped, doc_stats, terms,
-- doc_keywords, doc_entities, doc_minhash, lsh, candidate_pairs,
-- near_duplicates, shared_passages, docs_fts, report_info) and every
-- printed section is a top-N, so the report stays about 200 lines for any
-- corpus. No step compares all pairs of documents: pairs come from MinHash
-- LSH buckets (minhash_bands), and shared passages are sought between the
-- best candidate pairs only. Optional parameters: $max_bytes, $query (the
-- full-text search example; default the most mentioned person).
--
-- The steps, in one process here; `make report JOBS=n` runs the
-- per-document ones (docs, keywords) in n shard processes and merges them
-- (docs/report.md, "Every core").
.read sql/report_load.sql
.read sql/report_docs.sql
.read sql/report_indexes.sql
.read sql/report_idf.sql
.read sql/report_keywords.sql
.read sql/report_corpus.sql
.read sql/report_print.sql
