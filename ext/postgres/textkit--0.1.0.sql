-- textkit--0.1.0.sql -- the functions of textkit's PostgreSQL face
-- (ext/postgres/pg_*.c, docs/postgres.md), in the extension's schema:
--
--   CREATE SCHEMA textkit;
--   CREATE EXTENSION textkit SCHEMA textkit;
--   SELECT textkit.levenshtein('kitten', 'sitting');
--
-- Same names and arguments as the SQLite face.  Everything is STRICT (a
-- NULL argument gives NULL, or no rows) and PARALLEL SAFE; the pure ones
-- are IMMUTABLE.  textkit_limit sets a session GUC: VOLATILE, PARALLEL
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
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION text_jaccard(a text, b text, options text) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_text_jaccard'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION minhash(s text) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_minhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION minhash(s text, options text) RETURNS bytea
  AS 'MODULE_PATHNAME', 'tk_pg_minhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION minhash_jaccard(a bytea, b bytea) RETURNS double precision
  AS 'MODULE_PATHNAME', 'tk_pg_minhash_jaccard'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION simhash(s text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_simhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION simhash(s text, options text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_simhash'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION simhash_distance(a bigint, b bigint) RETURNS integer
  AS 'MODULE_PATHNAME', 'tk_pg_simhash_distance'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION token_count(s text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_token_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION token_count(s text, options text) RETURNS bigint
  AS 'MODULE_PATHNAME', 'tk_pg_token_count'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION document_date(s text) RETURNS text
  AS 'MODULE_PATHNAME', 'tk_pg_document_date'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Set-returning functions: materialized, rows in text order.

CREATE FUNCTION tokens(s text)
  RETURNS TABLE(token text, norm text, kind text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_tokens'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION tokens(s text, options text)
  RETURNS TABLE(token text, norm text, kind text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_tokens'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION ngrams(s text, n integer)
  RETURNS TABLE(ngram text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_ngrams'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION ngrams(s text, n integer, options text)
  RETURNS TABLE(ngram text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_ngrams'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION sentences(s text)
  RETURNS TABLE(sentence text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_sentences'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION sentences(s text, options text)
  RETURNS TABLE(sentence text, start integer, length integer, "position" integer)
  AS 'MODULE_PATHNAME', 'tk_pg_sentences'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION entities(s text)
  RETURNS TABLE(entity text, type text, norm text, start integer, length integer,
              "position" integer, score double precision, source text, canonical text)
  AS 'MODULE_PATHNAME', 'tk_pg_entities'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

CREATE FUNCTION entities(s text, options text)
  RETURNS TABLE(entity text, type text, norm text, start integer, length integer,
              "position" integer, score double precision, source text, canonical text)
  AS 'MODULE_PATHNAME', 'tk_pg_entities'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
