-- shared.sql -- one table of cases for both faces: tests/postgres/run_cases.py
-- (make test-postgres) runs each statement through the sqlite3 shell with
-- dist/textkit.so and through psql with CREATE EXTENSION textkit, and
-- checks both against the same expected rows or error text.
--
--   -- => row / -- error: text                    both faces
--   -- sqlite => ... / -- postgres => ...          a genuine dialect
--   -- sqlite error: ... / -- postgres error: ...  difference (docs/postgres.md)
--
-- Portable SQL only in shared cases: no booleans in the output (SQLite
-- prints 1, psql t), no char()/hex()/repeat(); REALs match to 15 digits.

-- base
SELECT textkit_version();
-- => 0.1.0

-- normalize
SELECT text_normalize('ﬁ', 'nfkc'), text_casefold('Straße'), text_unaccent('Crème brûlée'), text_clean('  a   b ');
-- => fi|strasse|Creme brulee|a b
SELECT text_lower('TITLE', 'tr'), text_upper('istanbul', 'tr'), text_upper('straße'), text_lower('ÀÉÎ');
-- => tıtle|İSTANBUL|STRASSE|àéî
SELECT length(text_normalize('é', 'NFD')), length(text_normalize('é')), text_casefold('');
-- => 2|1|
SELECT text_lower(NULL), text_upper('a', NULL), text_normalize(NULL, 'NFC'), text_clean(NULL);
-- => NULL|NULL|NULL|NULL
SELECT text_normalize('a', 'NFX');
-- error: textkit: text_normalize(): unknown normalization form 'NFX' (valid: NFC, NFD, NFKC, NFKD)
SELECT text_lower('a', 'xx');
-- error: textkit: text_lower(): unknown locale 'xx' (expected an ISO 639 language code such as 'en', 'tr', 'de_DE')

-- stem
SELECT text_stem('Bombings'), text_stem('chevaux', 'french'), text_stem('running', 'en'), text_stem('');
-- => bomb|cheval|run|
SELECT CASE WHEN is_stopword('The') THEN 1 ELSE 0 END, CASE WHEN is_stopword('und', 'de') THEN 1 ELSE 0 END, CASE WHEN is_stopword('textkit') THEN 1 ELSE 0 END;
-- => 1|1|0
SELECT is_stopword('the');
-- sqlite => 1
-- postgres => t
SELECT text_stem(NULL), text_stem('a', NULL), is_stopword(NULL);
-- => NULL|NULL|NULL
SELECT text_stem('x', 'klingon');
-- error: textkit: text_stem(): no stemmer for language 'klingon'; valid: arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
SELECT is_stopword('x', 'hindi');
-- error: textkit: is_stopword(): no stopword list for 'hindi'; valid: dutch (nl), english (en), french (fr), german (de), italian (it), portuguese (pt), russian (ru), spanish (es)

-- strsim
SELECT levenshtein('kitten', 'sitting'), levenshtein('', 'abc'), levenshtein('café', 'cafe'), levenshtein('😀😃', '😃😀'), levenshtein('日本語', '日本');
-- => 3|3|1|2|1
SELECT levenshtein('kitten', 'sitting', 3), levenshtein('kitten', 'sitting', 2), levenshtein('kitten', 'sitting', 0);
-- => 3|3|1
SELECT damerau_levenshtein('ca', 'abc'), osa_distance('ca', 'abc'), damerau_levenshtein('abcdef', 'badcfe'), hamming('karolin', 'kathrin'), hamming('ñandú', 'nandu');
-- => 2|3|3|3|2
SELECT levenshtein_similarity('kitten', 'sitting'), levenshtein_similarity('', ''), jaro_similarity('martha', 'marhta'), jaro_winkler_similarity('martha', 'marhta'), jaro_winkler_similarity('martha', 'marhta', 0.2);
-- => 0.571428571428571|1.0|0.944444444444445|0.961111111111111|0.977777777777778
SELECT trigram_similarity('word', 'two words'), trigram_word_similarity('word', 'two words'), trigram_similarity('ÉCOLE', 'école');
-- => 0.363636363636364|0.8|1.0
SELECT text_soundex('Robert'), text_soundex('Müller'), metaphone('Thompson'), metaphone('knight'), text_soundex('Москва');
-- => R163|M460|0MPSN|NT|
SELECT levenshtein(NULL, 'a'), levenshtein('a', 'b', NULL), jaro_winkler_similarity('a', 'b', NULL), metaphone(NULL);
-- => NULL|NULL|NULL|NULL
SELECT levenshtein('kitten', 'sitting', -1);
-- error: textkit: levenshtein(): max must be a non-negative integer
SELECT jaro_winkler_similarity('a', 'b', 0.5);
-- error: textkit: jaro_winkler_similarity(): prefix_weight must be a number in [0, 0.25]
SELECT hamming('ab', 'abc');
-- error: textkit: hamming(): the strings differ in length (2 and 3 characters)
SELECT textkit_limit('strsim_cells');
-- => 500000000
SELECT textkit_limit('strsim_cells', 3); SELECT osa_distance('abc', 'wxyz');
-- error: textkit: osa_distance(): inputs too long: 3 x 4 code points exceeds the limit of 3 cells (see textkit_limit)
SELECT textkit_limit('nope');
-- error: textkit: textkit_limit(): unknown limit 'nope' (known: strsim_cells)

