-- corpus.sql: text_cosine(a, b [, options]) and keywords(text [, options]).

-- text_cosine: counts of word and number norms; punctuation and symbols are not terms.
SELECT text_cosine('a b b', 'b a');
-- => 0.948683298050514
SELECT text_cosine('The cat sat.', 'the CAT sat!!');
-- => 1.0
SELECT text_cosine('cat', 'dog');
-- => 0.0
SELECT text_cosine('3 cats', '3 dogs');
-- => 0.5
SELECT text_cosine('a + b', 'a b');
-- => 1.0

-- No terms on one side: 0.0.
SELECT text_cosine('', 'a'), text_cosine('', ''), text_cosine('!!', '?');
-- => 0.0|0.0|0.0

-- Options: stemming and stopwords change the terms.
SELECT text_cosine('bombings', 'bombing'), text_cosine('bombings', 'bombing', 'stem=english');
-- => 0.0|1.0
SELECT round(text_cosine('the cat', 'the dog'), 6), text_cosine('the cat', 'the dog', 'stopwords=en');
-- => 0.5|0.0
SELECT text_cosine('Crème', 'creme', 'unaccent=1'), text_cosine('Crème', 'creme');
-- => 1.0|0.0

-- NULL text in, NULL out (NULL options are the defaults); a BLOB is read as UTF-8; invalid bytes are U+FFFD.
SELECT text_cosine(NULL, 'a'), text_cosine('a', NULL), text_cosine('a', 'a', NULL) IS NULL;
-- => NULL|NULL|0
SELECT text_cosine(X'636174', 'cat'), text_cosine(X'61FF62', X'61FF62'), typeof(text_cosine(X'FFFE', 'a'));
-- => 1.0|1.0|real
SELECT text_cosine(12, '12 12');
-- => 1.0

