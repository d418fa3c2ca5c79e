-- String similarity: edit distances, Jaro, trigrams, phonetic keys.
-- Values are code points, never bytes.
SELECT levenshtein('kitten', 'sitting'), levenshtein('', 'abc'), levenshtein('abc', '');
-- => 3|3|3

SELECT levenshtein('café', 'cafe'), levenshtein('😀😃', '😃😀'), levenshtein('日本語', '日本');
-- => 1|2|1

-- With max: the banded computation reports max + 1 above the limit.
SELECT levenshtein('kitten', 'sitting', 3), levenshtein('kitten', 'sitting', 2), levenshtein('kitten', 'sitting', 0);
-- => 3|3|1

SELECT levenshtein(x, y, 5), levenshtein(x, y) FROM (SELECT printf('%.200c', 'a') AS x, printf('%.190c', 'a') || 'bcdefghijk' AS y);
-- => 6|10

SELECT levenshtein(x, y, 20), levenshtein(x, y) FROM (SELECT printf('%.200c', 'a') AS x, printf('%.190c', 'a') || 'bcdefghijk' AS y);
-- => 10|10

-- Long strings cross the 64-code-point word size.
SELECT levenshtein(printf('%.100c', 'x') || 'abc', printf('%.100c', 'y') || 'abd');
-- => 101

SELECT damerau_levenshtein('ca', 'abc'), osa_distance('ca', 'abc'), levenshtein('ca', 'abc');
-- => 2|3|3

SELECT damerau_levenshtein('abcdef', 'badcfe'), osa_distance('abcdef', 'badcfe'), damerau_levenshtein('', ''), osa_distance('ab', '');
-- => 3|3|0|2

SELECT hamming('karolin', 'kathrin'), hamming('', ''), hamming('ñandú', 'nandu');
-- => 3|0|2

SELECT levenshtein_similarity('', ''), round(levenshtein_similarity('kitten', 'sitting'), 6), levenshtein_similarity('abc', 'abc');
-- => 1.0|0.571429|1.0

SELECT round(jaro_similarity('martha', 'marhta'), 6), round(jaro_winkler_similarity('martha', 'marhta'), 6), round(jaro_winkler_similarity('martha', 'marhta', 0.2), 6);
-- => 0.944444|0.961111|0.977778

SELECT jaro_similarity('', ''), jaro_similarity('a', ''), jaro_similarity('abc', 'xyz'), jaro_winkler_similarity('same', 'same');
-- => 0.0|0.0|0.0|1.0

SELECT round(jaro_winkler_similarity('Дмитрий', 'Дмитрии'), 6);
-- => 0.942857

SELECT trigram_similarity('word', 'two words'), trigram_word_similarity('word', 'two words');
-- => 0.363636363636364|0.8

SELECT trigram_similarity('', 'abc'), trigram_similarity('!!', '??'), trigram_similarity('Straße', 'STRASSE') < 1, trigram_similarity('ÉCOLE', 'école');
-- => 0.0|0.0|1|1.0

SELECT text_soundex('Robert'), text_soundex('Rupert'), text_soundex('Tymczak'), text_soundex('Pfister'), text_soundex('Müller'), text_soundex('Ashcraft');
-- => R163|R163|T522|P236|M460|A261

SELECT text_soundex('Москва'), text_soundex(''), text_soundex('123');
-- => ||

SELECT metaphone('Thompson'), metaphone('knight'), metaphone('Schmidt'), metaphone('Zoë'), metaphone('東京');
-- => 0MPSN|NT|SXMTT|S|

-- NULL in, NULL out.
SELECT levenshtein(NULL, 'a') IS NULL, levenshtein('a', NULL) IS NULL, levenshtein('a', 'b', NULL) IS NULL, hamming(NULL, 'ab') IS NULL;
-- => 1|1|1|1