-- docsim
SELECT length(minhash('the quick brown fox jumps')), length(minhash('a b c', 'perm=16'));
-- => 532|84
SELECT minhash_jaccard(minhash('the quick brown fox jumps over the lazy dog'), minhash('The quick brown fox jumps over the lazy dog!'));
-- => 1.0
SELECT text_jaccard('a b c', 'a b d'), text_jaccard('a b c', 'a b d', 'shingle=2'), text_jaccard('', '');
-- => 0.5|0.333333333333333|1.0
SELECT simhash_distance(simhash('hello world'), simhash('Hello, World!')), simhash(''), simhash_distance(simhash('a b', 'shingle=2'), simhash('a b', 'shingle=2'));
-- => 0|0|0
SELECT minhash(NULL), text_jaccard('a', NULL), simhash(NULL, 'shingle=2');
-- => NULL|NULL|NULL
SELECT minhash('a', 'perm=0');
-- error: textkit: minhash(): bad value '0' for perm; valid: an integer 1..1024
SELECT minhash_jaccard(minhash('a', 'perm=16'), minhash('a'));
-- error: textkit: minhash_jaccard(): incompatible signatures: perm=16 shingle=5 seed=0 vs perm=128 shingle=5 seed=0
SELECT text_jaccard('a', 'b', 'bogus=1');
-- error: textkit: text_jaccard(): unknown option 'bogus'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle

-- tokenize
SELECT token, norm, kind, start, length, position FROM tokens('Visit https://sqlite.org, #SQLite!');
-- => Visit|visit|word|1|5|0
-- => https://sqlite.org|https://sqlite.org|url|7|18|1
-- => #SQLite|#sqlite|hashtag|27|7|2
SELECT token, start, length, substr('Café São Paulo 😀 ok', start, length) FROM tokens('Café São Paulo 😀 ok');
-- => Café|1|4|Café
-- => São|6|3|São
-- => Paulo|10|5|Paulo
-- => 😀|16|1|😀
-- => ok|18|2|ok
SELECT norm FROM tokens('Running dogs', 'stem=english fold=1');
-- => run
-- => dog
SELECT count(*) FROM tokens('');
-- => 0
SELECT count(*) FROM tokens(NULL);
-- => 0
SELECT count(*) FROM tokens('a b', NULL);
-- sqlite => 2
-- postgres => 0
SELECT token_count('Hello, world!'), token_count('the cat sat', 'stopwords=en'), token_count(''), token_count(NULL);
-- => 2|2|0|NULL
SELECT ngram, start, length, position FROM ngrams('The quick brown fox jumps', 3);
-- => the quick brown|1|15|0
-- => quick brown fox|5|15|1
-- => brown fox jumps|11|15|2
SELECT ngram, start, length FROM ngrams('Ça va, très bien', 2, 'unaccent=1');
-- => ca va|1|5
-- => va tres|4|8
-- => tres bien|8|9
SELECT count(*) FROM ngrams('one two', 3);
-- => 0
SELECT count(*) FROM ngrams('a b', NULL);
-- => 0
SELECT * FROM ngrams('a b', 17);
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got '17'
SELECT * FROM ngrams('a b', 2, 'fold=2');
-- error: textkit: ngrams(): bad value '2' for fold; valid: 0, 1 (or false/true, no/yes, off/on)
SELECT * FROM tokens('a', 'colour=red');
-- error: textkit: tokens(): unknown option 'colour'; valid keys: lang, fold, unaccent, stem, stopwords, punct, mode
SELECT token_count('a', 'bogus');
-- error: textkit: token_count(): option 'bogus' is not of the form key=value