-- Errors.
SELECT text_cosine('a');
-- error: wrong number of arguments to function text_cosine()
SELECT text_cosine('a', 'b', '', 1);
-- error: wrong number of arguments to function text_cosine()
SELECT text_cosine('a', 'b', 'bogus=1');
-- error: textkit: text_cosine(): unknown option 'bogus'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode
SELECT text_cosine('a', 'b', 'punct=1');
-- error: textkit: text_cosine(): unknown option 'punct'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode
SELECT text_cosine('a', 'b', 'stem=klingon');
-- error: textkit: text_cosine(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
SELECT text_cosine('a', 'b', 'idf=');
-- error: textkit: text_cosine(): idf= needs a table name
SELECT text_cosine('a', 'b', 'idf=nosuch');
-- error: textkit: text_cosine(): cannot read idf table 'nosuch': no such table: nosuch

-- IDF tables: (term, idf); unknown terms weigh as much as the rarest term.
CREATE TABLE w(term TEXT, idf REAL);
INSERT INTO w VALUES ('cat', 2.0), ('dog', 1.0), ('the', 0.0), (NULL, 5.0), ('x', NULL);
CREATE TABLE bad_cols(word TEXT, weight REAL);
CREATE TABLE bad_vals(term TEXT, idf);
INSERT INTO bad_vals VALUES ('cat', 'high');
CREATE TABLE "my idf"(term, idf);
INSERT INTO "my idf" VALUES ('cat', 3);
SELECT text_cosine('cat dog', 'cat', 'idf=w');
-- => 0.894427190999916
SELECT text_cosine('the cat', 'the dog', 'idf=w');
-- => 0.0
SELECT text_cosine('cat bird', 'bird', 'idf=w');
-- => 0.707106781186547
SELECT text_cosine('cat dog', 'cat', 'idf="my idf"'), text_cosine('cat dog', 'cat', 'idf=''my idf''');
-- => 0.707106781186548|0.707106781186548
-- Extra columns are ignored, the last row of a term wins (cat: 4), the
-- largest weight (9, of the empty term) goes to unknown terms (dog):
-- 4*4 / (sqrt(4*4 + 9*9) * 4).
CREATE TABLE odd(term, idf, extra);
INSERT INTO odd VALUES ('', 9.0, 1), ('cat', 1, 2), ('cat', 4, 3), (X'FF', 2, 4);
SELECT text_cosine('cat dog', 'cat', 'idf=odd');
-- => 0.406138466053448
SELECT text_cosine('a', 'b', 'idf=bad_cols');
-- error: textkit: text_cosine(): cannot read idf table 'bad_cols': no such column: term
SELECT text_cosine('cat', 'b', 'idf=bad_vals');
-- error: textkit: text_cosine(): idf table 'bad_vals': idf of term 'cat' is not a number >= 0

-- The table is read once per statement: one value per row.
SELECT group_concat(round(text_cosine(v.column1, 'cat dog', 'idf=w'), 6), ',') FROM (VALUES ('cat'), ('dog'), ('cat dog'), ('bird')) v;
-- => 0.894427,0.447214,1.0,0.0

-- keywords: RAKE phrases without idf=, best first; ties by count, then keyword.
SELECT keyword, score, count FROM keywords('Deep learning models need data. Deep learning is popular. Data matters.');
-- => Deep learning models|8.0|1
-- => Deep learning|5.0|1
-- => Data matters|4.0|1
-- => need data|4.0|1
-- => popular|1.0|1
SELECT keyword, score, count FROM keywords('zeta alpha. beta. alpha, zeta.');
-- => zeta alpha|3.0|1
-- => alpha|1.5|1
-- => zeta|1.5|1
-- => beta|1.0|1

-- words= caps phrase length; top= limits the rows (0: all).
SELECT keyword, score, count FROM keywords('Deep learning models need data. Deep learning is popular.', 'words=1');
-- => Deep|1.0|2
-- => learning|1.0|2
-- => data|1.0|1
-- => models|1.0|1
-- => need|1.0|1
-- => popular|1.0|1
SELECT count(*) FROM keywords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15, p q r s t u v w x y z z2 z3', 'words=1');
-- => 10
SELECT count(*) FROM keywords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15, p q r s t u v w x y z z2 z3', 'words=1 top=0');
-- => 28
SELECT keyword FROM keywords('red apples, green apples, red cars', 'words=1 top=2');
-- => apples
-- => red

-- The keyword is the most frequent surface form of its (stemmed) norms.
SELECT keyword, count FROM keywords('Bombings. bombing. Bombings. Olympics. olympics. Olympics.', 'stem=english words=1');
-- => Bombings|3
-- => Olympics|3

-- Line breaks and stopwords end phrases; stopwords=0 keeps them as words.
SELECT keyword FROM keywords('Winter Games' || char(10) || 'Sochi security of the games') ORDER BY keyword;
-- => Sochi security
-- => Winter Games
-- => games
SELECT keyword FROM keywords('the cat', 'stopwords=0');
-- => the cat
SELECT keyword FROM keywords('Winter' || char(160) || 'Games,' || char(12288) || 'Sochi Games');
-- => Sochi Games
-- => Winter Games

-- With idf=: count x the sum of the words' idf.
SELECT keyword, score, count FROM keywords('cat cat. dog. bird.', 'idf=w');
-- => cat|4.0|2
-- => bird|2.0|1
-- => dog|1.0|1
SELECT keyword, score, count FROM keywords('cat dog. dog', 'idf=w words=2');
-- => cat dog|3.0|1
-- => dog|1.0|1

-- Hidden columns and the join shape.
SELECT text, options FROM keywords('cat', 'top=1');
-- => cat|top=1
SELECT v.column1, k.keyword FROM (VALUES ('cat dog'), (NULL), ('bird')) v, keywords(v.column1, 'words=1 idf=w') k;
-- => cat dog|cat
-- => cat dog|dog
-- => bird|bird

-- NULL text: no rows; BLOB and invalid UTF-8.
SELECT count(*) FROM keywords(NULL);
-- => 0
SELECT keyword FROM keywords(X'536F636869');
-- => Sochi
SELECT keyword, hex(keyword) FROM keywords(X'61FF62');
-- => b|62
SELECT count(*) FROM keywords('');
-- => 0

-- Errors: missing text, bad options, bad idf tables, wrong types.
SELECT * FROM keywords();
-- error: textkit: keywords(): missing argument text; usage: keywords(text [, options])
SELECT * FROM keywords('a', 'b', 'c');
-- error: too many arguments on keywords() - max 2
SELECT * FROM keywords('x', 'bogus=1');
-- error: textkit: keywords(): unknown option 'bogus'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode, top, words
SELECT * FROM keywords('x', 'top=-1');
-- error: textkit: keywords(): bad value '-1' for top; valid: an integer >= 0 (0 for every keyword)
SELECT * FROM keywords('x', 'top=ten');
-- error: textkit: keywords(): bad value 'ten' for top; valid: an integer >= 0 (0 for every keyword)
SELECT * FROM keywords('x', 'words=5');
-- error: textkit: keywords(): bad value '5' for words; valid: 1 to 4
SELECT * FROM keywords('x', 'punct=1');
-- error: textkit: keywords(): unknown option 'punct'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode, top, words
SELECT * FROM keywords('x', 'stopwords=klingon');
-- error: textkit: keywords(): bad value 'klingon' for stopwords; valid: 0, 1, dutch (nl), english (en), french (fr), german (de), italian (it), portuguese (pt), russian (ru), spanish (es)
SELECT * FROM keywords('x', 'top');
-- error: textkit: keywords(): option 'top' is not of the form key=value
SELECT * FROM keywords('x', 'idf=nosuch');
-- error: textkit: keywords(): cannot read idf table 'nosuch': no such table: nosuch
SELECT * FROM keywords('x', 'idf=bad_cols');
-- error: textkit: keywords(): cannot read idf table 'bad_cols': no such column: term
SELECT * FROM keywords('cat', 'idf=bad_vals');
-- error: textkit: keywords(): idf table 'bad_vals': idf of term 'cat' is not a number >= 0
SELECT * FROM keywords('x', 'idf=');
-- error: textkit: keywords(): idf= needs a table name
