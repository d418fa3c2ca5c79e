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
SELECT replace(text_dehyphenate('the documenta-
tion of Jean-
Pierre'), '
', '|'), text_dehyphenate(NULL);
-- => the documentation|of Jean-Pierre|NULL
SELECT text_normalize('a', 'NFX');
-- error: textkit: text_normalize(): unknown normalization form 'NFX' (valid: NFC, NFD, NFKC, NFKD)
SELECT text_lower('a', 'xx');
-- error: textkit: text_lower(): unknown locale 'xx' (expected an ISO 639 language code such as 'en', 'tr', 'de_DE')
-- text_decode / text_encoding: a literal is TEXT in SQLite and bytea (its
-- UTF-8 bytes) in PostgreSQL; other bytes are written X'..' and '\x..'.
SELECT text_decode('café'), text_decode('café', 'auto'), text_encoding('café'), text_decode(''), text_encoding('');
-- => café|café|utf-8||utf-8
SELECT text_decode(NULL), text_decode('a', NULL), text_encoding(NULL);
-- => NULL|NULL|NULL
SELECT text_decode('a', 'klingon');
-- error: textkit: text_decode(): unknown charset 'klingon' (valid: auto, or a charset ICU knows such as utf-8, utf-16le, windows-1252, latin1, shift_jis)
SELECT text_decode(X'636166E9'), text_decode(X'FFFE630061006600E900'), text_decode(X'FEFF00630061006600E9'), text_decode(X'FFFE0000E9000000'), text_decode(X'808D'), text_decode(X'C3A9E9');
-- sqlite => café|café|café|é|€�|é�
SELECT text_decode('\x636166e9'), text_decode('\xfffe630061006600e900'), text_decode('\xfeff00630061006600e9'), text_decode('\xfffe0000e9000000'), text_decode('\x808d'), text_decode('\xc3a9e9');
-- postgres => café|café|café|é|€�|é�
SELECT text_encoding(X'EFBBBF41'), text_encoding(X'FFFE4100'), text_encoding(X'0000FEFF00000041'), text_encoding(X'636166E9'), text_encoding(X'C3A9E9');
-- sqlite => utf-8-bom|utf-16le|utf-32be|windows-1252|utf-8-repaired
SELECT text_encoding('\xefbbbf41'), text_encoding('\xfffe4100'), text_encoding('\x0000feff00000041'), text_encoding('\x636166e9'), text_encoding('\xc3a9e9');
-- postgres => utf-8-bom|utf-16le|utf-32be|windows-1252|utf-8-repaired
-- auto: a legacy charset told by ICU's detector (KOI8-R, Shift_JIS).
SELECT text_encoding(X'E7CFD2CFC4D3CBC9C520D7CCC1D3D4C920D3CFCFC2DDC9CCC92C20DED4CF20CDCFD3D420CFD4CBD2CFC5D4D3D120CFD3C5CED8C02E'), text_decode(X'E7CFD2CFC4D3CBC9C520D7CCC1D3D4C920D3CFCFC2DDC9CCC92C20DED4CF20CDCFD3D420CFD4CBD2CFC5D4D3D120CFD3C5CED8C02E'), text_encoding(X'905682B582A28BB482CC8A4A92CA82CD8F4882C982B882EA8D9E82DE8142'), text_decode(X'905682B582A28BB482CC8A4A92CA82CD8F4882C982B882EA8D9E82DE8142');
-- sqlite => koi8-r|Городские власти сообщили, что мост откроется осенью.|shift_jis|新しい橋の開通は秋にずれ込む。
SELECT text_encoding('\xe7cfd2cfc4d3cbc9c520d7ccc1d3d4c920d3cfcfc2ddc9ccc92c20ded4cf20cdcfd3d420cfd4cbd2cfc5d4d3d120cfd3c5ced8c02e'), text_decode('\xe7cfd2cfc4d3cbc9c520d7ccc1d3d4c920d3cfcfc2ddc9ccc92c20ded4cf20cdcfd3d420cfd4cbd2cfc5d4d3d120cfd3c5ced8c02e'), text_encoding('\x905682b582a28bb482cc8a4a92ca82cd8f4882c982b882ea8d9e82de8142'), text_decode('\x905682b582a28bb482cc8a4a92ca82cd8f4882c982b882ea8d9e82de8142');
-- postgres => koi8-r|Городские власти сообщили, что мост откроется осенью.|shift_jis|新しい橋の開通は秋にずれ込む。
SELECT text_decode(X'E9', 'latin1'), text_decode(X'93FA967B', 'shift_jis'), text_decode(X'CFF0E8E2E5F2', 'windows-1251'), text_decode(X'FFFE410042'), text_decode(X'', 'shift_jis');
-- sqlite => é|日本|Привет|A�|
SELECT text_decode('\xe9', 'latin1'), text_decode('\x93fa967b', 'shift_jis'), text_decode('\xcff0e8e2e5f2', 'windows-1251'), text_decode('\xfffe410042'), text_decode('', 'shift_jis');
-- postgres => é|日本|Привет|A�|
-- A NUL character: SQLite's TEXT keeps it, PostgreSQL's text cannot (U+FFFD).
SELECT length(CAST(text_decode(X'FEFF00000041') AS BLOB)), text_decode(X'FEFF00000041') = char(0) || 'A';
-- sqlite => 2|1
SELECT text_decode('\xfeff00000041');
-- postgres => �A
-- text_fix_mojibake: UTF-8 read as Windows-1252 and written back, repaired
-- (once or more); real text with capitals before quotes kept.
SELECT text_fix_mojibake('cafÃ©'), text_fix_mojibake('itâ€™s'), text_fix_mojibake('GrÃ¶ÃŸe'), text_fix_mojibake('æ—¥æœ¬'), text_fix_mojibake('ðŸ˜€!');
-- => café|it’s|Größe|日本|😀!
SELECT text_fix_mojibake('cafÃƒÂ©'), text_fix_mojibake('«ÉTÉ» „MÜ“ NÃO!'), text_fix_mojibake('Ð”'), text_fix_mojibake('Ð” cafÃ©'), text_fix_mojibake('');
-- => café|«ÉTÉ» „MÜ“ NÃO!|Ð”|Д café|
SELECT text_fix_mojibake(NULL);
-- => NULL

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
SELECT CASE WHEN is_stopword('och', 'sv') THEN 1 ELSE 0 END, CASE WHEN is_stopword('av', 'da') THEN 1 ELSE 0 END, CASE WHEN is_stopword('się', 'pl') THEN 1 ELSE 0 END;
-- => 1|0|1
SELECT text_language('The committee said that it would publish the report before the end of the year.'), text_language('Le conseil a décidé que la réunion aura lieu dans la salle des fêtes avec les habitants.'), text_language('Kommunen har sagt, at den nye bro skal åbnes til sommer, og at der ikke kommer nogle forsinkelser af betydning.'), text_language('Kaupunki on päättänyt, että uusi silta avataan kesällä, mutta se ei ole vielä valmis.');
-- => en|fr|da|fi
SELECT text_language('Місто вирішило, що новий міст відкриють влітку.'), text_language('市政府表示，新桥将在夏天开放，但工程还没有完成。'), text_language('Hello'), text_language(''), text_language('12 345'), text_language(NULL);
-- => uk|zh|und|und|und|NULL
SELECT is_stopword('x', 'hindi');
-- error: textkit: is_stopword(): no stopword list for 'hindi'; valid: czech (cs), danish (da), dutch (nl), english (en), finnish (fi), french (fr), german (de), hungarian (hu), indonesian (id), italian (it), norwegian (nb), polish (pl), portuguese (pt), romanian (ro), russian (ru), spanish (es), swedish (sv), turkish (tr)

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
SELECT count(*) FROM sentences('Minutes
The board met in the old hall of the Bank of England on Monday to
hear the report of the treasurer, who said that the accounts of the
year were sound. The members thanked him and asked the secretary to
write to the mayor of the city about the repairs that the roof and
the windows of the hall would need before the winter came, and to
send a copy of the letter to every member before the next meeting.');
-- => 3
SELECT * FROM sentences('x', 'foo=1');
-- error: textkit: sentences(): unknown option 'foo' (valid: lang, newline)

-- entities
SELECT type, entity, norm, start, length, position, score, source FROM entities('Apple paid $1.2 billion on Feb. 7, 2014.', 'model=0');
-- => MONEY|$1.2 billion|1200000000 USD|12|12|0|1.0|pattern
-- => DATE|Feb. 7, 2014|2014-02-07|28|12|1|1.0|pattern
SELECT entity, norm FROM entities('In the 7th and 6th centuries BC and the 20th century.', 'model=0 types=DATE');
-- => 7th and 6th centuries BC|-06/-05
-- => 20th century|19
SELECT count(*) FROM entities(NULL);
-- => 0
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - The U.S. said'), document_date('NEW YORK (AP) -- Tuesday, March 3, 2015 - Stocks fell.'), document_date('no date here'), document_date(NULL);
-- => --12-30|2015-03-03|NULL|NULL
SELECT * FROM entities('x', 'bogus=1');
-- error: textkit: entities(): unknown option 'bogus'; valid keys: types, patterns, model, dictionary, ref, vote
SELECT * FROM entities('x', 'dictionary=drugs');
-- sqlite error: textkit: entities(): cannot read dictionary table 'drugs': no such table: drugs
-- postgres error: textkit: entities(): cannot read dictionary table 'drugs': relation "drugs" does not exist

-- The golden cases of tests/sql/<family>.sql that are portable SQL,
-- run on both faces (boolean results print 1/0 in SQLite, t/f in psql).

-- normalize (tests/sql/normalize.sql)
SELECT text_normalize('ﬁ', 'nfkc'), text_normalize('①', 'NFKD'), text_normalize('ﬁ', 'NFC');
-- => fi|1|ﬁ
SELECT text_casefold('Straße'), text_casefold('ẞ'), text_casefold('ΣΟΦΙΑ');
-- => strasse|ss|σοφια
SELECT text_unaccent('Crème brûlée'), text_unaccent('Łódź'), text_unaccent('São Paulo');
-- => Creme brulee|Lodz|Sao Paulo
SELECT text_lower('TITLE', 'tr'), text_lower('TITLE'), text_upper('istanbul', 'tr'), text_upper('istanbul', 'en_US');
-- => tıtle|title|İSTANBUL|ISTANBUL
SELECT text_upper('straße'), text_lower('ÀÉÎ', '');
-- => STRASSE|àéî
SELECT text_normalize(NULL) IS NULL, text_normalize('a', NULL) IS NULL, text_casefold(NULL) IS NULL, text_unaccent(NULL) IS NULL, text_clean(NULL) IS NULL, text_lower(NULL) IS NULL, text_upper('a', NULL) IS NULL;
-- sqlite => 1|1|1|1|1|1|1
-- postgres => t|t|t|t|t|t|t

-- tokenize (tests/sql/tokenize.sql)
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
SELECT ngram FROM ngrams('The quick brown foxes', 2, 'stem=english');
-- => the quick
-- => quick brown
-- => brown fox
SELECT count(*) FROM ngrams(NULL, 2);
-- => 0
SELECT * FROM ngrams('a b', 0);
-- error: textkit: ngrams(): n must be an integer from 1 to 16, got '0'
SELECT token_count('Hello, world! 42'), token_count('Hello, world! 42', 'punct=1'), token_count(NULL), token_count('');
-- => 3|5|NULL|0
SELECT token_count('the cat and the hat', 'stopwords=en');
-- => 2
SELECT token_count('x', 'bogus=1');
-- error: textkit: token_count(): unknown option 'bogus'; valid keys: lang, fold, unaccent, stem, stopwords, punct, mode

-- stem (tests/sql/stem.sql)
SELECT text_stem('Bombings'), text_stem('running'), text_stem('chevaux', 'french'), text_stem('Katzen', 'de');
-- => bomb|run|cheval|katz
SELECT text_stem('generously') || ' ' || text_stem('hopefully', 'en');
-- => generous hope
SELECT is_stopword('The'), is_stopword('bomb'), is_stopword('und', 'german'), is_stopword('und'), is_stopword('и', 'ru'), is_stopword('don’t');
-- sqlite => 1|0|1|0|1|1
-- postgres => t|f|t|f|t|t
SELECT is_stopword(NULL), is_stopword('the', NULL);
-- => NULL|NULL

-- sentences (tests/sql/sentences.sql)
SELECT '[' || sentence || ']', start, length FROM sentences('   One.    Two!  ');
-- => [One.]|4|4
-- => [Two!]|12|4
SELECT '[' || sentence || ']', start, length FROM sentences('Hello. • ');
-- => [Hello.]|1|6
-- => [•]|8|1
SELECT sentence FROM sentences('I work for the U.S. Government in Virginia. She has $100.00. It is in her bag.');
-- => I work for the U.S. Government in Virginia.
-- => She has $100.00.
-- => It is in her bag.
SELECT sentence FROM sentences('My name is Jonas E. Smith. Her email is Jane.Doe@example.com. See https://www.example.50.com/new-site/awesome_content.html. Thanks.');
-- => My name is Jonas E. Smith.
-- => Her email is Jane.Doe@example.com.
-- => See https://www.example.50.com/new-site/awesome_content.html.
-- => Thanks.
SELECT sentence FROM sentences('She turned to him, "This is great." She held the book out.');
-- => She turned to him, "This is great."
-- => She held the book out.
SELECT sentence FROM sentences('1.) The first item 2.) The second item');
-- => 1.) The first item
-- => 2.) The second item
SELECT sentence FROM sentences('I never meant that.... She left the store.');
-- => I never meant that....
-- => She left the store.
SELECT sentence, start, length FROM sentences('東京は大きい。大阪も！');
-- => 東京は大きい。|1|7
-- => 大阪も！|8|4

-- entities (tests/sql/entities.sql)
SELECT type, entity, norm, start, length, position, score, source FROM entities('Revenue rose 12.5% to $1.2 billion on Feb. 7, 2014.', 'model=0');
-- => PERCENT|12.5%|12.5|14|5|0|1.0|pattern
-- => MONEY|$1.2 billion|1200000000 USD|23|12|1|1.0|pattern
-- => DATE|Feb. 7, 2014|2014-02-07|39|12|2|1.0|pattern
SELECT type, entity, norm FROM entities('On 7 February 2014 at 17:30 GMT the fund paid EUR 500, up 3 per cent, for 160 kilometres of road and 1,000 signs, its third deal.', 'model=0');
-- => DATE|7 February 2014|2014-02-07
-- => TIME|17:30 GMT|17:30
-- => MONEY|EUR 500|500 EUR
-- => PERCENT|3 per cent|3
-- => QUANTITY|160 kilometres|160 km
-- => CARDINAL|1,000|1000
-- => ORDINAL|third|3
SELECT type, entity, norm FROM entities('Mail John.Doe@Example.COM, see https://x.org/a?b=1, call +1 (202) 555-0173, #vote @reuters from 192.168.0.1', 'model=0');
-- => EMAIL|John.Doe@Example.COM|john.doe@example.com
-- => URL|https://x.org/a?b=1|https://x.org/a?b=1
-- => PHONE|+1 (202) 555-0173|+12025550173
-- => HASHTAG|#vote|#vote
-- => MENTION|@reuters|@reuters
-- => IP|192.168.0.1|192.168.0.1
SELECT count(*) FROM entities('2147483648 and 99999999999.1.1.1 and 1.1.1.4294967296', 'model=0') WHERE type = 'IP';
-- => 0
SELECT norm FROM entities('£20m, ¥500, ₹900, Rs. 900, US$5, C$ 10, A$3bn, 500 yen, 2 million euros, 50 cents, 900 INR', 'model=0');
-- => 20000000 GBP
-- => 500 JPY
-- => 900 INR
-- => 900 INR
-- => 5 USD
-- => 10 CAD
-- => 3000000000 AUD
-- => 500 JPY
-- => 2000000 EUR
-- => 0.5 USD
-- => 900 INR
SELECT entity, norm FROM entities('DEM 5 million, 5 million DEM, FRF 200, 12 NLG, ITL 3 billion, XEU 40, 7 SUR, YUM 9, VEB 10, 3 CHF', 'model=0');
-- => DEM 5 million|5000000 DEM
-- => 5 million DEM|5000000 DEM
-- => FRF 200|200 FRF
-- => 12 NLG|12 NLG
-- => ITL 3 billion|3000000000 ITL
-- => XEU 40|40 XEU
-- => 7 SUR|7 SUR
-- => YUM 9|9 YUM
-- => VEB 10|10 VEB
-- => 3 CHF|3 CHF
SELECT entity, norm FROM entities('DM 5 million, 5 million DM, FFr 30, FF 2 billion, SFr 3.5 million, ECU 5 million; PROFIT DM 5 MILLION VS 4 MLN DM', 'model=0');
-- => DM 5 million|5000000 DEM
-- => 5 million DM|5000000 DEM
-- => FFr 30|30 FRF
-- => FF 2 billion|2000000000 FRF
-- => SFr 3.5 million|3500000 CHF
-- => ECU 5 million|5000000 XEU
-- => DM 5 MILLION|5000000 DEM
-- => 4 MLN DM|4000000 DEM
SELECT entity, norm FROM entities('5 million marks, 5 D-marks, 5 Deutsche marks, 2 Finnish marks, 6 markkaa, 300 francs, 300 French francs, 300 Swiss francs, 20 Belgian francs, 8 Luxembourg francs, 5 guilders, 3 billion lire, 200 Turkish lira, 10 pesetas, 9 escudos, 12 drachmas, 7 schillings, 4 punts, 109.36 Ecus', 'model=0');
-- => 5 million marks|5000000 DEM
-- => 5 D-marks|5 DEM
-- => 5 Deutsche marks|5 DEM
-- => 2 Finnish marks|2 FIM
-- => 6 markkaa|6 FIM
-- => 300 francs|300 FRF
-- => 300 French francs|300 FRF
-- => 300 Swiss francs|300 CHF
-- => 20 Belgian francs|20 BEF
-- => 8 Luxembourg francs|8 LUF
-- => 5 guilders|5 NLG
-- => 3 billion lire|3000000000 ITL
-- => 200 Turkish lira|200 TRY
-- => 10 pesetas|10 ESP
-- => 9 escudos|9 PTE
-- => 12 drachmas|12 GRD
-- => 7 schillings|7 ATS
-- => 4 punts|4 IEP
-- => 109.36 Ecus|109.36 XEU
SELECT entity, norm FROM entities('5 crowns, 5 Swedish crowns, 5 Danish crowns, 5 Norwegian kroner, 5 Czech crowns, 5 kronor, 5 kroner, 5 kronur', 'model=0');
-- => 5 crowns|5 SEK
-- => 5 Swedish crowns|5 SEK
-- => 5 Danish crowns|5 DKK
-- => 5 Norwegian kroner|5 NOK
-- => 5 Czech crowns|5 CZK
-- => 5 kronor|5 SEK
-- => 5 kroner|5 NOK
-- => 5 kronur|5 ISK
SELECT type, entity, norm FROM entities('10,925 pounds, 5 Irish pounds, 5 Egyptian pounds, 20 pence, down 14p to 179.5p, 5 million sterling; 5 pounds of sugar, he weighed 112 pounds, 18 kg (39.7 pounds)', 'model=0');
-- => MONEY|10,925 pounds|10925 GBP
-- => MONEY|5 Irish pounds|5 IEP
-- => MONEY|5 Egyptian pounds|5 EGP
-- => MONEY|20 pence|0.2 GBP
-- => MONEY|14p|0.14 GBP
-- => MONEY|179.5p|1.795 GBP
-- => MONEY|5 million sterling|5000000 GBP
-- => QUANTITY|5 pounds|5 lb
-- => QUANTITY|112 pounds|112 lb
-- => QUANTITY|18 kg|18 kg
-- => QUANTITY|39.7 pounds|39.7 lb
SELECT entity, norm FROM entities('51 cents a share, $1.20 a share, 5 Canadian cents, 5 euro cents, 3 Hong Kong dollars, 4 New Zealand dollars, 6 Singapore dollars, 7 Taiwan dollars, 8 Australian dollars, 9 dollars', 'model=0');
-- => 51 cents|0.51 USD
-- => $1.20|1.2 USD
-- => 5 Canadian cents|0.05 CAD
-- => 5 euro cents|0.05 EUR
-- => 3 Hong Kong dollars|3 HKD
-- => 4 New Zealand dollars|4 NZD
-- => 6 Singapore dollars|6 SGD
-- => 7 Taiwan dollars|7 TWD
-- => 8 Australian dollars|8 AUD
-- => 9 dollars|9 USD
SELECT entity, norm FROM entities('5 yuan, 5 renminbi, 5 rupees, 5 Pakistani rupees, 5 rand, 5 roubles, 5 rubles, 5 zlotys, 5 forints, 5 pesos, 5 Argentine pesos, 5 Chilean pesos, 5 Philippine pesos, 5 shekels, 5 million won, 5 baht, 5 ringgit, 5 rupiah, 5 dinars, 5 Iraqi dinars, 5 riyals, 5 dirhams, 5 trillion lei', 'model=0');
-- => 5 yuan|5 CNY
-- => 5 renminbi|5 CNY
-- => 5 rupees|5 INR
-- => 5 Pakistani rupees|5 PKR
-- => 5 rand|5 ZAR
-- => 5 roubles|5 RUB
-- => 5 rubles|5 RUB
-- => 5 zlotys|5 PLN
-- => 5 forints|5 HUF
-- => 5 pesos|5 MXN
-- => 5 Argentine pesos|5 ARS
-- => 5 Chilean pesos|5 CLP
-- => 5 Philippine pesos|5 PHP
-- => 5 shekels|5 ILS
-- => 5 million won|5000000 KRW
-- => 5 baht|5 THB
-- => 5 ringgit|5 MYR
-- => 5 rupiah|5 IDR
-- => 5 dinars|5 KWD
-- => 5 Iraqi dinars|5 IQD
-- => 5 riyals|5 SAR
-- => 5 dirhams|5 AED
-- => 5 trillion lei|5000000000000 RON
-- with a ref date, the code of the unit then in use (docs/entities.md)
SELECT entity, norm FROM entities('It sold 5 billion lei, 3 million roubles and 2 bolivars.', 'model=0 ref=1996-08-22 types=MONEY');
-- => 5 billion lei|5000000000 ROL
-- => 3 million roubles|3000000 RUR
-- => 2 bolivars|2 VEB
SELECT entity, norm FROM entities('3.9 bln Ffr, Sfr 5, 17.4 million kuna, 12.71 taka, 79.75 Japanese yen, 50 million Guinean francs, 5 Kenya shillings, 5 South Korean won, 5 Dutch guilders, 200 million karbovanets', 'model=0');
-- => 3.9 bln Ffr|3900000000 FRF
-- => Sfr 5|5 CHF
-- => 17.4 million kuna|17400000 HRK
-- => 12.71 taka|12.71 BDT
-- => 79.75 Japanese yen|79.75 JPY
-- => 50 million Guinean francs|50000000 GNF
-- => 5 Kenya shillings|5 KES
-- => 5 South Korean won|5 KRW
-- => 5 Dutch guilders|5 NLG
-- => 200 million karbovanets|200000000 UAK
SELECT entity, norm FROM entities('HK$5, A$5, C$5, NZ$5, S$5, US$5, R$5, £5, €5, ¥5, ₹5, ₽5, ₩5', 'model=0');
-- => HK$5|5 HKD
-- => A$5|5 AUD
-- => C$5|5 CAD
-- => NZ$5|5 NZD
-- => S$5|5 SGD
-- => US$5|5 USD
-- => R$5|5 BRL
-- => £5|5 GBP
-- => €5|5 EUR
-- => ¥5|5 JPY
-- => ₹5|5 INR
-- => ₽5|5 RUB
-- => ₩5|5 KRW
SELECT type, entity, norm FROM entities('three question marks; he won 5 races; 34 won 12 lost; dm 5 and try 5; 5 to 6 million marks; six Euro 2000 qualifiers', 'model=0');
-- => CARDINAL|three|3
-- => CARDINAL|5|5
-- => CARDINAL|34|34
-- => CARDINAL|12|12
-- => CARDINAL|5|5
-- => CARDINAL|5|5
-- => CARDINAL|5|5
-- => MONEY|6 million marks|6000000 DEM
-- => CARDINAL|six|6
-- => CARDINAL|2000|2000
SELECT count(*) FROM entities('', 'model=0');
-- => 0
SELECT norm FROM entities('160 km/h, -5°C, 5 degrees Celsius, 98 °F, 640 square kilometres, 2.5 tonnes, 3 litres, 12 knots, 5.5-inch', 'model=0');
-- => 160 km/h
-- => -5 °C
-- => 5 °C
-- => 98 °F
-- => 640 km2
-- => 2.5 t
-- => 3 l
-- => 12 kn
-- => 5.5 in
SELECT norm FROM entities('February 7, 7th of March, in May, Tuesday, 2014-02-07, 02/07/2014, 31/12/2026, 30.06.2024', 'model=0');
-- => --02-07
-- => --03-07
-- => --05
-- => Tuesday
-- => 2014-02-07
-- => 2014-02-07
-- => 2026-12-31
-- => 2024-06-30
SELECT norm FROM entities('February 7, in May, on Tuesday', 'model=0 ref=2014-03-06');
-- => 2014-02-07
-- => 2014-05
-- => 2014-03-04
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - The U.S. said'), document_date('BONN, Aug 22 (Reuters) - Germany said');
-- => --12-30|--08-22
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - A report dated January 2, 1997 said');
-- => 1996-12-30
SELECT document_date('NEW YORK (AP) -- Tuesday, March 3, 2015 - Stocks fell.');
-- => 2015-03-03
SELECT document_date('The board met on 3 March 2015 in Paris.'), document_date('Minutes of the meeting of March 3rd, 2015.');
-- => 2015-03-03|2015-03-03
SELECT document_date('Prices rose in March and on Friday.'), document_date('met on may 3, 2015'), document_date('LONDON 1996-13-30'), document_date('Feb 30, 2015');
-- => NULL|NULL|NULL|NULL

-- strsim (tests/sql/strsim.sql)
SELECT levenshtein('kitten', 'sitting'), levenshtein('', 'abc'), levenshtein('abc', '');
-- => 3|3|3
SELECT levenshtein('café', 'cafe'), levenshtein('😀😃', '😃😀'), levenshtein('日本語', '日本');
-- => 1|2|1
SELECT damerau_levenshtein('ca', 'abc'), osa_distance('ca', 'abc'), levenshtein('ca', 'abc');
-- => 2|3|3
SELECT damerau_levenshtein('abcdef', 'badcfe'), osa_distance('abcdef', 'badcfe'), damerau_levenshtein('', ''), osa_distance('ab', '');
-- => 3|3|0|2
SELECT hamming('karolin', 'kathrin'), hamming('', ''), hamming('ñandú', 'nandu');
-- => 3|0|2
SELECT jaro_similarity('', ''), jaro_similarity('a', ''), jaro_similarity('abc', 'xyz'), jaro_winkler_similarity('same', 'same');
-- => 0.0|0.0|0.0|1.0
SELECT trigram_similarity('word', 'two words'), trigram_word_similarity('word', 'two words');
-- => 0.363636363636364|0.8
SELECT trigram_similarity('', 'abc'), trigram_similarity('!!', '??'), trigram_similarity('Straße', 'STRASSE') < 1, trigram_similarity('ÉCOLE', 'école');
-- sqlite => 0.0|0.0|1|1.0
-- postgres => 0|0|t|1
SELECT text_soundex('Robert'), text_soundex('Rupert'), text_soundex('Tymczak'), text_soundex('Pfister'), text_soundex('Müller'), text_soundex('Ashcraft');
-- => R163|R163|T522|P236|M460|A261
SELECT text_soundex('Москва'), text_soundex(''), text_soundex('123');
-- => ||
SELECT metaphone('Thompson'), metaphone('knight'), metaphone('Schmidt'), metaphone('Zoë'), metaphone('東京');
-- => 0MPSN|NT|SXMTT|S|
SELECT levenshtein(NULL, 'a') IS NULL, levenshtein('a', NULL) IS NULL, levenshtein('a', 'b', NULL) IS NULL, hamming(NULL, 'ab') IS NULL;
-- sqlite => 1|1|1|1
-- postgres => t|t|t|t
SELECT jaro_winkler_similarity('a', 'b', NULL) IS NULL, trigram_similarity(NULL, NULL) IS NULL, text_soundex(NULL) IS NULL, metaphone(NULL) IS NULL;
-- sqlite => 1|1|1|1
-- postgres => t|t|t|t
SELECT hamming('abc', 'ab');
-- error: textkit: hamming(): the strings differ in length (3 and 2 characters)
SELECT levenshtein('a', 'b', -1);
-- error: textkit: levenshtein(): max must be a non-negative integer
SELECT textkit_limit('strsim_cells', 1000); SELECT textkit_limit('strsim_cells');
-- => 500000000
-- => 1000
SELECT textkit_limit('strsim_cells', -1); SELECT textkit_limit('strsim_cells');
-- => 500000000
-- => 500000000
SELECT textkit_limit('strsim_cells', 4); SELECT osa_distance('abc', 'wxyz');
-- => 500000000
-- => 4
SELECT textkit_limit(NULL), textkit_limit(NULL, 5);
-- => NULL|NULL
SELECT textkit_limit('', 1);
-- error: textkit: textkit_limit(): unknown limit '' (known: strsim_cells)

-- regex (tests/sql/regex.sql)
SELECT regexp('^H', 'Hello'), regexp('^h', 'Hello');
-- sqlite => 1|0
-- postgres => t|f
SELECT regexp_like('Hello', '^h'), regexp_like('Hello', '^h', 'i');
-- sqlite => 0|1
-- postgres => f|t
SELECT regexp_like('Straße', '^\w+$'), regexp_like('ÉCOLE', 'école', 'i'), regexp_like('東京', '^\p{Han}+$');
-- sqlite => 1|1|1
-- postgres => t|t|t
SELECT regexp_like('٣', '^\d$'), regexp_like('x', '^[[:alpha:]]$');
-- sqlite => 1|1
-- postgres => t|t
SELECT regexp_like('abc', 'a b c # letters', 'x'), regexp_like('abc', 'b', 'gimsx');
-- sqlite => 1|1
-- postgres => t|t
SELECT regexp_like('', ''), regexp_like('', 'a'), regexp_like('abc', '');
-- sqlite => 1|0|1
-- postgres => t|f|t
SELECT regexp_like(NULL, 'a'), regexp_like('a', NULL), regexp_like('a', 'a', NULL);
-- => NULL|NULL|NULL
SELECT regexp_like('a', '(');
-- error: textkit: regexp_like(): invalid pattern at offset 1: missing closing parenthesis
SELECT regexp_like('a', 'a{2,1}');
-- error: textkit: regexp_like(): invalid pattern at offset 5: numbers out of order in {} quantifier
SELECT regexp_like('a', '[z-a]');
-- error: textkit: regexp_like(): invalid pattern at offset 3: range out of order in character class
SELECT regexp_like('a', '(?<n>a)(?<n>b)');
-- error: textkit: regexp_like(): invalid pattern at offset 12: two named subpatterns have the same name (PCRE2_DUPNAMES not set)
SELECT regexp_like('a', '\C');
-- error: textkit: regexp_like(): invalid pattern at offset 2: using \C is disabled by the application
SELECT regexp_like('a', 'a', 'q');
-- error: textkit: regexp_like(): unknown flag 'q' (valid flags: i m s x g)
SELECT regexp_like('a', 'a', 'iü');
-- error: textkit: regexp_like(): unknown flag 'ü' (valid flags: i m s x g)
SELECT regexp_count('a1b22c333', '\d+'), regexp_count('a1b22c333', '\d'), regexp_count('abc', 'x');
-- => 3|6|0
SELECT regexp_count('abc', ''), regexp_count('', ''), regexp_count('abc', 'x*');
-- => 4|1|4
SELECT regexp_count('The the THE', 'the', 'i'), regexp_count('aaaa', 'aa');
-- => 3|2
SELECT regexp_count(NULL, 'a'), regexp_count('a', NULL);
-- => NULL|NULL
SELECT regexp_count('a', 'a', 'z');
-- error: textkit: regexp_count(): unknown flag 'z' (valid flags: i m s x g)
SELECT regexp_count('a', '*');
-- error: textkit: regexp_count(): invalid pattern at offset 0: quantifier does not follow a repeatable item
SELECT regexp_instr('abc123', '\d'), regexp_instr('héllo wörld', 'w'), regexp_instr('abc', 'x');
-- => 4|7|0
SELECT regexp_instr('😀😀x', 'x'), regexp_instr('abc', ''), regexp_instr('ABC', 'c', 'i');
-- => 3|1|3
SELECT regexp_instr(NULL, 'a'), regexp_instr('a', NULL), regexp_instr('a', 'a', NULL);
-- => NULL|NULL|NULL
SELECT regexp_instr('a', '(?<');
-- error: textkit: regexp_instr(): invalid pattern at offset 3: subpattern name expected
SELECT regexp_substr('Order 66 of 2024', '\d+'), regexp_substr('2024-05-17', '(\d+)-(\d+)', 2);
-- => 66|05
SELECT regexp_substr('2024-05-17', '(\d+)-(\d+)', 0), regexp_substr('Müller', 'ü.+');
-- => 2024-05|üller
SELECT regexp_substr('abc', 'x') IS NULL, regexp_substr('abc', '(x)|b', 1) IS NULL;
-- sqlite => 1|1
-- postgres => t|t
SELECT regexp_substr('ABC', 'b', 0, 'i'), regexp_substr('ab', 'b', '0');
-- => B|b
SELECT regexp_substr(NULL, 'a'), regexp_substr('a', NULL), regexp_substr('a', 'a', NULL), regexp_substr('a', 'a', 0, NULL);
-- => NULL|NULL|NULL|NULL
SELECT regexp_substr('abc', '(b)', 2);
-- error: textkit: regexp_substr(): group 2 out of range (the pattern has 1)
SELECT regexp_substr('abc', 'b', -1);
-- error: textkit: regexp_substr(): group -1 out of range (the pattern has 0)
SELECT regexp_substr('abc', 'b', 0, 'gq');
-- error: textkit: regexp_substr(): unknown flag 'q' (valid flags: i m s x g)
SELECT regexp_replace('a-b-c', '-', '+'), regexp_replace('a-b-c', '-', '+', 'g');
-- => a+b-c|a+b+c
SELECT regexp_replace('John Smith', '(\w+) (\w+)', '$2, $1');
-- => Smith, John
SELECT regexp_replace('John Smith', '(?<first>\w+) (?<last>\w+)', '${last}, ${first}');
-- => Smith, John
SELECT regexp_replace('price 5', '(\d+)', '$$${1}.00'), regexp_replace('abc', 'b', '[$0]');
-- => price $5.00|a[b]c
SELECT regexp_replace('2024-05-17', '(\d+)-(\d+)-(\d+)', '$3/$2/$1');
-- => 17/05/2024
SELECT regexp_replace('abcdefghijk', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '$10-${1}0');
-- => j-a0
SELECT regexp_replace('b', '(a)?b', '[$1]');
-- => []
SELECT regexp_replace('Hello World', 'o', '0', 'gi'), regexp_replace('HELLO', 'l', '_', 'ig');
-- => Hell0 W0rld|HE__O
SELECT regexp_replace('abc', '', '-', 'g'), regexp_replace('abc', 'x*', '-', 'g'), regexp_replace('ab', 'a|', '-', 'g');
-- => -a-b-c-|-a-b-c-|--b-
SELECT regexp_replace('straße', 'ß', 'ss'), regexp_replace('日本語', '本', 'X');
-- => strasse|日X語
SELECT regexp_replace('no match', 'x', 'y'), regexp_replace('', 'x', 'y'), regexp_replace('abc', 'abc', '');
-- => no match||
SELECT regexp_replace(NULL, 'a', 'b'), regexp_replace('a', NULL, 'b'), regexp_replace('a', 'a', NULL), regexp_replace('a', 'a', 'b', NULL);
-- => NULL|NULL|NULL|NULL
SELECT regexp_replace('abc', 'b', '$2');
-- error: textkit: regexp_replace(): group 2 in the replacement does not exist (the pattern has 0)
SELECT regexp_replace('abc', 'b', '${nope}');
-- error: textkit: regexp_replace(): unknown group name 'nope' in replacement
SELECT regexp_replace('abc', 'b', 'x$');
-- error: textkit: regexp_replace(): invalid '$' at offset 1 of the replacement (use $1, ${1}, ${name} or $$)
SELECT regexp_replace('abc', 'b', '${1');
-- error: textkit: regexp_replace(): invalid '$' at offset 0 of the replacement (use $1, ${1}, ${name} or $$)
SELECT regexp_replace('abc', 'x', '$a');
-- error: textkit: regexp_replace(): invalid '$' at offset 0 of the replacement (use $1, ${1}, ${name} or $$)
SELECT regexp_replace('abc', 'b', 'x', 'v');
-- error: textkit: regexp_replace(): unknown flag 'v' (valid flags: i m s x g)
SELECT match, groups, start, length, position FROM regexp_matches('a1 b22', '([a-z])(\d+)');
-- => a1|["a","1"]|1|2|0
-- => b22|["b","22"]|4|3|1
SELECT match, groups, start, length FROM regexp_matches('é1 x', '(é)?(\d)|(x)');
-- => é1|["é","1",null]|1|2
-- => x|[null,null,"x"]|4|1
SELECT count(*) FROM regexp_matches('abc', 'x*');
-- => 4
SELECT count(*) FROM regexp_matches('abc', 'x');
-- => 0
SELECT count(*) FROM regexp_matches(NULL, 'a');
-- => 0
SELECT count(*) FROM regexp_matches('a', NULL);
-- => 0
SELECT count(*) FROM regexp_matches('a', 'a', NULL);
-- => 0
WITH t(id, s) AS (VALUES (1, 'x1y2'), (2, 'z3')) SELECT t.id, m.match FROM t, regexp_matches(t.s, '\d') AS m;
-- => 1|1
-- => 1|2
-- => 2|3
SELECT * FROM regexp_matches('a', '(');
-- error: textkit: regexp_matches(): invalid pattern at offset 1: missing closing parenthesis
SELECT * FROM regexp_matches('a', 'a', 'k');
-- error: textkit: regexp_matches(): unknown flag 'k' (valid flags: i m s x g)
SELECT part, start, length, position FROM regexp_split('a, b,,c', ',\s*');
-- => a|1|1|0
-- => b|4|1|1
-- => |6|0|2
-- => c|7|1|3
SELECT part, start, length FROM regexp_split('', ',');
-- => |1|0
SELECT part, start, length FROM regexp_split('né et né', '\s*et\s*');
-- => né|1|2
-- => né|7|2
SELECT count(*) FROM regexp_split(NULL, ',');
-- => 0
SELECT count(*) FROM regexp_split('a', NULL);
-- => 0
SELECT * FROM regexp_split('a', '[');
-- error: textkit: regexp_split(): invalid pattern at offset 1: missing terminating ] for character class
SELECT * FROM regexp_split('a', ',', 'y');
-- error: textkit: regexp_split(): unknown flag 'y' (valid flags: i m s x g)

