-- Stemming, stopwords and language identification: text_stem(), is_stopword() and text_language() (docs/stem.md).

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
-- error: textkit: is_stopword(): no stopword list for 'hindi'; valid: czech (cs), danish (da), dutch (nl), english (en), finnish (fi), french (fr), german (de), hungarian (hu), indonesian (id), italian (it), norwegian (nb), polish (pl), portuguese (pt), romanian (ro), russian (ru), spanish (es), swedish (sv), turkish (tr)

SELECT is_stopword('a', 'b', 'c');
-- error: wrong number of arguments to function is_stopword()

-- text_language(): one sentence in each supported language.
SELECT text_language('The committee said that it would publish the report before the end of the year.'), text_language('Le conseil a décidé que la réunion aura lieu dans la salle des fêtes avec les habitants.'), text_language('Die Stadt hat beschlossen, dass die neue Brücke im Sommer für den Verkehr geöffnet wird.'), text_language('El gobierno anunció que las obras del puente se terminarán antes de que acabe el año.');
-- => en|fr|de|es

SELECT text_language('Il comune ha detto che i lavori della nuova strada sono stati finiti con un mese di ritardo.'), text_language('O governo disse que as obras da ponte não vão terminar antes do fim do ano, mas já começaram.'), text_language('De gemeente heeft gezegd dat het nieuwe zwembad in de zomer voor iedereen open is.');
-- => it|pt|nl

-- Swedish, Danish and Bokmål: the same sentence; Danish 'af', 'nogle' and
-- Bokmål 'av', 'noen', 'blir' tell the last two apart.
SELECT text_language('Kommunen har sagt att den nya bron ska öppnas i sommar och att det inte blir några förseningar.'), text_language('Kommunen har sagt, at den nye bro skal åbnes til sommer, og at der ikke kommer nogle forsinkelser af betydning.'), text_language('Kommunen har sagt at den nye brua skal åpnes i sommer, og at det ikke blir noen forsinkelser av betydning.');
-- => sv|da|nb

SELECT text_language('Kaupunki on päättänyt, että uusi silta avataan kesällä, mutta se ei ole vielä valmis.'), text_language('Miasto zdecydowało, że nowy most zostanie otwarty w lecie, ale jeszcze nie jest gotowy.'), text_language('Město rozhodlo, že nový most bude otevřen v létě, ale ještě není hotový a práce se protáhnou.');
-- => fi|pl|cs

SELECT text_language('Primăria a anunțat că noul pod va fi deschis în vară, dar lucrările nu sunt încă gata.'), text_language('Belediye yeni köprünün yazın açılacağını söyledi, ama çalışmalar henüz bitmedi ve bu yüzden biraz daha beklemek gerekiyor.'), text_language('A város úgy döntött, hogy az új hidat nyáron adják át, de a munka még nem fejeződött be.');
-- => ro|tr|hu

-- Other scripts: by the letters' script; Cyrillic is uk when Ukrainian-only
-- letters (і ї є ґ) outnumber Russian-only ones (ы э ъ ё), else ru.
SELECT text_language('Город решил, что новый мост откроют летом, но работы ещё не закончены.'), text_language('Місто вирішило, що новий міст відкриють влітку, але роботи ще не завершені.'), text_language('Привет'), text_language('Привіт, світ');
-- => ru|uk|ru|uk

SELECT text_language('市政府表示，新桥将在夏天开放，但工程还没有完成。'), text_language('市は新しい橋を夏に開通させると発表しましたが、工事はまだ終わっていません。'), text_language('시는 새 다리를 여름에 개통한다고 발표했지만 공사는 아직 끝나지 않았다.');
-- => zh|ja|ko

SELECT text_language('قالت البلدية إن الجسر الجديد سيفتح في الصيف.'), text_language('העירייה אמרה שהגשר החדש ייפתח בקיץ.'), text_language('Ο δήμος είπε ότι η νέα γέφυρα θα ανοίξει το καλοκαίρι.'), text_language('नगर निगम ने कहा कि नया पुल गर्मियों में खुलेगा।'), text_language('เทศบาลกล่าวว่าสะพานใหม่จะเปิดในฤดูร้อน');
-- => ar|he|el|hi|th

