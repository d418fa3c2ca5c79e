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

-- keywords: the default (method=phrase) scores noun phrases by count x the sum of
-- their words' background weights x the position term; best first.
SELECT keyword, round(score, 4), count FROM keywords('Deep learning models need data. Deep learning is popular. Data matters.');
-- => Deep learning models|9.1523|1
-- => Deep learning|5.8292|1
-- => Data matters|5.0736|1
-- => data|3.0578|1
-- A word the background table lacks weighs (255/24)^0.7; in sentence 0 the
-- position term is 1 + 1/ln 3: 5.2293 x 1.9102 = 9.9889, twice when said twice.
SELECT keyword, round(score, 4), count FROM keywords('Volgograd');
-- => Volgograd|9.9889|1
SELECT keyword, round(score, 4), count FROM keywords('Volgograd. Volgograd.');
-- => Volgograd|19.9778|2
-- A rare word outweighs a common one said first.
SELECT keyword FROM keywords('the system and the Volgograd', 'top=0');
-- => Volgograd
-- => system
-- A word glued to "=" is a setting's key or value, no keyword (a Debian
-- change log's "urgency=medium"); the same word apart stays one.
SELECT count(*) FROM keywords('bzip2 (1.0.8-5) unstable; urgency=medium. bzip2 (1.0.8-4) unstable; urgency=low. Fix the bzip2 build.') WHERE keyword IN ('urgency', 'medium', 'low');
-- => 0
SELECT count(*) FROM keywords('The urgency of the medium was clear: urgency matters.') WHERE keyword = 'urgency';
-- => 1
-- A date stamp's weekday and month ("Fri, 14 Jul 2023" in a change log's
-- sign-off, "Monday, 5 May", "12 Jan 2024") and the label of a bug number
-- ("Closes: #1023501") are no keywords; the same words elsewhere stay.
SELECT count(*) FROM keywords('Fix the home directories. Closes: #1023501 -- Marc Haber  Fri, 14 Jul 2023 14:19:26 +0200. Fix the groups. Closes: #1029867 -- Marc Haber  Sun, 19 Feb 2023. Rework on Monday, 5 May and 12 Jan 2024.') WHERE keyword IN ('Fri', 'Jul', 'Sun', 'Feb', 'Monday', 'May', 'Jan', 'Closes');
-- => 0
SELECT group_concat(keyword, ',') FROM (SELECT keyword FROM keywords('The Sun rose over Mars. Sun spots cover the Sun. The probe closes in on Mars: the Sun, 12 probes.') WHERE keyword IN ('Sun', 'Mars') ORDER BY keyword);
-- => Mars,Sun
-- Lines of code give no keyword (kw_line_kinds.c): a JSON member, a
-- command with an option, a shell's continuation or prompt, a line of
-- brackets, and a label ("Output:") before code; the prose around them
-- keeps its keywords.
SELECT group_concat(keyword, ',') FROM (SELECT keyword FROM keywords('The gateway lists the deployments.' || char(10) || char(10) || 'Command:' || char(10) || 'aws apigateway get-deployments --rest-api-id 1234123412 \' || char(10) || '    --region us-west-2' || char(10) || char(10) || 'Output:' || char(10) || '{' || char(10) || '    "MinimumEngineVersion": "5.7",' || char(10) || '    "ParameterName": "binlog_format"' || char(10) || '}' || char(10) || '$ npm install gateway-tools' || char(10) || 'The gateway deployments stay.', 'top=0') ORDER BY keyword);
-- => deployments,gateway,gateway deployments stay
SELECT group_concat(keyword, ',') FROM keywords('The gateway lists it.' || char(10) || 'aws apigateway get-deployments --rest-api-id 1234123412 --region us-west-2' || char(10) || '"ParameterName": "binlog_format"' || char(10) || 'Output:' || char(10) || '{', 'top=0');
-- => gateway lists
-- A text of code only (a file of JSON) is read whole: its keywords are
-- those of its code.
SELECT group_concat(keyword, ',') FROM (SELECT keyword FROM keywords('{' || char(10) || '  "runtime": "electron",' || char(10) || '  "variant": "electron"' || char(10) || '}', 'top=0') ORDER BY keyword);
-- => electron,runtime,variant
-- Prose keeps its words: a quotation before a colon, a sentence or a
-- change log's item that names an option, a label before prose, and a
-- paragraph on one line longer than 300 bytes.
SELECT count(*) FROM keywords('According to the "Suda": pottery thrived.' || char(10) || 'Add the --verbose flag to print more.' || char(10) || '* build: add --import flag (Moshe Atlow) #43942' || char(10) || 'In anatomy:' || char(10) || 'Appendix of the colon.', 'top=0') WHERE keyword IN ('Suda', 'pottery', 'verbose flag', 'import flag', 'anatomy', 'Appendix', 'colon');
-- => 7
SELECT count(*) FROM keywords('"Note": ' || replace(printf('%.40c', 'x'), 'x', 'the pottery of Athens thrived. '), 'top=0') WHERE keyword = 'pottery';
-- => 1
-- A name of more than six tokens is no candidate (four content words may
-- hold six stopwords): its occurrences are not counted apart, as they were
-- when the phrase overran the key's buffer.
SELECT count(*) FROM keywords('Banco de la Republica de la Nacion de los Andes said Banco de la Republica de la Nacion de los Andes will act.') WHERE keyword LIKE 'Banco%';
-- => 0
SELECT count(*) FROM keywords('Banco de la Republica de la Nacion de los Andes said Banco de la Republica de la Nacion de los Andes will act.');
-- => 3
-- Equal scores: first position, then text.
SELECT keyword, round(score, 6) FROM keywords('alpha beta. beta alpha.', 'top=0');
-- => alpha beta|9.822811
-- => beta alpha|9.822811

-- Latin abbreviations of scholarly prose are stopwords: no key phrase
-- starts with "e.g." or "i.e." or ends with "et".
SELECT count(*) FROM keywords('Neural networks, e.g. convolutional networks, learn features, i.e. representations. Smith et al. showed that neural networks generalize, e.g. on images.') WHERE keyword GLOB '*e.g.*' OR keyword GLOB '*i.e.*' OR keyword GLOB '* et' OR keyword GLOB '*etc*';
-- => 0
SELECT keyword FROM keywords('Neural networks, e.g. convolutional networks, learn features, i.e. representations. Smith et al. showed that neural networks generalize, e.g. on images.') LIMIT 2;
-- => Neural networks
-- => convolutional networks

-- Candidates never start or end with a stopword; names keep their particles;
-- "bombing(s)" is one keyword; a word that is only a verb ("killed") or an
-- adverb is in no phrase.
SELECT keyword, count FROM keywords('Two suicide bombings hit Volgograd. The bombing in Volgograd killed 34 people. Nikolaus van der Linden said the Bank of America was closed.', 'top=0') ORDER BY keyword;
-- => Bank of America|1
-- => Nikolaus van der Linden|1
-- => Volgograd|1
-- => bombing|1
-- => people|1
-- => suicide bombings hit Volgograd|1
-- A lower-case word that may be a verb is one before a determiner
-- ("underscore the threat"), and a noun elsewhere ("underscore character").
SELECT keyword FROM keywords('The Volgograd bombings underscore the threat. Names use an underscore character.', 'top=0') ORDER BY keyword;
-- => Names
-- => Volgograd bombings
-- => threat
-- => underscore character
-- An inflected form that may be a verb ("-ed", "-s"), lower-case between
-- capitalized words, is a clause's verb, in no phrase ("Bacon married
-- Alice Barnham", "ENAP buys Oriente"); a base form stays ("coach"), and
-- so do the word with a break beside it and a plural before a weekday.
SELECT keyword FROM keywords('Bacon married Alice Barnham. ENAP buys Oriente stake. Dutch coach Guus Hiddink. Paris, married couples. Oil prices Monday.', 'top=0') ORDER BY keyword;
-- => Alice Barnham
-- => Bacon
-- => Dutch coach Guus Hiddink
-- => ENAP
-- => Monday
-- => Oil prices
-- => Oriente stake
-- => Paris
-- => married couples
-- An irregular past tense is a clause's verb: always when it is seldom
-- anything else ("fell", lower-case; "Drew" is a name), and after a
-- capitalized word or a plural when it is also a noun ("England beat",
-- "indices rose"; "white rose" and the "Korean won" stay).
SELECT keyword FROM keywords('Copper prices fell. England beat Pakistan. Sectoral indices rose. She grew a white rose. The Korean won slid. Drew Barrymore smiled.', 'top=0') ORDER BY keyword;
-- => Copper prices
-- => Drew Barrymore
-- => England
-- => Korean won
-- => Pakistan
-- => Sectoral indices
-- => white rose
-- Nor in a lower-case letter alone: a score's "c" and "b", a fixture's "v"
-- ("Vitamin C" stays).
SELECT keyword FROM keywords('Aamir Sohail c Healy b Warne 32. Manchester City v Arsenal. Vitamin C helps.', 'top=0') ORDER BY keyword;
-- => Aamir Sohail
-- => Arsenal
-- => Healy
-- => Manchester City
-- => Vitamin C
-- => Warne
-- A phrase ends in a noun or a name, not an adjective ("large").
SELECT keyword FROM keywords('We argue that the theorem implies a limitation. The formal system is large.', 'top=0');
-- => theorem
-- => formal system
-- => limitation
-- A run longer than words= splits before a name that follows a lower-case
-- word; a part still too long gives windows of words= content words.
SELECT keyword FROM keywords('White House spokeswoman Caitlin Hayden said so.', 'top=0') ORDER BY keyword;
-- => Caitlin Hayden
-- => White House spokeswoman
-- A window does not end inside a name: its last word and the next one are
-- not both capitalized ("Russian Foreign Minister Sergei" is none).
SELECT keyword FROM keywords('Russian Foreign Minister Sergei Lavrov met his counterpart.', 'top=0') ORDER BY keyword;
-- => Foreign Minister Sergei Lavrov
-- => counterpart
SELECT keyword FROM keywords('Russian Foreign Minister Sergei Lavrov met his counterpart.', 'top=0 words=3') ORDER BY keyword;
-- => Minister Sergei Lavrov
-- => counterpart
-- With words=1 every word is a candidate, a name's words too.
SELECT group_concat(keyword, ',') FROM (SELECT keyword FROM keywords('Russian Foreign Minister Sergei Lavrov met his counterpart.', 'top=0 words=1') ORDER BY keyword);
-- => Foreign,Lavrov,Minister,Russian,Sergei,counterpart
SELECT keyword FROM keywords('The Church of Jesus Christ of Latter-day Saints grew. Texas Pacific Land Trust shares rose.', 'top=0') ORDER BY keyword;
-- => Jesus Christ of Latter-day Saints
-- => Pacific Land Trust shares
-- => Texas Pacific Land Trust
-- A capitalized common word after a lower-case one starts a phrase (a title
-- line without its full stop).
SELECT keyword FROM keywords('Quantum computers
Decoherence is a problem.', 'top=0');
-- => Quantum computers
-- => Decoherence
-- => problem
-- Hyphenated compounds are one word; a possessive ends a phrase.
SELECT keyword FROM keywords('real-time systems and Russia''s real-time systems', 'top=0');
-- => real-time systems
-- => Russia
-- Another language: no word classes, no background weights (each word 1):
-- 2 x (1 + 1/ln 3) = 3.8205.
SELECT keyword, round(score, 4) FROM keywords('Die Stadt Wolgograd.', 'lang=german');
-- => Stadt Wolgograd|3.8205

-- method=yake: the YAKE-style statistics of the one text.
SELECT keyword, round(score, 4), count FROM keywords('Deep learning models need data. Deep learning is popular. Data matters.', 'method=yake');
-- => Deep learning models|22.4088|1
-- => Deep learning|8.3601|1
-- => Data matters|1.7865|1
-- => data|1.5669|1

-- method=rake: RAKE phrases (runs of non-stopwords cut at words=), sum of degree / frequency.
SELECT keyword, score, count FROM keywords('Deep learning models need data. Deep learning is popular. Data matters.', 'method=rake');
-- => Deep learning models|8.0|1
-- => Deep learning|5.0|1
-- => Data matters|3.5|1
-- => data|1.5|1
-- => popular|1.0|1
SELECT keyword, score, count FROM keywords('zeta alpha. beta. alpha, zeta.', 'method=rake');
-- => zeta alpha|3.0|1
-- => alpha|1.5|1
-- => zeta|1.5|1
-- => beta|1.0|1

-- words= caps phrase length; top= limits the rows (0: all).
SELECT keyword, score, count FROM keywords('Deep learning models need data. Deep learning is popular.', 'method=rake words=1');
-- => Deep|1.0|2
-- => learning|1.0|2
-- => models|1.0|1
-- => data|1.0|1
-- => popular|1.0|1
SELECT count(*) FROM keywords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15, pp qq rr ss tt uu vv ww xx yy zz z2 z3', 'words=1');
-- => 10
SELECT count(*) FROM keywords('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15, pp qq rr ss tt uu vv ww xx yy zz z2 z3', 'words=1 top=0');
-- => 28
SELECT keyword FROM keywords('red apples, green apples, red cars', 'method=rake words=1 top=2');
-- => red
-- => apples

-- The keyword is the most frequent surface form of its stemmed words.
SELECT keyword, count FROM keywords('Bombings. bombing. Bombings. Olympics. olympics. Olympics.', 'words=1');
-- => Bombings|3
-- => Olympics|3

-- A paragraph break ends phrases; one line break ends them after a short
-- line (a title, a dateline) but not after a long, hard-wrapped one;
-- stopwords=0 keeps stopwords as words.
SELECT keyword FROM keywords('Winter Games' || char(10) || char(10) || 'Sochi security of the games', 'method=rake') ORDER BY keyword;
-- => Sochi security
-- => Winter Games
-- => games
SELECT keyword FROM keywords('Winter Games' || char(10) || 'Sochi security', 'method=rake') ORDER BY keyword;
-- => Sochi security
-- => Winter Games
SELECT keyword FROM keywords('Officials said on Monday that preparations for the Winter Games' || char(10) || 'security were complete', 'method=rake words=4') ORDER BY keyword;
-- => Monday
-- => Officials
-- => Winter Games security
-- => complete
-- => preparations
SELECT keyword FROM keywords('the cat', 'stopwords=0');
-- => the cat
SELECT keyword FROM keywords('Winter' || char(160) || 'Games,' || char(12288) || 'Sochi Games', 'method=rake');
-- => Winter Games
-- => Sochi Games

-- method=tfidf: count x the sum of the words' idf (words=1 by default).
SELECT keyword, score, count FROM keywords('cat cat. dog. bird.', 'method=tfidf idf=w');
-- => cat|4.0|2
-- => bird|2.0|1
-- => dog|1.0|1
SELECT keyword, score, count FROM keywords('cat dog. dog', 'method=tfidf idf=w words=2');
-- => cat dog|3.0|1
-- => dog|1.0|1
SELECT keyword, score, count FROM keywords('cat cat. dog.', 'method=tfidf');
-- => cat|2.0|2
-- => dog|1.0|1
-- method=yake with idf=: the YAKE score divided by the squared mean idf of the words.
SELECT keyword, round(score, 4) FROM keywords('cat cat. dog. bird.', 'method=yake idf=w');
-- => bird|70.0982
-- => cat cat|44.7396
-- => dog|17.5245
-- The default with idf=: each word's background weight times its idf in the
-- table (bird, not in it, weighs as the table's largest, 2.0).
SELECT a.keyword, round(a.score / b.score, 6) FROM keywords('cat cat. dog. bird.', 'idf=w') a JOIN keywords('cat cat. dog. bird.') b USING (keyword) ORDER BY a.keyword;
-- => bird|2.0
-- => cat cat|2.0
-- => dog|1.0

-- Hidden columns and the join shape.
SELECT text, options FROM keywords('cat', 'top=1');
-- => cat|top=1
SELECT v.column1, k.keyword FROM (VALUES ('cat dog'), (NULL), ('bird')) v, keywords(v.column1, 'method=tfidf idf=w') k;
-- => cat dog|cat
-- => cat dog|dog
-- => bird|bird

-- One letter is never a keyword alone ("x", a variable; "X"), only a word
-- of a longer phrase ("Vitamin C"; the three-word window "y z map" of "x y
-- x y z map", in every method; the other windows end in a lower-case
-- letter, which no phrase does but RAKE's).
SELECT keyword, count FROM keywords('The map of x and y shows x in X. Vitamin C helps.');
-- => Vitamin C|1
-- => map|1
SELECT m.column1, (SELECT count(*) FROM keywords('x y x y z x', 'words=1 method=' || m.column1)), (SELECT group_concat(keyword, ',') FROM keywords('x y x y z map', 'words=3 method=' || m.column1)) FROM (VALUES ('phrase'), ('yake'), ('rake'), ('tfidf')) m;
-- => phrase|0|y z map
-- => yake|0|y z map
-- => rake|0|x y x,y z map
-- => tfidf|0|y z map

-- Written abbreviations are fillers: "est." of country statistics is no
-- keyword, "estimate" is.
SELECT keyword FROM keywords('Population growth rate: 1.48% (2006 est.) Birth rate: 16.68 births (2006 est.) Death rate: 4.69 (2006 est.) Each estimate is approx. right.') WHERE keyword IN ('est', 'approx', 'estimate');
-- => estimate

-- NULL text: no rows; BLOB and invalid UTF-8.
SELECT count(*) FROM keywords(NULL);
-- => 0
SELECT keyword FROM keywords(X'536F636869');
-- => Sochi
SELECT keyword, hex(keyword) FROM keywords(X'61FF626F62');
-- => bob|626F62
SELECT count(*) FROM keywords('');
-- => 0

-- Errors: missing text, bad options, bad idf tables, wrong types.
SELECT * FROM keywords();
-- error: textkit: keywords(): missing argument text; usage: keywords(text [, options])
SELECT * FROM keywords('a', 'b', 'c');
-- error: too many arguments on keywords() - max 2
SELECT * FROM keywords('x', 'bogus=1');
-- error: textkit: keywords(): unknown option 'bogus'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode, method, top, words
SELECT * FROM keywords('x', 'top=-1');
-- error: textkit: keywords(): bad value '-1' for top; valid: an integer >= 0 (0 for every keyword)
SELECT * FROM keywords('x', 'top=ten');
-- error: textkit: keywords(): bad value 'ten' for top; valid: an integer >= 0 (0 for every keyword)
SELECT * FROM keywords('x', 'words=5');
-- error: textkit: keywords(): bad value '5' for words; valid: 1 to 4
SELECT * FROM keywords('x', 'punct=1');
-- error: textkit: keywords(): unknown option 'punct'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode, method, top, words
SELECT * FROM keywords('x', 'stopwords=klingon');
-- error: textkit: keywords(): bad value 'klingon' for stopwords; valid: 0, 1, czech (cs), danish (da), dutch (nl), english (en), finnish (fi), french (fr), german (de), hungarian (hu), indonesian (id), italian (it), norwegian (nb), polish (pl), portuguese (pt), romanian (ro), russian (ru), spanish (es), swedish (sv), turkish (tr)
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
SELECT * FROM keywords('x', 'method=bogus');
-- error: textkit: keywords(): bad value 'bogus' for method; valid: phrase, yake, rake, tfidf
SELECT * FROM keywords('x', 'method=');
-- error: textkit: keywords(): bad value '' for method; valid: phrase, yake, rake, tfidf
SELECT * FROM keywords('x', 'method=YAKE words=0');
-- error: textkit: keywords(): bad value 'YAKE' for method; valid: phrase, yake, rake, tfidf
SELECT * FROM keywords('x', 'words=0');
-- error: textkit: keywords(): bad value '0' for words; valid: 1 to 4
SELECT * FROM keywords('x', 'stem=klingon');
-- error: textkit: keywords(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
SELECT * FROM keywords('x', 'lang=tlh stopwords=1');
-- error: textkit: keywords(): bad value 'tlh' for lang; valid: ar (arabic), hy (armenian), eu (basque), ca (catalan), cs (czech), da (danish), nl (dutch), en (english), fi (finnish), fr (french), de (german), el (greek), hi (hindi), hu (hungarian), id (indonesian), ga (irish), it (italian), lt (lithuanian), ne (nepali), no (norwegian), nb (norwegian), pl (polish), pt (portuguese), ro (romanian), ru (russian), sr (serbian), es (spanish), sv (swedish), ta (tamil), tr (turkish), yi (yiddish)
-- Every method on empty, NULL, BLOB, punctuation-only and invalid UTF-8 text.
SELECT m.column1, (SELECT count(*) FROM keywords('', 'method=' || m.column1)), (SELECT count(*) FROM keywords(NULL, 'method=' || m.column1)), (SELECT group_concat(keyword) FROM keywords(X'536F636869FF20626F62', 'method=' || m.column1)), (SELECT count(*) FROM keywords('!!! ... 42', 'method=' || m.column1)) FROM (VALUES ('phrase'), ('yake'), ('rake'), ('tfidf')) m;
-- => phrase|0|0|Sochi,bob|0
-- => yake|0|0|Sochi,bob|0
-- => rake|0|0|Sochi,bob|0
-- => tfidf|0|0|Sochi,bob|0
-- The default's junk values, and words the built-in table cannot hold: a
-- 300-letter word, NUL bytes, an invalid byte inside a known word.
SELECT * FROM keywords('x', 'method=PHRASE');
-- error: textkit: keywords(): bad value 'PHRASE' for method; valid: phrase, yake, rake, tfidf
SELECT * FROM keywords('x', 'method=phrase words=-1');
-- error: textkit: keywords(): bad value '-1' for words; valid: 1 to 4
SELECT * FROM keywords('x', 'method=phrase top=1e3');
-- error: textkit: keywords(): bad value '1e3' for top; valid: an integer >= 0 (0 for every keyword)
SELECT length(keyword), count FROM keywords(printf('%.*c %.*c', 300, 'a', 300, 'a'));
-- => 601|1
SELECT hex(keyword) FROM keywords(X'00737973007465006D617000');
-- => 737973207465206D6170
SELECT keyword FROM keywords(X'7379737465FF6D20566F6C676F67726164');
-- => m Volgograd
-- => syste
-- Texts in one statement share the word cache: the same keywords as one by
-- one; (5.2292 for Volgograd + 0.941 for system) x 1.9102 = 11.7863.
SELECT v.column1, k.keyword, round(k.score, 4) FROM (VALUES ('Volgograd system'), ('system Volgograd'), ('Volgograd system')) v, keywords(v.column1) k;
-- => Volgograd system|Volgograd system|11.7863
-- => system Volgograd|system Volgograd|11.7863
-- => Volgograd system|Volgograd system|11.7863
-- 100 MB of text.
SELECT keyword, count FROM keywords(replace(hex(zeroblob(6250000)), '00', 'Sochi security. '));
-- => Sochi security|6250000
-- Markup left in plain text: the tag names of "<br>" and "<b>" are no
-- words (and a tag breaks a phrase: "Line one<br>Line two" gives no
-- phrase across it).
SELECT group_concat(keyword, ', ') FROM keywords('Line one<br>Line two about Sochi security.<br>More on Sochi security and the <b>Olympics</b>.');
-- => Sochi security, Olympics, Line
SELECT count(*) FROM keywords('<br></br><p>');
-- => 0
-- The INSPEC abstracts' "x/sub c/" and "D/sup N/" mark subscripts and
-- superscripts: "sub" and "sup" there are no words (a "sub committee"
-- keeps its "sub").
SELECT group_concat(keyword, ', ') FROM keywords('We discuss the critical point x/sub c/ of the unity matrix D/sup N/ and the sub committee.');
-- => sub committee, unity matrix, critical point
-- A "<" in a formula is no tag: "Mesh" after "Mx<" stays a word.
SELECT count(*) FROM keywords('Grids with Mx<Mesh cells and grids with Mx>Mesh nodes.') WHERE keyword LIKE 'Mesh%';
-- => 2