-- docsim (tests/sql/docsim.sql)
SELECT text_jaccard('the cat sat', 'the cat ran'), text_jaccard('The CAT, sat!', 'sat the cat'), text_jaccard('a a a b', 'a b b');
-- => 0.5|1.0|1.0
SELECT text_jaccard('a b c d', 'b c d e', 'shingle=2'), text_jaccard('a b c d', 'd c b a', 'shingle=2'), text_jaccard('a b c d', 'a b c d', 'shingle=3');
-- => 0.5|0.0|1.0
SELECT text_jaccard('a b', 'a b', 'shingle=5'), text_jaccard('a b', 'a c', 'shingle=5'), text_jaccard('a b c', 'a b', 'shingle=3');
-- => 1.0|0.0|0.0
SELECT text_jaccard('', ''), text_jaccard('...', '!!'), text_jaccard('', 'word'), text_jaccard('word', ' ');
-- => 1.0|1.0|0.0|0.0
SELECT text_jaccard('running dogs', 'run dog', 'stem=english'), text_jaccard('the cat', 'a cat', 'stopwords=english'), text_jaccard('Café', 'cafe', 'unaccent=1'), text_jaccard('A', 'a', 'fold=0');
-- => 1.0|1.0|1.0|0.0
SELECT text_jaccard('Straße 東京 😀 42', '42 東京 straße');
-- => 0.8
SELECT text_jaccard('a', 'b', 'shingle=0');
-- error: textkit: text_jaccard(): bad value '0' for shingle; valid: an integer 1..64
SELECT text_jaccard('a', 'b', 'perm=64');
-- error: textkit: text_jaccard(): unknown option 'perm'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle
SELECT text_jaccard('a', 'b', 'punct=1');
-- error: textkit: text_jaccard(): unknown option 'punct'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle
SELECT text_jaccard('a', 'b', 'stem=klingon') IS NULL;
-- error: textkit: text_jaccard(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
SELECT minhash('a b c d e f') = minhash('A b, c d e f!'), minhash('a b c d e f') = minhash('a b c d e g'), minhash('x', 'seed=1') = minhash('x', 'seed=2');
-- sqlite => 1|0|0
-- postgres => t|f|f
SELECT minhash_jaccard(minhash('a b c d e f g'), minhash('a b c d e f g')), minhash_jaccard(minhash('one two three four five'), minhash('six seven eight nine ten'));
-- => 1.0|0.0
SELECT minhash('a', 'perm=1025');
-- error: textkit: minhash(): bad value '1025' for perm; valid: an integer 1..1024
SELECT minhash('a', 'seed=-1');
-- error: textkit: minhash(): bad value '-1' for seed; valid: an integer 0..4294967295
SELECT minhash('a', 'shingles=3');
-- error: textkit: minhash(): unknown option 'shingles'; valid keys: lang, fold, unaccent, stem, stopwords, mode, shingle, perm, seed
SELECT minhash('a', 'perm');
-- error: textkit: minhash(): option 'perm' is not of the form key=value
SELECT minhash_jaccard(substr(minhash('a'), 1, 100), minhash('a'));
-- error: textkit: minhash_jaccard(): malformed minhash() signature (bad length)
SELECT minhash_jaccard(minhash('a'), minhash('a', 'perm=64'));
-- error: textkit: minhash_jaccard(): incompatible signatures: perm=128 shingle=5 seed=0 vs perm=64 shingle=5 seed=0
SELECT minhash_jaccard(minhash('a', 'seed=9'), minhash('a', 'shingle=2'));
-- error: textkit: minhash_jaccard(): incompatible signatures: perm=128 shingle=5 seed=9 vs perm=128 shingle=2 seed=0
SELECT minhash_jaccard(minhash('a'), minhash('a', 'stem=english'));
-- error: textkit: minhash_jaccard(): incompatible signatures: made with different token options (lang, fold, unaccent, stem, stopwords, mode)
SELECT count(*) FROM minhash_bands(minhash('a', 'perm=12'), 12);
-- => 12
SELECT count(*) FROM minhash_bands(minhash('a', 'perm=12'), 1);
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

-- corpus (tests/sql/corpus.sql)
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
SELECT text_cosine('', 'a'), text_cosine('', ''), text_cosine('!!', '?');
-- => 0.0|0.0|0.0
SELECT text_cosine('bombings', 'bombing'), text_cosine('bombings', 'bombing', 'stem=english');
-- => 0.0|1.0
SELECT text_cosine('Crème', 'creme', 'unaccent=1'), text_cosine('Crème', 'creme');
-- => 1.0|0.0
SELECT text_cosine('a', 'b', 'bogus=1');
-- error: textkit: text_cosine(): unknown option 'bogus'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode
SELECT text_cosine('a', 'b', 'punct=1');
-- error: textkit: text_cosine(): unknown option 'punct'; valid keys: idf, lang, fold, unaccent, stem, stopwords, mode
SELECT text_cosine('a', 'b', 'stem=klingon');
-- error: textkit: text_cosine(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
SELECT text_cosine('a', 'b', 'idf=');
-- error: textkit: text_cosine(): idf= needs a table name

-- passages (tests/sql/passages.sql)
SELECT * FROM text_overlap('The quick brown fox jumps over the lazy dog, said the teacher.', 'Yesterday THE QUICK brown fox -- jumps over the lazy DOG again.', 5);
-- => The quick brown fox jumps over the lazy dog|1|43|11|46|9|0
SELECT passage, a_start, a_length, b_start, b_length, words, position FROM text_overlap('one two three four five six seven eight nine ten', 'x one two three four five six seven eight nine ten y');
-- => one two three four five six seven eight nine ten|1|48|3|48|10|0
SELECT count(*) FROM text_overlap('one two three four five six seven', 'one two three four five six seven');
-- => 0
SELECT passage, b_start, words, position FROM text_overlap('alpha beta gamma delta epsilon zeta', 'alpha beta gamma delta. Then alpha, beta, gamma, delta!', 4);
-- => alpha beta gamma delta|1|4|0
-- => alpha beta gamma delta|30|4|1
SELECT passage, a_start, b_start FROM text_overlap('Crème brûlée à l''école était très bonne', 'oui: CRÈME BRÛLÉE À L''ÉCOLE ÉTAIT', 4);
-- => Crème brûlée à l'école était|1|6
SELECT passage, words FROM text_overlap('red green blue cyan | one two three four five', 'red green blue -- x -- one two three four five six', 4);
-- => one two three four five|5
SELECT count(*) FROM text_overlap(NULL, 'a b c d', 1);
-- => 0
SELECT count(*) FROM text_overlap('a b c d', NULL, 1);
-- => 0
SELECT count(*) FROM text_overlap('a b c d', 'a b c d', NULL);
-- => 0
SELECT count(*) FROM text_overlap('', '', 1);
-- => 0
SELECT * FROM text_overlap('a b', 'a b', 0);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT * FROM text_overlap('a b', 'a b', -1);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT position, kind, start, length, block FROM text_blocks('Home | News | Sport

The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.

Subscribe to our newsletter
Sign in');
-- => 0|boilerplate|1|19|Home | News | Sport
-- => 1|content|22|172|The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.
-- => 2|boilerplate|196|27|Subscribe to our newsletter
-- => 3|boilerplate|224|7|Sign in
SELECT kind FROM text_blocks('© 2024 Example Media');
-- => boilerplate
SELECT kind FROM text_blocks('Example Media 2024. All rights reserved.');
-- => boilerplate
SELECT kind FROM text_blocks('Example Media 2024, with offices in three cities');
-- => content
SELECT kind, block FROM text_blocks('Skip to main content
SOCCER - JAPAN BEAT SYRIA 2-1 IN ASIAN CUP
Share this article: Facebook Twitter WhatsApp Email
AL AIN , United Arab Emirates 1996-12-06
Two goals in the last six minutes gave holders Japan an uninspiring 2-1 Asian Cup victory over Syria on Friday .
Japan 2 Syria 1
Most read
Police name victim of weekend crash
Wir verwenden Cookies, um die Zugriffe auf unsere Website zu analysieren. Alle akzeptieren');
-- => boilerplate|Skip to main content
-- => content|SOCCER - JAPAN BEAT SYRIA 2-1 IN ASIAN CUP
-- => boilerplate|Share this article: Facebook Twitter WhatsApp Email
-- => content|AL AIN , United Arab Emirates 1996-12-06
-- => content|Two goals in the last six minutes gave holders Japan an uninspiring 2-1 Asian Cup victory over Syria on Friday .
-- => content|Japan 2 Syria 1
-- => boilerplate|Most read
-- => boilerplate|Police name victim of weekend crash
-- => boilerplate|Wir verwenden Cookies, um die Zugriffe auf unsere Website zu analysieren. Alle akzeptieren
SELECT kind, block FROM text_blocks('Menu
News
Sport
Sign in
The talks ended on Friday without a deal , officials said .
Reporting by Jane Doe
Editing by John Roe
© 2024 Example Media');
-- => boilerplate|Menu
-- => boilerplate|News
-- => boilerplate|Sport
-- => boilerplate|Sign in
-- => content|The talks ended on Friday without a deal , officials said .
-- => content|Reporting by Jane Doe
-- => content|Editing by John Roe
-- => boilerplate|© 2024 Example Media
SELECT kind FROM text_blocks('Netflix said it added two million subscribers in the quarter , more than analysts expected .');
-- => content
SELECT kind FROM text_blocks('Facebook , Twitter and Instagram were down for hours on Wednesday .');
-- => content
SELECT count(*) FROM text_blocks(NULL);
-- => 0
SELECT count(*) FROM text_blocks('');
-- => 0
SELECT count(*) FROM text_blocks('   
	
');
-- => 0
SELECT text_main(NULL);
-- => NULL

-- html (tests/sql/html.sql)
SELECT html_meta('<html lang="en"><head><title>Hello | Site</title><meta property="og:site_name" content="Site"><meta name="author" content="By Ann Lee"><link rel="canonical" href="https://x.com/a"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hello","datePublished":"2019-10-23T08:00:00.000+0100","dateModified":"2019-10-24","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bob \u00e9"}]}</script></head><body><time datetime="2020-01-01">x</time></body></html>');
-- => {"title":"Hello","authors":["Ann Lee","Bob é"],"published":"2019-10-23T08:00:00+01:00","modified":"2019-10-24","canonical":"https://x.com/a","site_name":"Site","language":"en"}
SELECT html_meta('<p><time datetime="2020-01-02 10:30">Jan 2</time></p>');
-- => {"published":"2020-01-02T10:30:00"}
SELECT html_meta('<meta name="date" content="2019/11/19">');
-- => {"published":"2019-11-19"}
SELECT html_meta('<meta name="date" content="March 4, 2021">');
-- => {"published":"2021-03-04"}
SELECT html_meta('<script type="application/ld+json">{"headline":"Kept","author":{"name":"A B"</script>');
-- => {"title":"Kept","authors":["A B"]}
SELECT html_meta('<p>just text</p>');
-- => {}
SELECT html_meta('<meta http-equiv="Refresh" content="0; url=next.html"><title>Redirection</title>');
-- => {"title":"Redirection","redirect":"next.html"}
SELECT href, text, rel, position FROM html_links('<p><a href="../c" rel="nofollow">C <i>d</i></a> <a href=" x.html ">X</a> <a name="n">no href</a></p>', 'https://example.com/a/b/');
-- => https://example.com/a/c|C d|nofollow|0
-- => https://example.com/a/b/x.html|X|NULL|1
SELECT href, position FROM html_links('<base href="https://e.com/a/b"><a href="../c">C</a><a href="//cdn.e.com/x">X</a><a href="#top">T</a>');
-- => https://e.com/c|0
-- => https://cdn.e.com/x|1
-- => https://e.com/a/b#top|2
SELECT href FROM html_links('<a href="/c">C</a>');
-- => /c
SELECT html_text(NULL), html_main(NULL), html_meta(NULL), html_main(NULL, 'title=1');
-- => NULL|NULL|NULL|NULL
SELECT count(*) FROM html_links(NULL);
-- => 0
SELECT html_text(''), html_main(''), html_meta(''), html_text('   ');
-- => ||{}|
SELECT count(*) FROM html_links('');
-- => 0
-- html_unescape: character references in plain text decoded, the rest
-- byte for byte (tags, unknown names, names without their semicolon).
SELECT html_unescape('H&amp;M, ME&#39;s caf&eacute; &#x20AC;5 &#146;n&apos; &lt;p&gt;');
-- => H&M, ME's café €5 ’n' <p>
SELECT html_unescape('AT&T &amp Co &Tab; &#; &#xZ; <b>x</b> &#0; &#xD800; &#1114112;');
-- => AT&T &amp Co &Tab; &#; &#xZ; <b>x</b> � � �
SELECT html_unescape(NULL), html_unescape(''), html_unescape('&'), html_unescape('&#38');
-- => NULL||&|&
-- markdown_text: the markup of a Markdown document gone, its text kept.
SELECT markdown_text('**Bold**, _em_ and [a link](https://example.com "t") ![img](x.png) `a*b` <b>tag</b> &amp;'), markdown_text(NULL), markdown_text('');
-- => Bold, em and a link  a*b tag &|NULL|
SELECT markdown_text('## Title ##');
-- => Title
-- rst_text: the markup of a reStructuredText document gone, its text kept.
SELECT rst_text('See :ref:`the guide <guide>`, ``x*y``, *em* and `Python <https://python.org>`_ [1]_.'), rst_text(NULL), rst_text('');
-- => See the guide, x*y, em and Python.|NULL|
SELECT html_main('<p>x</p>', 'title=2');
-- error: textkit: html_main(): title must be 0 or 1
SELECT html_main('<p>x</p>', 'bogus=1');
-- error: textkit: html_main(): unknown option 'bogus' (valid: title)

-- Cases that need a table: TEMP tables (each case is a fresh SQLite
-- database or a new PostgreSQL session), set up on the case's own line.
-- idf= tables through SPI in PostgreSQL.
CREATE TEMP TABLE w(term TEXT, idf REAL); INSERT INTO w VALUES ('cat', 2.0), ('dog', 1.0), ('the', 0.0), (NULL, 5.0), ('x', NULL); SELECT text_cosine('cat dog', 'cat', 'idf=w'), text_cosine('the cat', 'the dog', 'idf=w'), text_cosine('cat bird', 'bird', 'idf=w');
-- => 0.894427190999916|0.0|0.707106781186547
CREATE TEMP TABLE w(term TEXT, idf REAL); INSERT INTO w VALUES ('cat', 2.0), ('dog', 1.0), ('the', 0.0); SELECT keyword, score, count FROM keywords('cat cat. dog. bird.', 'method=tfidf idf=w');
-- => cat|4.0|2
-- => bird|2.0|1
-- => dog|1.0|1
CREATE TEMP TABLE w(term TEXT, idf REAL); INSERT INTO w VALUES ('cat', 2.0), ('dog', 1.0); SELECT v.body, k.keyword FROM (SELECT 1 AS id, 'cat dog' AS body UNION ALL SELECT 2, NULL UNION ALL SELECT 3, 'bird') v, keywords(v.body, 'method=tfidf idf=w') k ORDER BY v.id, k.keyword;
-- => cat dog|cat
-- => cat dog|dog
-- => bird|bird
CREATE TEMP TABLE "my idf"(term TEXT, idf INTEGER); INSERT INTO "my idf" VALUES ('cat', 3); SELECT text_cosine('cat dog', 'cat', 'idf="my idf"'), text_cosine('cat dog', 'cat', 'idf=''my idf''');
-- => 0.707106781186548|0.707106781186548
CREATE TEMP TABLE bad_vals(term TEXT, idf TEXT); INSERT INTO bad_vals VALUES ('cat', 'high'); SELECT text_cosine('cat', 'b', 'idf=bad_vals');
-- error: textkit: text_cosine(): idf table 'bad_vals': idf of term 'cat' is not a number >= 0
CREATE TEMP TABLE neg(term TEXT, idf REAL); INSERT INTO neg VALUES ('cat', -1); SELECT * FROM keywords('cat', 'idf=neg');
-- error: textkit: keywords(): idf table 'neg': idf of term 'cat' is not a number >= 0
CREATE TEMP TABLE bad_cols(word TEXT, weight REAL); SELECT * FROM keywords('x', 'idf=bad_cols');
-- sqlite error: textkit: keywords(): cannot read idf table 'bad_cols': no such column: term
-- postgres error: textkit: keywords(): cannot read idf table 'bad_cols': column "term" does not exist
SELECT text_cosine('a', 'b', 'idf=nosuch');
-- sqlite error: textkit: text_cosine(): cannot read idf table 'nosuch': no such table: nosuch
-- postgres error: textkit: text_cosine(): cannot read idf table 'nosuch': relation "nosuch" does not exist
SELECT * FROM keywords('x', 'idf=');
-- error: textkit: keywords(): idf= needs a table name
-- dictionary= tables.
CREATE TEMP TABLE d(phrase TEXT, type TEXT); INSERT INTO d VALUES ('New York', 'LOC'), ('New York Times', 'ORG'), ('monday', 'HOLIDAY'), (NULL, 'X'), ('5 May', 'FESTIVAL'); SELECT type, entity, norm, source FROM entities('Pfizer sold New York Times shares in NEW YORK on Monday, 5 May.', 'model=0 dictionary=d');
-- => ORG|New York Times|New York Times|dictionary
-- => LOC|NEW YORK|NEW YORK|dictionary
-- => HOLIDAY|Monday|Monday|dictionary
-- => FESTIVAL|5 May|5 May|dictionary
CREATE TEMP TABLE d(phrase TEXT, type TEXT); INSERT INTO d VALUES ('New York', 'LOC'), ('New York Times', 'ORG'); SELECT count(*) FROM (SELECT 'New York' AS body UNION ALL SELECT 'new york times' UNION ALL SELECT 'x') v, entities(v.body, 'model=0 dictionary=d');
-- => 2
CREATE TEMP TABLE people(phrase TEXT, type TEXT); INSERT INTO people VALUES ('Bill Clinton', 'PERSON'), ('Hillary Clinton', 'PERSON'), ('Clinton', 'PERSON'); SELECT entity, canonical FROM entities('Bill Clinton and Hillary Clinton met. Clinton said no.', 'model=0 dictionary=people');
-- => Bill Clinton|Bill Clinton
-- => Hillary Clinton|Hillary Clinton
-- => Clinton|Clinton
SELECT * FROM entities('x', 'dictionary=');
-- error: textkit: entities(): dictionary= needs a table name
-- Options that change from row to row: the options' table is read again.
CREATE TEMP TABLE d1(phrase TEXT, type TEXT); CREATE TEMP TABLE d2(phrase TEXT, type TEXT); INSERT INTO d1 VALUES ('acme', 'ORG'); INSERT INTO d2 VALUES ('acme', 'BRAND'); SELECT v.o, e.type FROM (SELECT 1 AS id, 'model=0 dictionary=d1' AS o UNION ALL SELECT 2, 'model=0 dictionary=d2' UNION ALL SELECT 3, 'model=0') v, entities('Acme rose.', v.o) e ORDER BY v.id;
-- => model=0 dictionary=d1|ORG
-- => model=0 dictionary=d2|BRAND
-- LSH: near-duplicates through a (band, bucket) self-join.
CREATE TEMP TABLE docs(id INTEGER, body TEXT); INSERT INTO docs VALUES (1, 'the quick brown fox jumps over the lazy dog near the old river bank today'), (2, 'the quick brown fox jumps over the lazy dog near the old river bank today!'), (3, 'a completely different sentence about databases and indexes and query plans'); SELECT x.id, y.id, count(*) FROM docs x, minhash_bands(minhash(x.body), 16) bx, docs y, minhash_bands(minhash(y.body), 16) by_ WHERE x.id < y.id AND bx.band = by_.band AND bx.bucket = by_.bucket GROUP BY x.id, y.id;
-- => 1|2|16
SELECT count(*), min(band), max(band), count(DISTINCT bucket) FROM minhash_bands(minhash('the quick brown fox jumps over the lazy dog'), 16);
-- => 16|0|15|16
SELECT count(*) FROM minhash_bands(minhash('a', 'perm=16'), 3);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=16
SELECT count(*) FROM minhash_bands(minhash('a'), 0);
-- error: textkit: minhash_bands(): bands must be a positive INTEGER that divides perm=128
SELECT count(*) FROM minhash_bands(minhash(NULL), 16);
-- => 0
-- regex: flags over text with line breaks (a literal newline, portable).
SELECT regexp_count('a
b', '^b$'), regexp_count('a
b', '^b$', 'm'), regexp_count('a
b', 'a.b'), regexp_count('a
b', 'a.b', 's');
-- => 0|1|0|1
SELECT CASE WHEN regexp_like('Hello', '^h') THEN 1 ELSE 0 END, CASE WHEN regexp_like('Hello', '^h', 'i') THEN 1 ELSE 0 END, CASE WHEN regexp('^H', 'Hello') THEN 1 ELSE 0 END;
-- => 0|1|1
SELECT part, start, length, position FROM regexp_split('a, b,,c', ',\s*');
-- => a|1|1|0
-- => b|4|1|1
-- => |6|0|2
-- => c|7|1|3
SELECT match, groups, start, length, position FROM regexp_matches('Ünï 2024-05-17', '(\d+)-(\d+)-(?<d>\d+)|(x)');
-- => 2024-05-17|["2024","05","17",null]|5|10|0
SELECT regexp_count('a1b2', '\d', 'q');
-- error: textkit: regexp_count(): unknown flag 'q' (valid flags: i m s x g)
SELECT regexp_substr('abc', '(b)', 2);
-- error: textkit: regexp_substr(): group 2 out of range (the pattern has 1)
SELECT * FROM regexp_matches('abc', '(');
-- error: textkit: regexp_matches(): invalid pattern at offset 1: missing closing parenthesis
SELECT count(*) FROM regexp_split(NULL, ','), regexp_matches('a', NULL);
-- => 0
-- passages: NULL arguments give no rows; a bad min_words.
SELECT count(*) FROM text_overlap(NULL, 'a'), text_blocks(NULL);
-- => 0
SELECT * FROM text_overlap('a b', 'a b', 0);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
-- html: bad options, NULL.
SELECT html_main('<p>x</p>', 'bogus=1');
-- error: textkit: html_main(): unknown option 'bogus' (valid: title)
SELECT html_text(NULL), html_main(NULL), html_meta(NULL), html_main('<p>x</p>', NULL);
-- sqlite => NULL|NULL|NULL|x
-- postgres => NULL|NULL|NULL|NULL

-- records (tests/sql/records.sql)
SELECT record, line, fields, error FROM text_records('id,title,content
1,"Hello, world","He said ""hi""
and left"
2,Plain,x,extra

3,short');
-- => 1|2|{"id":"1","title":"Hello, world","content":"He said \"hi\"\u000aand left"}|NULL
-- => 2|4|{"id":"2","title":"Plain","content":"x","column4":"extra"}|4 fields, the header has 3
-- => 3|6|{"id":"3","title":"short"}|2 fields, the header has 3
SELECT record, fields, error FROM text_records(' id , ,name,name
1;2;3;4
5;"6', 'sep=;');
-- => 1|{"id , ,name,name":"1","column2":"2","column3":"3","column4":"4"}|4 fields, the header has 1
-- => 2|{"id , ,name,name":"5","column2":"6"}|unterminated quoted field; 2 fields, the header has 1
SELECT fields FROM text_records(' id , ,name,name
1,2,3,4');
-- => {"id":"1","column2":"2","name":"3","name_2":"4"}
SELECT fields FROM text_records('name;city;note
Ann;Paris;"a, b"');
-- => {"name":"Ann","city":"Paris","note":"a, b"}
SELECT record, line, fields FROM text_records('a	b
"1	2"', 'format=tsv');
-- => 1|2|{"a":"\"1","b":"2\""}
SELECT record, fields FROM text_records('a,b
1,2,3', 'header=0');
-- => 1|["a","b"]
-- => 2|["1","2","3"]
SELECT record, line, fields, error FROM text_records('{"a": 1}

  {"b": "x"}  
not json', 'format=jsonl');
-- => 1|1|{"a": 1}|NULL
-- => 2|3|{"b": "x"}|NULL
-- => 3|4|not json|NULL
SELECT count(*) FROM text_records(NULL);
-- => 0
SELECT count(*) FROM text_records('') a, text_records('only,a,header') b;
-- => 0
SELECT count(*) FROM text_records('a
1', NULL);
-- sqlite => 1
-- postgres => 0
SELECT fields FROM text_records(X'EFBBBF61FF0A62FE63');
-- sqlite => {"a�":"b\ufffdc"}
SELECT fields FROM text_records('\xefbbbf61ff0a62fe63'::bytea);
-- postgres => {"a�":"b\ufffdc"}
SELECT * FROM text_records('a', 'colour=red');
-- error: textkit: text_records(): unknown option 'colour'; valid keys: format, header, sep
SELECT * FROM text_records('a', 'format=xml');
-- error: textkit: text_records(): bad value 'xml' for format; valid: csv, tsv, jsonl
SELECT * FROM text_records('a', 'header=2');
-- error: textkit: text_records(): bad value '2' for header; valid: 0, 1
SELECT * FROM text_records('a', 'sep=ab');
-- error: textkit: text_records(): bad value 'ab' for sep; valid: auto, tab, or one ASCII punctuation character other than '"' (, ; | : ...)
SELECT * FROM text_records('a', 'format=tsv sep=;');
-- error: textkit: text_records(): sep= is for format=csv only (tsv is separated by tabs, jsonl by lines)
-- text_gunzip: two members, a cut one, not gzip, errors=null, options.
SELECT text_decode(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c030000001f8b08000000000002034b4a2c0200aa8cff7603000000'));
-- sqlite => foobar
SELECT text_decode(text_gunzip('\x1f8b08000000000002034bcbcf07002165738c030000001f8b08000000000002034b4a2c0200aa8cff7603000000'::bytea));
-- postgres => foobar
SELECT text_gunzip(X'1f8b08000000000002034bcbcf0700');
-- sqlite error: textkit: text_gunzip(): the gzip data ends early (cut after 15 bytes)
SELECT text_gunzip('\x1f8b08000000000002034bcbcf0700'::bytea);
-- postgres error: textkit: text_gunzip(): the gzip data ends early (cut after 15 bytes)
SELECT text_gunzip('abc');
-- error: textkit: text_gunzip(): not gzip data (it does not start with the bytes 1F 8B)
SELECT count(text_gunzip('abc', 'errors=null'));
-- => 0
SELECT text_gunzip('abc', 'level=9');
-- error: textkit: text_gunzip(): unknown option 'level'; valid keys: max_bytes, errors
-- text_tar: not a tar archive, an empty one.
SELECT name, size, error FROM text_tar('hello');
-- => NULL|NULL|tar archive cut short at byte 0
-- text_zip: a deflated member, a directory, a stored member; not a zip.
-- text_email: one message (encoded words, quoted-printable Latin-1).
SELECT message, subject, sender, date, text FROM text_email(X'46726F6D3A203D3F7574662D383F713F5A6F3D43333D41425F4D3D43333D42436C6C65723F3D203C7A6F65406578616D706C652E63683E0A546F3A207465616D406578616D706C652E636F6D0A5375626A6563743A203D3F69736F2D383835392D313F713F4361663D45393F3D207072696365730A446174653A204D6F6E2C203134204D617920323030312031363A33393A3030202D303730300A436F6E74656E742D547970653A20746578742F706C61696E3B20636861727365743D69736F2D383835392D310A436F6E74656E742D5472616E736665722D456E636F64696E673A2071756F7465642D7072696E7461626C650A0A546865206361663D453920696E205A3D4643726963682072616973656420697473207072693D0A6365732E0A');
-- sqlite => 1|Café prices|Zoë Müller <zoe@example.ch>|2001-05-14 16:39:00-07:00|The café in Zürich raised its prices.
-- sqlite => 
SELECT message, subject, sender, date, text FROM text_email('\x46726f6d3a203d3f7574662d383f713f5a6f3d43333d41425f4d3d43333d42436c6c65723f3d203c7a6f65406578616d706c652e63683e0a546f3a207465616d406578616d706c652e636f6d0a5375626a6563743a203d3f69736f2d383835392d313f713f4361663d45393f3d207072696365730a446174653a204d6f6e2c203134204d617920323030312031363a33393a3030202d303730300a436f6e74656e742d547970653a20746578742f706c61696e3b20636861727365743d69736f2d383835392d310a436f6e74656e742d5472616e736665722d456e636f64696e673a2071756f7465642d7072696e7461626c650a0a546865206361663d453920696e205a3d4643726963682072616973656420697473207072693d0a6365732e0a'::bytea);
-- postgres => 1|Café prices|Zoë Müller <zoe@example.ch>|2001-05-14 16:39:00-07:00|The café in Zürich raised its prices.
-- postgres => 
SELECT name, size, text_decode(data), error FROM text_zip(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000');
-- sqlite => a.txt|17|hello hello hello|NULL
-- sqlite => d/é.txt|5|café|NULL
SELECT name, size, text_decode(data), error FROM text_zip('\x504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000'::bytea);
-- postgres => a.txt|17|hello hello hello|NULL
-- postgres => d/é.txt|5|café|NULL
SELECT name, size, error FROM text_zip('hello');
-- => NULL|NULL|not a zip archive (no central directory in its 5 bytes)
SELECT * FROM text_records('a', 'format=jsonl header=0');
-- error: textkit: text_records(): header= is for format=csv and format=tsv only

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

-- Bytes: SQLite reads a BLOB as UTF-8 with each invalid byte as U+FFFD;
-- PostgreSQL takes bytea through text_from_bytes() (NUL too is U+FFFD, as
-- text cannot hold it), and the html functions take the page as bytea.
SELECT text_lower(X'41FF42'), token_count(X'61FF62'), length(X'FF' || 'a');
-- sqlite => a�b|3|2
SELECT text_lower(text_from_bytes('\x41ff42')), token_count(text_from_bytes('\x61ff62')), length(text_from_bytes('\xff61'));
-- postgres => a�b|3|2
SELECT text_from_bytes('\x410042'), text_from_bytes(''), text_from_bytes(NULL);
-- postgres => A�B||NULL
SELECT html_text(X'3C703E61FF6200633C2F703E'), html_text(X'3C6D65746120636861727365743D2269736F2D383835392D31223E3C703E636166E93C2F703E');
-- sqlite => a�b�c|café
SELECT html_unescape(X'61FF26616D703B62');
-- sqlite => a�&b
SELECT html_text('\x3c703e61ff6200633c2f703e'::bytea), html_text('\x3c6d65746120636861727365743d2269736f2d383835392d31223e3c703e636166e93c2f703e'::bytea);
-- postgres => a�b�c|café
SELECT href, text, rel, position FROM html_links('\x3c6120687265663d222f78223ee93c2f613e'::bytea, 'https://e.com/');
-- postgres => https://e.com/x|�|NULL|0
SELECT html_main(convert_to('<p>Some text here that is long enough, with a comma.</p>', 'UTF8'), 'title=0');
-- postgres => Some text here that is long enough, with a comma.
-- Huge values: 100 MB of text through the linear functions (SQLite's
-- are tests/py/test_large_values.py).
SELECT length(text_lower(repeat('Ab ', 35000000))), regexp_count(repeat('Ab ', 35000000), 'b');
-- postgres => 105000000|35000000
SELECT length(text_main(repeat('word ', 20000000))), length(html_text(repeat('<p>x</p>', 1000)));
-- postgres => 99999999|2998
SELECT html_text(repeat('x', 70000000));
-- postgres error: textkit: html_text(): the page is larger than 64 MB
SELECT count(*), count(error), max(length(fields)) FROM text_records('id,body' || chr(10) || repeat('7,"a, b ""c""' || chr(10) || 'd"' || chr(10), 7000000));
-- postgres => 7000000|0|37
SELECT count(*), max(error), max(length(fields)) FROM text_records('"' || repeat('x', 100000000), 'header=0');
-- postgres => 1|unterminated quoted field|100000004
-- Full-text search: the configuration textkit is textkit's tokenizer and
-- the dictionary textkit_english (stem=english stopwords=english).
SELECT to_tsvector('textkit', 'The runners were Running to https://x.org with bob@example.com #Sochi2014!');
-- postgres => '#sochi2014':9 'bob@example.com':8 'https://x.org':6 'run':4 'runner':2
WITH t(s) AS (VALUES ('Two suicide bombings hit Volgograd; the bombing killed 34 people.'), ('Café São Paulo 😀 ok, e-mail me@x.io')) SELECT count(*) FILTER (WHERE (SELECT string_agg(DISTINCT norm, ' ' ORDER BY norm) FROM tokens(s, 'stem=english stopwords=english')) = (SELECT string_agg(lexeme, ' ' ORDER BY lexeme) FROM unnest(to_tsvector('textkit', s)))) FROM t;
-- postgres => 2
SELECT alias, token, lexemes FROM ts_debug('textkit', 'Running dogs, 3 cats');
-- postgres => word|Running|{run}
-- postgres => word|dogs|{dog}
-- postgres => number|3|{3}
-- postgres => word|cats|{cat}
SELECT count(*) FROM (SELECT 'dogs running' AS s UNION ALL SELECT 'cats sleep') d WHERE to_tsvector('textkit', s) @@ to_tsquery('textkit', 'run & dog');
-- postgres => 1
SELECT ts_parse('textkit', 'a b c'), ts_parse('textkit', 'dd ee');
-- postgres => (1,a)|(1,dd)
-- postgres => (1,b)|(1,ee)
-- postgres => (1,c)|NULL
CREATE TEXT SEARCH DICTIONARY pg_temp.tk_fr (TEMPLATE = textkit_stem, options = 'stem=french stopwords=french unaccent=1'); SELECT ts_lexize('pg_temp.tk_fr', 'Chevaux'), ts_lexize('pg_temp.tk_fr', 'les');
-- postgres => {cheval}|{}
CREATE TEXT SEARCH DICTIONARY pg_temp.tk_bad (TEMPLATE = textkit_stem, options = 'stem=klingon');
-- postgres error: textkit: textkit_stem(): bad value 'klingon' for stem; valid: 0, 1, arabic, armenian, basque, catalan, danish, dutch, english, finnish, french, german, greek, hindi, hungarian, indonesian, irish, italian, lithuanian, nepali, norwegian, porter, portuguese, romanian, russian, serbian, spanish, swedish, tamil, turkish, yiddish
CREATE TEXT SEARCH DICTIONARY pg_temp.tk_bad (TEMPLATE = textkit_stem, colour = 'red');
-- postgres error: textkit: textkit_stem(): unknown parameter 'colour' (valid: options)
-- pg_catalog's regexp functions: textkit's when its schema comes first.
SELECT regexp_replace('a-b-c', '-', '+', 'g'), pg_catalog.regexp_replace('a-b-c', '-', '+', 'g'), regexp_count('aaa', 'a'), pg_catalog.regexp_count('aaa', 'a');
-- postgres => a+b+c|a+b+c|3|3
SELECT regexp_substr('2024-05', '(\d+)-(\d+)', 2), pg_catalog.regexp_substr('2024-05', '(\d+)-(\d+)', 2);
-- postgres => 05|024-05
-- STABLE where options can name a table, IMMUTABLE elsewhere.
SELECT string_agg(p.proname || '/' || p.pronargs || '/' || p.provolatile::text, ' ' ORDER BY p.proname, p.pronargs) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'textkit' AND p.provolatile <> 'i' AND p.prorettype <> 'internal'::regtype AND p.proname NOT LIKE 'textkit\_ts\_%';
-- postgres => entities/2/s keywords/2/s text_cosine/3/s textkit_info/0/s textkit_limit/1/v textkit_limit/2/v