-- sentences
SELECT sentence, start, length, position FROM sentences('Mr. Smith went to Washington. He arrived at 5 p.m.');
-- => Mr. Smith went to Washington.|1|29|0
-- => He arrived at 5 p.m.|31|20|1
SELECT sentence, start FROM sentences('Été chaud.
Très chaud', 'newline=break');
-- => Été chaud.|1
-- => Très chaud|12
SELECT count(*) FROM sentences(NULL);
-- => 0
SELECT * FROM sentences('x', 'foo=1');
-- error: textkit: sentences(): unknown option 'foo' (valid: lang, newline)

-- entities
SELECT type, entity, norm, start, length, position, score, source FROM entities('Apple paid $1.2 billion on Feb. 7, 2014.', 'model=0');
-- => MONEY|$1.2 billion|1200000000 USD|12|12|0|1.0|pattern
-- => DATE|Feb. 7, 2014|2014-02-07|28|12|1|1.0|pattern
SELECT count(*) FROM entities(NULL);
-- => 0
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - The U.S. said'), document_date('NEW YORK (AP) -- Tuesday, March 3, 2015 - Stocks fell.'), document_date('no date here'), document_date(NULL);
-- => --12-30|2015-03-03|NULL|NULL
SELECT * FROM entities('x', 'bogus=1');
-- error: textkit: entities(): unknown option 'bogus'; valid keys: types, patterns, model, dictionary, ref, vote
SELECT * FROM entities('x', 'dictionary=drugs');
-- sqlite error: textkit: entities(): cannot read dictionary table 'drugs': no such table: drugs
-- postgres error: textkit: entities(): dictionary= is not available in PostgreSQL yet

-- PostgreSQL only: text is valid UTF-8 by construction.
SELECT text_lower(E'\xff');
-- postgres error: invalid byte sequence for encoding "UTF8": 0xff
-- Huge values (SQLite's are tests/py/test_large_values.py).
SELECT length(text_lower(repeat('AB', 5000000))), token_count(repeat('word ', 1000000)), length(text_clean(repeat(' x ', 1000000)));
-- postgres => 10000000|1000000|1999999
SELECT count(*), max(position) FROM tokens(repeat('w ', 300000));
-- postgres => 300000|299999
SELECT levenshtein(repeat('a', 1000000), repeat('b', 1000000));
-- postgres error: textkit: levenshtein(): inputs too long: 1000000 x 1000000 code points exceeds the limit of 500000000 cells (see textkit_limit)
SET textkit.strsim_cells = 3; SELECT damerau_levenshtein('abc', 'wxyz');
-- postgres error: textkit: damerau_levenshtein(): inputs too long: 3 x 4 code points exceeds the limit of 3 cells (see textkit_limit)
SET textkit.strsim_cells = 0; SELECT levenshtein(repeat('a', 2000), repeat('b', 2000));
-- postgres => 2000
-- One cached tokenizer per call site, made again when the options change.
SELECT d.id, t.norm FROM (VALUES (1, 'A b', 'fold=0'), (2, 'C d', 'fold=0'), (3, 'E f', 'fold=1')) d(id, body, o), tokens(d.body, d.o) t;
-- postgres => 1|A
-- postgres => 1|b
-- postgres => 2|C
-- postgres => 2|d
-- postgres => 3|e
-- postgres => 3|f
-- fuzzystrmatch's levenshtein in public beside textkit's in its schema.
SELECT textkit.levenshtein(repeat('a', 300), ''), public.levenshtein('kitten', 'sitting');
-- postgres => 300|3
SELECT textkit_limit('strsim_cells', 7); SHOW textkit.strsim_cells;
-- postgres => 500000000
-- postgres => 7
-- Many rows: one cached tokenizer per call site, in a lateral join too.
SELECT count(*), sum(length) FROM generate_series(1, 20000) i, tokens('a bb ' || i) t;
-- postgres => 60000|148894
-- PARALLEL SAFE: the same results from parallel workers (each loads the
-- library and runs _PG_init).
SET force_parallel_mode = on; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SELECT sum(token_count('a b ' || i)), sum(levenshtein('x' || i, 'y' || i)), count(text_stem('runs' || i)) FROM generate_series(1, 5000) i;
-- postgres => 15000|5000|5000
