-- sentences(text [, options]): sentence, start, length, position.

SELECT sentence, start, length, position FROM sentences('Mr. Smith went to Washington. He arrived at 5 p.m.');
-- => Mr. Smith went to Washington.|1|29|0
-- => He arrived at 5 p.m.|31|20|1

-- White space around sentences belongs to none of them.
SELECT '[' || sentence || ']', start, length FROM sentences('   One.    Two!  ');
-- => [One.]|4|4
-- => [Two!]|12|4

-- News text: abbreviations, initials, money, e-mails, URLs, quotes.
-- A bullet with nothing after it is a sentence without the blanks after it.
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

-- List items and ellipses.
SELECT sentence FROM sentences('1.) The first item 2.) The second item');
-- => 1.) The first item
-- => 2.) The second item
SELECT sentence FROM sentences('I never meant that.... She left the store.');
-- => I never meant that....
-- => She left the store.

-- start/length are in characters: substr() gives back each sentence, on
-- accented, CJK and emoji text.
SELECT count(*), sum(substr(t, start, length) = sentence) FROM (SELECT 'Crème brûlée est bon. 東京は大きい。大阪も！ Emoji 😀👍🏽 here? Yes.' AS t), sentences(t);
-- => 5|5
SELECT sentence, start, length FROM sentences('東京は大きい。大阪も！');
-- => 東京は大きい。|1|7
-- => 大阪も！|8|4

-- Line breaks end sentences (UAX #29) unless the text is hard-wrapped
-- (newline=auto, the default); newline=space keeps a wrapped line
-- together and ends only at a blank line.
SELECT sentence FROM sentences('Line one' || char(10) || 'line two');
-- => Line one
-- => line two
CREATE TABLE wrapped(body TEXT);
INSERT INTO wrapped VALUES ('Minutes' || char(10) ||
  'The board met in the old hall of the Bank of England on Monday to' || char(10) ||
  'hear the report of the treasurer, who said that the accounts of the' || char(10) ||
  'year were sound. The members thanked him and asked the secretary to' || char(10) ||
  'write to the mayor of the city about the repairs that the roof and' || char(10) ||
  'the windows of the hall would need before the winter came, and to' || char(10) ||
  'send a copy of the letter to every member before the next meeting.');
SELECT count(*) FROM wrapped, sentences(body);
-- => 3
SELECT count(*) FROM wrapped, sentences(body, 'newline=auto');
-- => 3
SELECT count(*) FROM wrapped, sentences(body, 'newline=break');
-- => 8
SELECT count(*) FROM wrapped, sentences(body, 'newline=space');
-- => 2
SELECT length(sentence) - length(replace(sentence, char(10), '')) FROM wrapped, sentences(body) WHERE position = 1;
-- => 2
SELECT replace(sentence, char(10), '/') FROM sentences('Line one' || char(10) || 'line two' || char(10, 10) || 'Next', 'newline=space lang=en');
-- => Line one/line two
-- => Next

-- A table of documents.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, 'A b. C d.'), (2, NULL), (3, 'One only');
SELECT d.id, s.position, s.sentence FROM docs d, sentences(d.body) s ORDER BY 1, 2;
-- => 1|0|A b.
-- => 1|1|C d.
-- => 3|0|One only

-- NULL gives no rows; NULL options are the defaults; empty text no rows.
SELECT count(*) FROM sentences(NULL);
-- => 0
SELECT count(*) FROM sentences('A b. C d.', NULL);
-- => 2
SELECT count(*) FROM sentences(''), sentences('   ');
-- => 0

-- Numbers are read as their text; BLOBs as UTF-8 with U+FFFD for each
-- invalid byte (one character each).
SELECT sentence, start, length FROM sentences(3.5);
-- => 3.5|1|3
SELECT sentence, start, length FROM sentences(CAST('Hi there. Bye.' AS BLOB));
-- => Hi there.|1|9
-- => Bye.|11|4
SELECT hex(sentence), start, length FROM sentences(X'4F6B2E20FF20796573212041C0');
-- => 4F6B2E|1|3
-- => EFBFBD2079657321|5|6
-- => 41EFBFBD|12|2

-- Bad options are errors naming the valid ones.
SELECT * FROM sentences('a', 'foo=1');
-- error: textkit: sentences(): unknown option 'foo' (valid: lang, newline)
SELECT * FROM sentences('a', 'lang=fr');
-- error: textkit: sentences(): unknown lang 'fr' (valid: en)
SELECT * FROM sentences('a', 'newline=maybe');
-- error: textkit: sentences(): bad value 'maybe' for newline (valid: auto, break, space)
SELECT * FROM sentences('a', 7);
-- error: textkit: sentences(): option '7' is not of the form key=value
SELECT * FROM sentences('a', X'FF3D31');
-- error: textkit: sentences(): unknown option '�' (valid: lang, newline)

-- The text argument is required; at most two arguments.
SELECT * FROM sentences;
-- error: textkit: sentences(): missing argument text; usage: sentences(text [, options])
SELECT * FROM sentences('a', 'lang=en', 3);
-- error: too many arguments on sentences() - max 2

-- A long value: every sentence is found.
SELECT count(*), max(position) FROM sentences(replace(printf('%.20000c', 'x'), 'x', 'Dr. Who said so. '));
-- => 20000|19999

-- The hidden columns give back the arguments.
SELECT DISTINCT text, options FROM sentences('A b. C d.', 'newline=space');
-- => A b. C d.|newline=space

-- Options may come from another table (the planner orders the join).
CREATE TABLE opts(o TEXT);
INSERT INTO opts VALUES ('newline=space'), ('newline=break');
SELECT o.o, count(*) FROM opts o, sentences('a' || char(10) || 'b', o.o) GROUP BY 1 ORDER BY 1;
-- => newline=break|2
-- => newline=space|1
