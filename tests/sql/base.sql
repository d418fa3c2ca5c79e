-- Information functions.
SELECT textkit_version();
-- => 0.1.0

SELECT json_valid(textkit_info()), textkit_info() ->> '$.textkit';
-- => 1|0.1.0

SELECT textkit_info() ->> '$.unicode' >= '15.0';
-- => 1

SELECT textkit_info() ->> '$.ner_model' LIKE 'conll2003-perceptron-%';
-- => 1

-- Wrong argument counts are SQLite's own errors.
SELECT textkit_version(1);
-- error: wrong number of arguments to function textkit_version()

-- Table-valued functions: a HIDDEN argument column reads back the argument
-- as given (its type kept), NULL when the argument was omitted; reading or
-- filtering on one never crashes (sentences() options once did).
SELECT options FROM sentences('a b');
-- => NULL
SELECT count(*) FROM sentences('a. b.') WHERE options IS NULL;
-- => 2
SELECT count(*) FROM sentences('a. b.', 'lang=en') WHERE options = 'lang=en';
-- => 2
SELECT text, typeof(text), options FROM tokens(12) LIMIT 1;
-- => 12|integer|NULL
SELECT typeof(text), options FROM tokens(X'6162', '') LIMIT 1;
-- => blob|
SELECT text, n, options FROM ngrams('a b c', 2) LIMIT 1;
-- => a b c|2|NULL
SELECT text, n, options FROM ngrams('a b c', 2, 'punct=1') LIMIT 1;
-- => a b c|2|punct=1
SELECT text, options FROM entities('5 km') LIMIT 1;
-- => 5 km|NULL
SELECT count(*) FROM entities('5 km', 'model=0') WHERE options = 'model=0';
-- => 1
SELECT text, pattern, flags FROM regexp_matches('a1', '\d');
-- => a1|\d|NULL
SELECT text, pattern, flags FROM regexp_split('a1b', '\d', 'i') LIMIT 1;
-- => a1b|\d|i
SELECT count(*) FROM regexp_split('a1b', '\d') WHERE flags IS NULL;
-- => 2
SELECT a, b, min_words FROM text_overlap('a b c', 'a b c', 3);
-- => a b c|a b c|3
SELECT typeof(text) FROM text_blocks(X'6869');
-- => blob
SELECT typeof(x), options FROM text_records(X'610A31');
-- => blob|NULL
SELECT typeof(sig), bands FROM minhash_bands(minhash('a'), 16) LIMIT 1;
-- => blob|16
SELECT text, options FROM keywords('cat cat dog') LIMIT 1;
-- => cat cat dog|NULL
SELECT count(*) FROM keywords('cat cat dog', 'top=1') WHERE options IS NULL;
-- => 0

-- A required argument that is missing is an error naming it and the
-- function's arguments (not SQLite's bare "no query solution").
SELECT * FROM ngrams('a b c');
-- error: textkit: ngrams(): missing argument n; usage: ngrams(text, n [, options])
SELECT * FROM ngrams();
-- error: textkit: ngrams(): missing argument text; usage: ngrams(text, n [, options])
SELECT * FROM text_overlap('a');
-- error: textkit: text_overlap(): missing argument b; usage: text_overlap(a, b [, min_words])
SELECT * FROM minhash_bands();
-- error: textkit: minhash_bands(): missing argument sig; usage: minhash_bands(sig, bands)
SELECT * FROM entities();
-- error: textkit: entities(): missing argument text; usage: entities(text [, options])
SELECT * FROM sentences();
-- error: textkit: sentences(): missing argument text; usage: sentences(text [, options])
SELECT * FROM keywords;
-- error: textkit: keywords(): missing argument text; usage: keywords(text [, options])
SELECT * FROM text_blocks;
-- error: textkit: text_blocks(): missing argument text; usage: text_blocks(text)
SELECT * FROM text_records;
-- error: textkit: text_records(): missing argument x; usage: text_records(x [, options])
SELECT * FROM tokens WHERE text > 'a';
-- error: textkit: tokens(): missing argument text; usage: tokens(text [, options])

-- In a join the plan that has the argument is taken, whatever the order.
CREATE TABLE tvf_docs(body TEXT);
INSERT INTO tvf_docs VALUES ('a b'), ('c');
SELECT count(*) FROM tokens(tvf_docs.body), tvf_docs;
-- => 3
SELECT count(*) FROM tvf_docs LEFT JOIN ngrams(tvf_docs.body, 2);
-- => 2

-- An error message quotes at most 60 characters of a bad value, then "…"
-- (a 10 MB option value does not make a 10 MB message).
SELECT * FROM tokens('a', printf('punct=%.100c', 'x'));
-- error: textkit: tokens(): bad value 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' for punct; valid: 0, 1 (or false/true, no/yes, off/on)
SELECT * FROM sentences('a', printf('lang=%.60c', 'é'));
-- error: textkit: sentences(): unknown lang 'éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé' (valid: en)
SELECT * FROM sentences('a', printf('lang=%.61c', 'é'));
-- error: textkit: sentences(): unknown lang 'éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé…' (valid: en)
SELECT * FROM ngrams('a', printf('%.70c', 'z'));
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…'
