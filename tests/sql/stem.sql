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

SELECT is_stopword('x', 'hindi');
-- error: textkit: is_stopword(): no stopword list for 'hindi'; valid: dutch (nl), english (en), french (fr), german (de), italian (it), portuguese (pt), russian (ru), spanish (es)

SELECT is_stopword('a', 'b', 'c');
-- error: wrong number of arguments to function is_stopword()
