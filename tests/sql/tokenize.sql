-- Tokenization: tokens(), ngrams(), token_count() and the FTS5
-- tokenizer 'textkit' (docs/tokenize.md).

-- tokens(): kinds, spans, mode=text specials.
SELECT token, norm, kind, start, length, position FROM tokens('The U.S. economy grew 3.5% in 2024; see https://example.com/a_b?x=1.');
-- => The|the|word|1|3|0
-- => U.S.|u.s.|word|5|4|1
-- => economy|economy|word|10|7|2
-- => grew|grew|word|18|4|3
-- => 3.5|3.5|number|23|3|4
-- => in|in|word|28|2|5
-- => 2024|2024|number|31|4|6
-- => see|see|word|37|3|7
-- => https://example.com/a_b?x=1|https://example.com/a_b?x=1|url|41|27|8

SELECT token, kind FROM tokens('Mail Jane.Doe@Example.org or @jane_doe about #SQLite, e.g. today.');
-- => Mail|word
-- => Jane.Doe@Example.org|email
-- => or|word
-- => @jane_doe|mention
-- => about|word
-- => #SQLite|hashtag
-- => e.g.|word
-- => today|word

SELECT token, kind FROM tokens('$100 costs 1,000,000.50 €', 'punct=1');
-- => $|symbol
-- => 100|number
-- => costs|word
-- => 1,000,000.50|number
-- => €|symbol

SELECT token, kind, start, length FROM tokens('Crème brûlée 😀👍🏽 🇫🇷 日本語');
-- => Crème|word|1|5
-- => brûlée|word|7|6
-- => 😀|emoji|14|1
-- => 👍🏽|emoji|15|2
-- => 🇫🇷|emoji|18|2
-- => 日|word|21|1
-- => 本|word|22|1
-- => 語|word|23|1

-- mode=uax29: exactly the UAX #29 segments (punct=1 shows them all).
SELECT group_concat(token, '|') FROM tokens('The U.S. #tag e-mail', 'mode=uax29 punct=1');
-- => The|U.S|.|#|tag|e|-|mail

-- Norms: stemming, stopwords, unaccent, folding.
SELECT group_concat(norm, ' ') FROM tokens('The runners were running quickly', 'stem=english');
-- => the runner were run quick

SELECT group_concat(norm, ' ') FROM tokens('The runners were running quickly', 'stem=1 stopwords=1');
-- => runner run quick

SELECT group_concat(norm, ' ') FROM tokens('Les enfants étaient là', 'lang=fr stopwords=1 unaccent=1');
-- => enfants la

SELECT group_concat(norm, ' ') FROM tokens('Straße ÉCOLE', 'fold=0');
-- => Straße ÉCOLE

SELECT group_concat(norm, ' ') FROM tokens('Straße ÉCOLE');
-- => strasse école

-- A typographic apostrophe inside a word (U+2019, U+2018, fullwidth
-- U+FF07) folds to "'": "China’s" and "China's" are one norm, stem alike
-- and match each other in FTS5; fold=0 keeps the text as written.
SELECT group_concat(norm, ' ') FROM tokens('China’s O‘Brien don’t ’quoted’');
-- => china's o'brien don't quoted
SELECT group_concat(norm, ' ') FROM tokens('China’s don’t', 'stem=english stopwords=english');
-- => china
SELECT group_concat(norm, ' ') FROM tokens('China’s', 'fold=0');
-- => China’s
SELECT text_cosine('Trump''s China''s plan', 'Trump’s China’s plan', 'stem=english');
-- => 1.0

-- The hidden argument columns.
SELECT text, options FROM tokens('a b', 'punct=1') LIMIT 1;
-- => a b|punct=1

-- Bad input: NULL, empty, BLOBs with invalid UTF-8, numbers.
SELECT count(*) FROM tokens(NULL);
-- => 0

SELECT count(*) FROM tokens('');
-- => 0

SELECT token, kind, start, length FROM tokens(X'61FF62C3');
-- => a|word|1|1
-- => �|symbol|2|1
-- => b|word|3|1
-- => �|symbol|4|1

SELECT hex(token), kind FROM tokens(CAST(X'616263FE646566' AS TEXT));
-- => 616263|word
-- => EFBFBD|symbol
-- => 646566|word