SELECT jaro_winkler_similarity('a', 'b', NULL) IS NULL, trigram_similarity(NULL, NULL) IS NULL, text_soundex(NULL) IS NULL, metaphone(NULL) IS NULL;
-- => 1|1|1|1

-- BLOBs are read as UTF-8; invalid bytes are one U+FFFD each.
SELECT levenshtein(X'636166C3A9', 'café'), levenshtein(X'FFFE', 'ab'), levenshtein(X'FF', '�'), hamming(X'C3', X'FF');
-- => 0|2|0|0

SELECT damerau_levenshtein(X'80FF41', 'A'), osa_distance(X'C0AF', ''), jaro_similarity(X'FF', X'FF'), trigram_similarity(X'FF61', 'a');
-- => 2|2|1.0|1.0

SELECT text_soundex(X'FF52FF6F62657274'), metaphone(X'C3');
-- => R163|

-- Numbers are compared as their text.
SELECT levenshtein(123, 124), hamming(1.5, 2.5);
-- => 1|1

-- 1 MB inputs finish (levenshtein memory is O(n)).
SELECT levenshtein(x, x || 'z'), levenshtein(x, 'y' || substr(x, 2), 5), levenshtein(x, 'abc', 10) FROM (SELECT hex(randomblob(500000)) AS x);
-- => 1|1|11

SELECT levenshtein(x, 'Z' || substr(x, 2, 999998) || 'Z', 5), levenshtein(x, 'Z' || substr(x, 2, 999998) || 'Z', 1) FROM (SELECT hex(randomblob(500000)) AS x);
-- => 2|2

SELECT levenshtein(x, y) >= 999800, osa_distance(x, y) >= 999800, damerau_levenshtein(x, y) >= 999800, jaro_similarity(x, y) > 0, trigram_similarity(x, y) >= 0 FROM (SELECT hex(randomblob(500000)) AS x, hex(randomblob(100)) AS y);
-- => 1|1|1|1|1

-- Errors.
SELECT hamming('abc', 'ab');
-- error: textkit: hamming(): the strings differ in length (3 and 2 characters)

SELECT levenshtein('a', 'b', -1);
-- error: textkit: levenshtein(): max must be a non-negative integer

SELECT levenshtein('a', 'b', 'x');
-- error: textkit: levenshtein(): max must be a non-negative integer

SELECT levenshtein('a', 'b', 1.5);
-- error: textkit: levenshtein(): max must be a non-negative integer

SELECT jaro_winkler_similarity('a', 'b', 0.5);
-- error: textkit: jaro_winkler_similarity(): prefix_weight must be a number in [0, 0.25]

SELECT jaro_winkler_similarity('a', 'b', 'heavy');
-- error: textkit: jaro_winkler_similarity(): prefix_weight must be a number in [0, 0.25]

SELECT levenshtein('a');
-- error: wrong number of arguments to function levenshtein()

SELECT damerau_levenshtein('a', 'b', 1);
-- error: wrong number of arguments to function damerau_levenshtein()

SELECT text_soundex('a', 'b');
-- error: wrong number of arguments to function text_soundex()

