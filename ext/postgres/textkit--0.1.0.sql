-- textkit--0.1.0.sql -- the functions of textkit's PostgreSQL face
-- (ext/postgres/pg_*.c, docs/postgres.md), in the extension's schema:
--
--   CREATE SCHEMA textkit;
--   CREATE EXTENSION textkit SCHEMA textkit;
--   SELECT textkit.levenshtein('kitten', 'sitting');
--
-- Same names and arguments as the SQLite face.  Everything is STRICT (a
-- NULL argument gives NULL, or no rows) and PARALLEL SAFE; the pure ones
-- are IMMUTABLE, those whose options may name a table (idf=, dictionary=)
-- STABLE.  textkit_limit sets a session GUC: VOLATILE, PARALLEL
-- RESTRICTED.

\echo Use "CREATE EXTENSION textkit" to load this file. \quit

CREATE FUNCTION textkit_version() RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_textkit_version'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION textkit_info() RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_textkit_info'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_normalize(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_normalize'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_normalize(s text, form text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_normalize'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_casefold(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_casefold'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_unaccent(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_unaccent'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_clean(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_clean'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_dehyphenate(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_dehyphenate'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_lower(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_lower'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_lower(s text, locale text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_lower'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_upper(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_upper'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_upper(s text, locale text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_upper'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Bytes in a charset ('auto': told from a BOM and the bytes) as text.
CREATE FUNCTION text_decode(b bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_decode'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_decode(b bytea, charset text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_decode'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_encoding(b bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_encoding'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- UTF-8 text that was read as Windows-1252 and written back, repaired.
CREATE FUNCTION text_fix_mojibake(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_fix_mojibake'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_stem(word text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_stem'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_stem(word text, language text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_stem'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION is_stopword(word text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'tk_pg_is_stopword'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION is_stopword(word text, language text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'tk_pg_is_stopword'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_language(x text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_language'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION levenshtein(a text, b text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_levenshtein'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION levenshtein(a text, b text, max integer) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_levenshtein'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION damerau_levenshtein(a text, b text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_damerau_levenshtein'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION osa_distance(a text, b text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_osa_distance'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION levenshtein_similarity(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_levenshtein_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION hamming(a text, b text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_hamming'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION jaro_similarity(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_jaro_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION jaro_winkler_similarity(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_jaro_winkler_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION jaro_winkler_similarity(a text, b text, prefix_weight double precision) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_jaro_winkler_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION trigram_similarity(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_trigram_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION trigram_word_similarity(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_trigram_word_similarity'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_soundex(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_soundex'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION metaphone(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_metaphone'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION textkit_limit(name text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_textkit_limit'
  LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

CREATE FUNCTION textkit_limit(name text, value bigint) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_textkit_limit'
  LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

CREATE FUNCTION text_jaccard(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_text_jaccard'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION text_jaccard(a text, b text, options text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_text_jaccard'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION minhash(s text) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_minhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION minhash(s text, options text) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_minhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION minhash_jaccard(a bytea, b bytea) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_minhash_jaccard'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION simhash(s text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_simhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION simhash(s text, options text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_simhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION simhash_distance(a bigint, b bigint) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_simhash_distance'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION token_count(s text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_token_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION token_count(s text, options text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_token_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION document_date(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_document_date'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

-- Set-returning functions: materialized, rows in text order.
--
-- COST (in cpu_operator_cost units) tells the planner what a call on a
-- ~1 KB document costs (entities about 10,000, tokens 1,000), so a query
-- over a documents table gets a parallel plan without session settings.

CREATE FUNCTION tokens(s text)
  RETURNS TABLE(token text, norm text, kind text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_tokens'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION tokens(s text, options text)
  RETURNS TABLE(token text, norm text, kind text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_tokens'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION ngrams(s text, n integer)
  RETURNS TABLE(ngram text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_ngrams'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION ngrams(s text, n integer, options text)
  RETURNS TABLE(ngram text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_ngrams'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION sentences(s text)
  RETURNS TABLE(sentence text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_sentences'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION sentences(s text, options text)
  RETURNS TABLE(sentence text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_sentences'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;

CREATE FUNCTION entities(s text)
  RETURNS TABLE(entity text, type text, norm text, start integer, length integer,
              "position" integer, score double precision, source text, canonical text)
  AS 'MODULE_PATHNAME', 'tk_pg_entities'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10000 ROWS 20;

CREATE FUNCTION entities(s text, options text)
  RETURNS TABLE(entity text, type text, norm text, start integer, length integer,
              "position" integer, score double precision, source text, canonical text)
  AS 'MODULE_PATHNAME', 'tk_pg_entities'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000 ROWS 20;

-- regex (pg_catalog has regexp_like, regexp_count, regexp_instr,
-- regexp_substr, regexp_replace and regexp_matches of its own: put this
-- schema first in search_path, or qualify).

CREATE FUNCTION regexp(pattern text, s text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'tk_pg_regexp'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_like(s text, pattern text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_like'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_like(s text, pattern text, flags text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_like'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_count(s text, pattern text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_count(s text, pattern text, flags text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_instr(s text, pattern text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_instr'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_instr(s text, pattern text, flags text) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_instr'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_substr(s text, pattern text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_substr'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_substr(s text, pattern text, "group" integer) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_substr'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_substr(s text, pattern text, "group" integer, flags text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_substr'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_replace(s text, pattern text, replacement text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_replace'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_replace(s text, pattern text, replacement text, flags text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_replace'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION regexp_matches(s text, pattern text) RETURNS TABLE(match text, groups text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_matches'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION regexp_matches(s text, pattern text, flags text) RETURNS TABLE(match text, groups text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_matches'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION regexp_split(s text, pattern text) RETURNS TABLE(part text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_split'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION regexp_split(s text, pattern text, flags text) RETURNS TABLE(part text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_regexp_split'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

-- docsim: LSH bands of a minhash() signature.

CREATE FUNCTION minhash_bands(sig bytea, bands integer) RETURNS TABLE(band integer, bucket bigint)
  AS 'MODULE_PATHNAME', 'tk_pg_minhash_bands'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 16;

-- corpus: the calls with options may read an idf= table (SPI): STABLE.

CREATE FUNCTION text_cosine(a text, b text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_text_cosine'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION text_cosine(a text, b text, options text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_text_cosine'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 500;

CREATE FUNCTION keywords(s text) RETURNS TABLE(keyword text, score double precision, count integer)
  AS 'MODULE_PATHNAME', 'tk_pg_keywords'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000 ROWS 10;

CREATE FUNCTION keywords(s text, options text) RETURNS TABLE(keyword text, score double precision, count integer)
  AS 'MODULE_PATHNAME', 'tk_pg_keywords'
  LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5000 ROWS 10;

-- passages

CREATE FUNCTION text_overlap(a text, b text) RETURNS TABLE(passage text, a_start integer, a_length integer, b_start integer, b_length integer,
              words integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_text_overlap'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 5;

CREATE FUNCTION text_overlap(a text, b text, min_words integer) RETURNS TABLE(passage text, a_start integer, a_length integer, b_start integer, b_length integer,
              words integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_text_overlap'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 5;

CREATE FUNCTION text_blocks(s text) RETURNS TABLE(block text, kind text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_text_blocks'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;

CREATE FUNCTION text_main(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_main'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

-- records: the records of a CSV, TSV or JSON-lines text (fields is JSON as
-- text: cast it to json or jsonb); x as text or bytea.
CREATE FUNCTION text_records(x text)
  RETURNS TABLE(record integer, line integer, fields text, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_records'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

CREATE FUNCTION text_records(x text, options text)
  RETURNS TABLE(record integer, line integer, fields text, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_records'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

CREATE FUNCTION text_records(x bytea)
  RETURNS TABLE(record integer, line integer, fields text, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_records'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

CREATE FUNCTION text_records(x bytea, options text)
  RETURNS TABLE(record integer, line integer, fields text, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_records'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

-- gzip data inflated (a corpus saved as .gz files), as bytea.
CREATE FUNCTION text_gunzip(x bytea) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_text_gunzip'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

CREATE FUNCTION text_gunzip(x bytea, options text) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_text_gunzip'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

-- the regular files of a tar archive (a .tar, or a .tar.gz through
-- text_gunzip); a damaged archive ends with a row whose error says where.
CREATE FUNCTION text_tar(x bytea)
  RETURNS TABLE(name text, size bigint, data bytea, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_tar'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

-- the files of a zip archive, stored or deflated; error says why a member
-- cannot be read, and a damaged archive ends with a row whose error says
-- where.
CREATE FUNCTION text_zip(x bytea)
  RETURNS TABLE(name text, size bigint, data bytea, error text)
  AS 'MODULE_PATHNAME', 'tk_pg_text_zip'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

-- the messages of an e-mail file (one message, or an mbox): subject,
-- sender, recipients, date and the body's text (html: it is HTML).
CREATE FUNCTION text_email(x bytea)
  RETURNS TABLE(message integer, subject text, sender text, recipients text,
                date text, text text, html boolean)
  AS 'MODULE_PATHNAME', 'tk_pg_text_email'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 10;

-- html (html_meta's JSON object as text: cast it to json or jsonb).

CREATE FUNCTION html_text(html text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_text'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

CREATE FUNCTION html_main(html text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_main'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

CREATE FUNCTION html_main(html text, options text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_main'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

CREATE FUNCTION html_meta(html text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_meta'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

CREATE FUNCTION html_links(html text) RETURNS TABLE(href text, text text, rel text, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_html_links'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;

CREATE FUNCTION html_links(html text, base text) RETURNS TABLE(href text, text text, rel text, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_html_links'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;

-- Plain text with its HTML character references decoded ('H&amp;M': H&M).
CREATE FUNCTION html_unescape(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_unescape'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The plain text of a Markdown document: blocks apart by a blank line,
-- the markup, link targets, images and HTML tags gone (docs/html.md).
CREATE FUNCTION markdown_text(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_markdown_text'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The plain text of a reStructuredText document (docs/html.md).
CREATE FUNCTION rst_text(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_rst_text'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- html over bytea: the page's bytes as fetched (a declared charset is
-- honoured, invalid UTF-8 becomes U+FFFD), like a BLOB in SQLite.

CREATE FUNCTION html_text(html bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_text'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

CREATE FUNCTION html_main(html bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_main'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

CREATE FUNCTION html_main(html bytea, options text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_main'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;

CREATE FUNCTION html_meta(html bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_html_meta'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

CREATE FUNCTION html_links(html bytea) RETURNS TABLE(href text, text text, rel text, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_html_links'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;

CREATE FUNCTION html_links(html bytea, base text) RETURNS TABLE(href text, text text, rel text, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_html_links'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;

-- Bytes as text by SQLite's BLOB rule: each invalid UTF-8 byte (and NUL)
-- is U+FFFD.

CREATE FUNCTION text_from_bytes(b bytea) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_text_from_bytes'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Full-text search: the parser and dictionary template of pg_tsearch.c,
-- the dictionary textkit_english and the configuration textkit.

CREATE FUNCTION textkit_ts_start(internal, integer) RETURNS internal
  AS 'MODULE_PATHNAME', 'tk_pg_ts_start' LANGUAGE C STRICT;

CREATE FUNCTION textkit_ts_gettoken(internal, internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'tk_pg_ts_gettoken' LANGUAGE C STRICT;

CREATE FUNCTION textkit_ts_end(internal) RETURNS void
  AS 'MODULE_PATHNAME', 'tk_pg_ts_end' LANGUAGE C STRICT;

CREATE FUNCTION textkit_ts_lextype(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'tk_pg_ts_lextype' LANGUAGE C STRICT;

CREATE FUNCTION textkit_ts_dict_init(internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'tk_pg_ts_dict_init' LANGUAGE C STRICT;

CREATE FUNCTION textkit_ts_dict_lexize(internal, internal, internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'tk_pg_ts_dict_lexize' LANGUAGE C STRICT;

CREATE TEXT SEARCH PARSER textkit (
  START = textkit_ts_start, GETTOKEN = textkit_ts_gettoken,
  END = textkit_ts_end, LEXTYPES = textkit_ts_lextype);

CREATE TEXT SEARCH TEMPLATE textkit_stem (
  INIT = textkit_ts_dict_init, LEXIZE = textkit_ts_dict_lexize);

CREATE TEXT SEARCH DICTIONARY textkit_english (
  TEMPLATE = textkit_stem, options = 'stem=english stopwords=english');

CREATE TEXT SEARCH CONFIGURATION textkit (PARSER = textkit);
ALTER TEXT SEARCH CONFIGURATION textkit
  ADD MAPPING FOR word, number, symbol, emoji, url, email, hashtag, mention
  WITH textkit_english;
