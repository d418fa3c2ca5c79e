-- Stemming and stopwords: text_stem() and is_stopword() (docs/stem.md).

SELECT text_stem('Bombings'), text_stem('running'), text_stem('chevaux', 'french'), text_stem('Katzen', 'de');
-- => bomb|run|cheval|katz

SELECT text_stem(NULL), text_stem('x', NULL), text_stem(X'72756E6E696E67');
-- => NULL|NULL|run

-- The one-argument form keeps one English stemmer per connection: many
-- rows and a second statement give the same stems as the explicit form.
WITH w(x) AS (VALUES ('Bombings'), ('RUNNING'), ('cats'), (NULL), ('connections'))
SELECT group_concat(text_stem(x), ' '), group_concat(text_stem(x, 'english'), ' ') FROM w;
-- => bomb run cat connect|bomb run cat connect

SELECT text_stem('generously') || ' ' || text_stem('hopefully', 'en');
-- => generous hope

SELECT text_stem('x', 'klingon');
-- error: textkit: text_stem(): no stemmer for language 'klingon'; valid: arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish

SELECT text_stem();
-- error: wrong number of arguments to function text_stem()

SELECT is_stopword('The'), is_stopword('bomb'), is_stopword('und', 'german'), is_stopword('und'), is_stopword('и', 'ru'), is_stopword('don’t');
-- => 1|0|1|0|1|1

SELECT is_stopword(NULL), is_stopword('the', NULL);
-- => NULL|NULL

-- The short function-word lists: one word of each list, then a word of a
-- neighbour that the list must not hold (Danish 'af', Bokmål 'av').
SELECT is_stopword('OCH', 'sv'), is_stopword('af', 'danish'), is_stopword('av', 'nb'), is_stopword('av', 'no'), is_stopword('että', 'fi'), is_stopword('się', 'pl'), is_stopword('Že', 'cs'), is_stopword('și', 'ro'), is_stopword('şi', 'romanian'), is_stopword('için', 'tr'), is_stopword('és', 'hu');
-- => 1|1|1|1|1|1|1|1|1|1|1

SELECT is_stopword('av', 'da'), is_stopword('af', 'nb'), is_stopword('och', 'da'), is_stopword('och', 'nb'), is_stopword('og', 'sv'), is_stopword('hus', 'sv'), is_stopword('talo', 'fi'), is_stopword(X'FF', 'pl'), is_stopword('', 'cs');
-- => 0|0|0|0|0|0|0|0|0

SELECT group_concat(norm, ' ') FROM tokens('Katten och hunden är i huset', 'stopwords=sv');
-- => katten hunden huset

SELECT token_count('Pes a kočka jsou v domě', 'stopwords=czech'), token_count('Pies i kot są w domu', 'lang=pl stopwords=1');
-- => 3|3

SELECT text_stem('x', 'pl');
-- error: textkit: text_stem(): no stemmer for language 'pl'; valid: arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish

SELECT is_stopword('x', 'hindi');
-- error: textkit: is_stopword(): no stopword list for 'hindi'; valid: czech (cs), danish (da), dutch (nl), english (en), finnish (fi), french (fr), german (de), hungarian (hu), italian (it), norwegian (nb), polish (pl), portuguese (pt), romanian (ro), russian (ru), spanish (es), swedish (sv), turkish (tr)

SELECT is_stopword('a', 'b', 'c');
-- error: wrong number of arguments to function is_stopword()
