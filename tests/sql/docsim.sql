-- Document similarity: exact Jaccard of shingle sets, MinHash + LSH bands,
-- SimHash.  Hash values are checked through their properties, not pinned.

-- text_jaccard: sets of token norms (case-folded), punctuation never counts.
SELECT text_jaccard('the cat sat', 'the cat ran'), text_jaccard('The CAT, sat!', 'sat the cat'), text_jaccard('a a a b', 'a b b');
-- => 0.5|1.0|1.0

SELECT text_jaccard('a b c d', 'b c d e', 'shingle=2'), text_jaccard('a b c d', 'd c b a', 'shingle=2'), text_jaccard('a b c d', 'a b c d', 'shingle=3');
-- => 0.5|0.0|1.0

-- Fewer words than the shingle: the whole text is one shingle.
SELECT text_jaccard('a b', 'a b', 'shingle=5'), text_jaccard('a b', 'a c', 'shingle=5'), text_jaccard('a b c', 'a b', 'shingle=3');
-- => 1.0|0.0|0.0

-- Empty sets: two empty texts are identical (1.0), one empty is 0.0.
SELECT text_jaccard('', ''), text_jaccard('...', '!!'), text_jaccard('', 'word'), text_jaccard('word', ' ');
-- => 1.0|1.0|0.0|0.0

-- Token options apply.
SELECT text_jaccard('running dogs', 'run dog', 'stem=english'), text_jaccard('the cat', 'a cat', 'stopwords=english'), text_jaccard('Café', 'cafe', 'unaccent=1'), text_jaccard('A', 'a', 'fold=0');
-- => 1.0|1.0|1.0|0.0

-- Norms are case-folded (straße -> strasse); 東京 is two tokens; emoji count.
SELECT text_jaccard('Straße 東京 😀 42', '42 東京 straße');
-- => 0.8

-- BLOBs are read as UTF-8; invalid bytes are one U+FFFD each.
SELECT text_jaccard(CAST('a b' AS BLOB), 'b a'), text_jaccard(X'61FF62', X'61FE62'), text_jaccard(X'FF', X'C0');
-- => 1.0|1.0|1.0

SELECT text_jaccard(NULL, 'a') IS NULL, text_jaccard('a', NULL) IS NULL, text_jaccard('a', 'a', NULL) IS NULL, text_jaccard(12, '12');
-- => 1|1|1|1.0

SELECT text_jaccard('a', 'b', 'shingle=0');
-- error: textkit: text_jaccard(): bad value '0' for shingle; valid: an integer 1..64

SELECT text_jaccard('a', 'b', 'perm=64');
-- error: textkit: text_jaccard(): unknown option 'perm'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle

SELECT text_jaccard('a', 'b', 'punct=1');
-- error: textkit: text_jaccard(): unknown option 'punct'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle

SELECT text_jaccard('a', 'b', 'stem=klingon') IS NULL;
-- error: textkit: text_jaccard(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish

SELECT text_jaccard('a');
-- error: wrong number of arguments to function text_jaccard()

SELECT text_jaccard('a', 'b', '', 'd');
-- error: wrong number of arguments to function text_jaccard()

-- minhash: a BLOB of a 20-byte header + perm little-endian uint32 minima.
SELECT typeof(minhash('a b c')), length(minhash('a b c')), length(minhash('a b c', 'perm=1')), length(minhash('a b c', 'perm=1024'));
-- => blob|532|24|4116

-- Header: "TKMH", version 1, width 4, perm, shingle, 0, seed.
SELECT hex(substr(minhash('x', 'perm=300 shingle=7 seed=258'), 1, 16));
-- => 544B4D4801042C010700000002010000

SELECT minhash('a b c d e f') = minhash('A b, c d e f!'), minhash('a b c d e f') = minhash('a b c d e g'), minhash('x', 'seed=1') = minhash('x', 'seed=2');
-- => 1|0|0

-- An empty text: every minimum is 0xFFFFFFFF.
SELECT substr(hex(minhash('', 'perm=2')), 41), minhash_jaccard(minhash(''), minhash('  ')), minhash_jaccard(minhash(''), minhash('word'));
-- => FFFFFFFFFFFFFFFF|1.0|0.0

SELECT minhash_jaccard(minhash('a b c d e f g'), minhash('a b c d e f g')), minhash_jaccard(minhash('one two three four five'), minhash('six seven eight nine ten'));
-- => 1.0|0.0

-- The estimate is within a few standard errors of the truth (0.5 here).
SELECT abs(minhash_jaccard(minhash(a, 'perm=1024 shingle=1'), minhash(b, 'perm=1024 shingle=1')) - text_jaccard(a, b)) < 0.06
FROM (SELECT 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12' AS a, 'w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16' AS b);
-- => 1

SELECT minhash(NULL) IS NULL, minhash('a', NULL) IS NULL, minhash_jaccard(NULL, minhash('a')) IS NULL, length(minhash(X'FFFE'));
-- => 1|1|1|532

SELECT minhash('a', 'perm=0');
-- error: textkit: minhash(): bad value '0' for perm; valid: an integer 1..1024

SELECT minhash('a', 'perm=1025');
-- error: textkit: minhash(): bad value '1025' for perm; valid: an integer 1..1024

SELECT minhash('a', 'seed=-1');
-- error: textkit: minhash(): bad value '-1' for seed; valid: an integer 0..4294967295

SELECT minhash('a', 'shingles=3');
-- error: textkit: minhash(): unknown option 'shingles'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle, perm, seed

SELECT minhash('a', 'perm');
-- error: textkit: minhash(): option 'perm' is not of the form key=value

SELECT minhash();
-- error: wrong number of arguments to function minhash()

SELECT minhash_jaccard(minhash('a'));
-- error: wrong number of arguments to function minhash_jaccard()

SELECT minhash_jaccard('abc', minhash('a'));
-- error: textkit: minhash_jaccard(): argument 1 is not a BLOB signature from minhash()

SELECT minhash_jaccard(minhash('a'), 42);
-- error: textkit: minhash_jaccard(): argument 2 is not a BLOB signature from minhash()

SELECT minhash_jaccard(X'00', minhash('a'));
-- error: textkit: minhash_jaccard(): not a minhash() signature

SELECT minhash_jaccard(substr(minhash('a'), 1, 100), minhash('a'));
-- error: textkit: minhash_jaccard(): malformed minhash() signature (bad length)

SELECT minhash_jaccard(CAST(X'544B4D4802' || substr(minhash('a'), 6) AS BLOB), minhash('a'));
-- error: textkit: minhash_jaccard(): unsupported minhash() signature version

SELECT minhash_jaccard(minhash('a'), minhash('a', 'perm=64'));
-- error: textkit: minhash_jaccard(): incompatible signatures: perm=128 shingle=5 seed=0 vs perm=64 shingle=5 seed=0

SELECT minhash_jaccard(minhash('a', 'seed=9'), minhash('a', 'shingle=2'));
-- error: textkit: minhash_jaccard(): incompatible signatures: perm=128 shingle=5 seed=9 vs perm=128 shingle=2 seed=0

SELECT minhash_jaccard(minhash('a'), minhash('a', 'stem=english'));
-- error: textkit: minhash_jaccard(): incompatible signatures: made with different token options (lang, fold, unaccent, stem, stopwords, mode)

-- minhash_bands: one row per band; equal bands give equal buckets.
SELECT count(*), min(band), max(band), count(DISTINCT bucket), typeof(max(bucket)) FROM minhash_bands(minhash('the quick brown fox jumps over the lazy dog'), 16);
-- => 16|0|15|16|integer

SELECT count(*) FROM minhash_bands(minhash('a', 'perm=12'), 12);
-- => 12

SELECT count(*) FROM minhash_bands(minhash('a', 'perm=12'), 1);
-- => 1

-- Identical documents share every bucket; a one-word edit keeps some.
SELECT sum(x.bucket = y.bucket) FROM minhash_bands(minhash('a b c d e f g h i j k l m n o p'), 32) x JOIN minhash_bands(minhash('a b c d e f g h i j k l m n o p'), 32) y USING (band);
-- => 32

SELECT sum(x.bucket = y.bucket) BETWEEN 1 AND 63 FROM minhash_bands(minhash('a b c d e f g h i j k l m n o p', 'shingle=1'), 64) x JOIN minhash_bands(minhash('a b c d e f g h i j k l m n o q', 'shingle=1'), 64) y USING (band);
-- => 1

SELECT count(*) FROM minhash_bands(NULL, 16);
-- => 0

SELECT count(*) FROM minhash_bands(minhash('a'), NULL);
-- => 0

SELECT count(*) FROM minhash_bands(minhash('a'), 3);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128

SELECT count(*) FROM minhash_bands(minhash('a'), 0);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128

SELECT count(*) FROM minhash_bands(minhash('a'), -16);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128

SELECT count(*) FROM minhash_bands(minhash('a'), 256);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128

SELECT count(*) FROM minhash_bands(minhash('a'), '16');
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128

SELECT count(*) FROM minhash_bands('not a signature', 16);
-- error: textkit: minhash_bands(): sig is not a BLOB signature from minhash()

SELECT count(*) FROM minhash_bands(X'544B4D48', 16);
-- error: textkit: minhash_bands(): not a minhash() signature

SELECT count(*) FROM minhash_bands(minhash('a'));
-- error: textkit: minhash_bands(): missing argument bands; usage: minhash_bands(sig, bands)

SELECT count(*) FROM minhash_bands;
-- error: textkit: minhash_bands(): missing argument sig; usage: minhash_bands(sig, bands)

-- The near-duplicate recipe of docs/docsim.md.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'the quick brown fox jumps over the lazy dog near the old river bank today'), (2, 'the quick brown fox jumps over the lazy dog near the old river bank today!'), (3, 'a completely different sentence about databases and indexes and query plans'), (4, 'the quick brown fox jumps over the sleepy dog near the old river bank today'), (5, 'something else entirely with no words in common whatsoever at all here');
CREATE TABLE sig AS SELECT id, minhash(body) AS mh FROM docs;
CREATE TABLE lsh AS SELECT s.id, b.band, b.bucket FROM sig s, minhash_bands(s.mh, 16) b;
CREATE INDEX lsh_bb ON lsh(band, bucket);

SELECT count(*) FROM lsh;
-- => 80

SELECT x.id AS a, y.id AS b, minhash_jaccard(sx.mh, sy.mh) AS similarity
FROM lsh x JOIN lsh y ON x.band = y.band AND x.bucket = y.bucket AND x.id < y.id
JOIN sig sx ON sx.id = x.id JOIN sig sy ON sy.id = y.id
GROUP BY x.id, y.id HAVING similarity >= 0.8 ORDER BY a, b;
-- => 1|2|1.0

-- The all-pairs query finds the same pair; doc 4 (one word changed in the
-- middle of 15) keeps 6 of 16 distinct 5-word shingles.
SELECT x.id, y.id, round(text_jaccard(x.body, y.body, 'shingle=5'), 4) FROM docs x, docs y WHERE x.id < y.id AND text_jaccard(x.body, y.body, 'shingle=5') >= 0.3 ORDER BY 1, 2;
-- => 1|2|1.0
-- => 1|4|0.375
-- => 2|4|0.375

-- simhash: a 64-bit INTEGER; equal texts (up to case and punctuation) agree.
SELECT typeof(simhash('a b c')), simhash('') , simhash('The cat.') = simhash('the CAT'), simhash('a b') = simhash('b a'), simhash('a b', 'shingle=2') = simhash('b a', 'shingle=2');
-- => integer|0|1|1|0

SELECT simhash_distance(0, -1), simhash_distance(5, 6), simhash_distance(-9223372036854775808, 0), simhash_distance(123456789, 123456789), simhash_distance(0, 255);
-- => 64|2|1|0|8

SELECT simhash_distance(simhash(a), simhash(a || ' extra')) < 16 FROM (SELECT 'the quick brown fox jumps over the lazy dog near the old river bank today and tomorrow too' AS a);
-- => 1

SELECT simhash(NULL) IS NULL, simhash('a', NULL) IS NULL, simhash_distance(NULL, 1) IS NULL, simhash_distance(1, NULL) IS NULL, simhash(X'FF') = simhash(X'FE');
-- => 1|1|1|1|1

SELECT simhash_distance(1.5, 2);
-- error: textkit: simhash_distance(): argument 1 is not an INTEGER fingerprint

SELECT simhash_distance(1, '2');
-- error: textkit: simhash_distance(): argument 2 is not an INTEGER fingerprint

SELECT simhash_distance(1, X'02');
-- error: textkit: simhash_distance(): argument 2 is not an INTEGER fingerprint

SELECT simhash('a', 'perm=4');
-- error: textkit: simhash(): unknown option 'perm'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle

SELECT simhash('a', 'fold=maybe');
-- error: textkit: simhash(): bad value 'maybe' for fold; valid: 0, 1 (or false/true, no/yes, off/on)

SELECT simhash();
-- error: wrong number of arguments to function simhash()

SELECT simhash_distance(1);
-- error: wrong number of arguments to function simhash_distance()