-- A Chinese page with English commands and options: the Han letters count
-- three each and a script wins over up to twice its letters in Latin.
SELECT text_language('ls [选项]... [文件]... 列出目录内容 --all --almost-all --author --block-size=SIZE');
-- => zh

-- Letters glued to digits and joiners do not vote: a change log's commit
-- hashes ("de0da1adea") and addresses ("github.com/do/com") hold
-- Portuguese "de", "da", "do", "com"; the prose words around them still
-- vote ("de" alone is a word, a hyphenated "de-" no vote).
SELECT text_language('* [a0c73425da] - src: handle the flow control error code (Ana Souza) #832, see https://github.com/do/com/commit/de0da1adea' || char(10) || '* [cc3f294507] - tls: wrap the callback in try/catch (Matteo Rossi) #839, see https://github.com/do/com/commit/da3e0de0da' || char(10) || '* [91a66e671c] - build: test on Python 3.14 (Chris Daly) #59983, see https://github.com/do/com/commit/e0da0de1aa'), text_language('O governo disse que as obras da ponte de Lisboa vão terminar em 2026, com atraso.');
-- => en|pt

-- Too little evidence: one function word, none, names, one Han character,
-- digits only, empty; NULL gives NULL.
SELECT text_language('Hello'), text_language('the'), text_language('Paris, London'), text_language('中'), text_language('12 345 678,90'), text_language(''), text_language(NULL) IS NULL;
-- => und|und|und|und|und|und|1

-- One-letter words are options or initials, not votes (Czech 'a', 'v').
SELECT text_language('ls -a -v -s -z -k -o -i -u'), text_language('J. S. Bach and C. P. E. Bach');
-- => und|und

-- Ties give und: 'die' and 'in' are English... and German ('die', 'in').
SELECT text_language('Ich bin Berliner'), text_language('Ich bin ein Berliner'), text_language('in die');
-- => und|de|und

-- Mixed English and French: the language with more function words wins.
SELECT text_language('Le chat est sur la table. The dog is in the garden. Le chien est dans le jardin avec les enfants.'), text_language('The dog is in the garden and the cat is on the table. Le chat est sur la table.');
-- => fr|en

-- French elision and U+2019: l', d', qu' vote as l, d, qu.
SELECT text_language('l’homme qu’il connaît d’après l’enquête');
-- => fr

-- A BLOB is read as UTF-8; each invalid byte is U+FFFD, no letter.
SELECT text_language(CAST('Le chat est sur la table et le chien est dans le jardin.' AS BLOB)), text_language(X'4C6520636861742065737420FF20737572206C61207461626C65206574206C6520636869656E206573742064616E73206C65206A617264696E20C3'), text_language(X'4465722048756E642069737420E920696E2064656D2047617274656E20756E6420646965204B61747A6520697374206175662064656D205469736368'), text_language(X'FFFEFD');
-- => fr|fr|de|und

-- A long text: only its first 64 KB are read.
SELECT text_language(replace(hex(zeroblob(40000)), '00', 'x ') || ' la table et le chat est sur le lit'), text_language(replace(hex(zeroblob(20000)), '00', 'x ') || ' la table et le chat est sur le lit');
-- => und|fr

SELECT text_language();
-- error: wrong number of arguments to function text_language()

SELECT text_language('a', 'en');
-- error: wrong number of arguments to function text_language()

-- Indonesian (its function words: yang, dan, di, dengan, untuk, ...); an
-- Indonesian blog post came out Spanish before.
SELECT text_language('Sebelum Islam pecah jadi Sunni dan Syiah, umat Islam hidup bersama dalam satu kepemimpinan yang diakui oleh semua.'), is_stopword('yang', 'id'), is_stopword('Dengan', 'indonesian');
-- => id|1|1

-- Ordinary English words that other languages' lists hold ("one" Polish,
-- "sale" Romanian, "co" Czech) vote for no language: an English results
-- table was Polish before.
SELECT text_language('Results of rugby union matches on Saturday: National League one. Harlequins 75 Gloucester 19. Bath 40 Sale 12. National League two: Orrell 30 Wakefield 22. Division one table: Bath 5 4 0 1. Co-op Cup one: Leeds 3 Hull 2.') IN ('en', 'und');
-- => 1
SELECT text_language('Ordered one sale per customer, said the man who ran the shop over the road under the bridge.');
-- => en