SELECT token FROM tokens(12345.5);
-- => 12345.5

-- Bad options name the valid keys and values; argument counts.
SELECT * FROM tokens('x', 'colour=red');
-- error: textkit: tokens(): unknown option 'colour'; valid keys: lang, fold, unaccent, stem, stopwords, punct, mode

SELECT * FROM tokens('x', 'mode=fast');
-- error: textkit: tokens(): bad value 'fast' for mode; valid: text, uax29

SELECT * FROM tokens('x', 'stem=klingon');
-- error: textkit: tokens(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish

SELECT * FROM tokens('x', 'stopwords=yes please');
-- error: textkit: tokens(): option 'please' is not of the form key=value

SELECT * FROM tokens('x', 'punct');
-- error: textkit: tokens(): option 'punct' is not of the form key=value

SELECT * FROM tokens();
-- error: textkit: tokens(): missing argument text; usage: tokens(text [, options])

SELECT * FROM tokens('a', 'b', 'c');
-- error: too many arguments on tokens() - max 2

-- ngrams().
SELECT ngram, start, length, position FROM ngrams('The quick brown fox jumps', 3);
-- => the quick brown|1|15|0
-- => quick brown fox|5|15|1
-- => brown fox jumps|11|15|2

SELECT ngram FROM ngrams('The quick brown foxes', 2, 'stem=english');
-- => the quick
-- => quick brown
-- => brown fox

SELECT count(*) FROM ngrams('one two', 3);
-- => 0

SELECT count(*) FROM ngrams(NULL, 2);
-- => 0

SELECT count(*) FROM ngrams('a b', NULL);
-- => 0

SELECT * FROM ngrams('a b', 0);
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got '0'

SELECT * FROM ngrams('a b', 17);
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got '17'

SELECT * FROM ngrams('a b', 2.5);
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got '2.5'

SELECT * FROM ngrams('a b', 'two');
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got 'two'

SELECT * FROM ngrams('a b');
-- error: textkit: ngrams(): missing argument n; usage: ngrams(text, n [, options])

SELECT * FROM ngrams('a b', 2, 'fold=2');
-- error: textkit: ngrams(): bad value '2' for fold; valid: 0, 1 (or false/true, no/yes, off/on)

-- token_count().
SELECT token_count('Hello, world! 42'), token_count('Hello, world! 42', 'punct=1'), token_count(NULL), token_count('');
-- => 3|5|NULL|0

SELECT token_count('the cat and the hat', 'stopwords=en');
-- => 2

SELECT token_count('x', 'bogus=1');
-- error: textkit: token_count(): unknown option 'bogus'; valid keys: lang, fold, unaccent, stem, stopwords, punct, mode

SELECT token_count();
-- error: wrong number of arguments to function token_count()

SELECT token_count('a', 'b', 'c');
-- error: wrong number of arguments to function token_count()

-- The FTS5 tokenizer: stemming makes 'bombing' find 'bombings'; FTS5
-- reports a bad tokenizer argument only as a constructor error.
CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'textkit stem english');
INSERT INTO f VALUES ('Two bombings shook the U.S. capital'), ('Nothing happened'), ('A bomb was found');
SELECT rowid FROM f WHERE f MATCH 'bombing' ORDER BY rowid;
-- => 1
-- => 3

SELECT rowid FROM f WHERE f MATCH '"u.s."' ORDER BY rowid;
-- => 1

-- a typographic apostrophe matches a straight one, both ways
INSERT INTO f VALUES ('China’s exports grew'), ('China''s army');
SELECT group_concat(rowid) FROM f WHERE f MATCH '"china''s"';
-- => 4,5
SELECT group_concat(rowid) FROM f WHERE f MATCH '"china’s"';
-- => 4,5

SELECT highlight(f, 0, '[', ']') FROM f WHERE f MATCH 'bombing' ORDER BY rowid;
-- => Two [bombings] shook the U.S. capital
-- => A [bomb] was found

CREATE VIRTUAL TABLE g USING fts5(body, tokenize = 'textkit colour red');
-- error: error in tokenizer constructor

CREATE VIRTUAL TABLE g USING fts5(body, tokenize = 'textkit stem');
-- error: error in tokenizer constructor