-- ---------------------------------------------------------------- limits
-- The cap on the cells of the quadratic distances (docs/strsim.md), per
-- connection; each case below starts on a fresh connection.
SELECT textkit_limit('strsim_cells');
-- => 500000000
SELECT textkit_limit('strsim_cells', 1000); SELECT textkit_limit('strsim_cells');
-- => 500000000
-- => 1000
SELECT textkit_limit('strsim_cells', -1); SELECT textkit_limit('strsim_cells');
-- => 500000000
-- => 500000000
-- 200 x 300: 4 blocks of 64 rows x 300 columns = 1200 cells
SELECT textkit_limit('strsim_cells', 1199); SELECT levenshtein(printf('%.200c', 'a'), printf('%.300c', 'b'));
-- error: textkit: levenshtein(): inputs too long: 200 x 300 code points exceeds the limit of 1199 cells (see textkit_limit)
SELECT textkit_limit('strsim_cells', 1200); SELECT levenshtein(printf('%.200c', 'a'), printf('%.300c', 'b'));
-- => 500000000
-- => 300
SELECT textkit_limit('strsim_cells', 1199); SELECT levenshtein_similarity(printf('%.200c', 'a'), printf('%.300c', 'b'));
-- error: textkit: levenshtein_similarity(): inputs too long: 200 x 300 code points exceeds the limit of 1199 cells (see textkit_limit)
-- 0: no cap
SELECT textkit_limit('strsim_cells', 0); SELECT levenshtein(printf('%.200c', 'a'), printf('%.300c', 'b'));
-- => 500000000
-- => 300
-- the common prefix and suffix cost nothing
SELECT textkit_limit('strsim_cells', 10); SELECT levenshtein(printf('%.5000c', 'a'), printf('%.5000c', 'a') || 'b');
-- => 500000000
-- => 1
-- with max, only the band: 3 blocks x 1000 columns
SELECT textkit_limit('strsim_cells', 2999); SELECT levenshtein(printf('%.1000c', 'a'), printf('%.1000c', 'b'), 2);
-- error: textkit: levenshtein(): inputs too long: 1000 x 1000 code points exceeds the limit of 2999 cells (see textkit_limit)
SELECT textkit_limit('strsim_cells', 3000); SELECT levenshtein(printf('%.1000c', 'a'), printf('%.1000c', 'b'), 2);
-- => 500000000
-- => 3
-- up to 64 code points the pattern is one word: one cell per column
SELECT textkit_limit('strsim_cells', 3); SELECT osa_distance('abc', 'wxyz');
-- error: textkit: osa_distance(): inputs too long: 3 x 4 code points exceeds the limit of 3 cells (see textkit_limit)
SELECT textkit_limit('strsim_cells', 4); SELECT osa_distance('abc', 'wxyz');
-- => 500000000
-- => 4
-- damerau_levenshtein: its OSA pass (200 cells), then its table (100 x 100)
SELECT textkit_limit('strsim_cells', 9999); SELECT damerau_levenshtein(printf('%.100c', 'a'), printf('%.100c', 'b'));
-- error: textkit: damerau_levenshtein(): inputs too long: 100 x 100 code points exceeds the limit of 9999 cells (see textkit_limit)
SELECT textkit_limit('strsim_cells', 10000); SELECT damerau_levenshtein(printf('%.100c', 'a'), printf('%.100c', 'b'));
-- => 500000000
-- => 100
-- hamming, jaro and trigram are linear: no cap
SELECT textkit_limit('strsim_cells', 1); SELECT hamming('karolin', 'kathrin'), round(jaro_similarity('martha', 'marhta'), 6);
-- => 500000000
-- => 3|0.944444
-- bad arguments
SELECT textkit_limit(NULL), textkit_limit(NULL, 5);
-- => NULL|NULL
SELECT textkit_limit('nope');
-- error: textkit: textkit_limit(): unknown limit 'nope' (known: strsim_cells)
SELECT textkit_limit(X'FF', 1);
-- error: textkit: textkit_limit(): unknown limit '�' (known: strsim_cells)
SELECT textkit_limit('', 1);
-- error: textkit: textkit_limit(): unknown limit '' (known: strsim_cells)
SELECT textkit_limit('strsim_cells', 'many');
-- error: textkit: textkit_limit(): the value must be an integer
SELECT textkit_limit('strsim_cells', 1.5);
-- error: textkit: textkit_limit(): the value must be an integer
SELECT textkit_limit('strsim_cells', X'00');
-- error: textkit: textkit_limit(): the value must be an integer
-- a view (or trigger) cannot change it: an untrusted database cannot lift the cap
CREATE VIEW lift AS SELECT textkit_limit('strsim_cells', 0) AS old; SELECT old FROM lift;
-- error: unsafe use of textkit_limit()
