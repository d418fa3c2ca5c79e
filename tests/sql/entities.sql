-- entities(text [, options]): pattern, dictionary and model entities.

-- Every column of pattern rows.
SELECT type, entity, norm, start, length, position, score, source FROM entities('Revenue rose 12.5% to $1.2 billion on Feb. 7, 2014.', 'model=0');
-- => PERCENT|12.5%|12.5|14|5|0|1.0|pattern
-- => MONEY|$1.2 billion|1200000000 USD|23|12|1|1.0|pattern
-- => DATE|Feb. 7, 2014|2014-02-07|39|12|2|1.0|pattern

-- One golden row per pattern type.
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

-- A number too big for an octet is not an IP (and does not overflow).
SELECT count(*) FROM entities('2147483648 and 99999999999.1.1.1 and 1.1.1.4294967296', 'model=0') WHERE type = 'IP';
-- => 0

-- Money in several currencies, with scale words and codes.
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

-- Units: speed, temperature, area, weight, volume.
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

-- Dates: year unknown, ref= resolves it; weekdays alone; numeric forms.
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

-- Relative dates: a signed duration, resolved by ref= at the phrase's
-- precision (2014-02-07 is a Friday in ISO week 6; 2014-01-01 a Wednesday).
SELECT entity, norm FROM entities('Yesterday, tomorrow and tonight; last week, this month, next year; two days ago, a year ago, 3 weeks ago; last Tuesday, this Tuesday, next Friday.', 'model=0');
-- => Yesterday|-P1D
-- => tomorrow|+P1D
-- => tonight|P0D
-- => last week|-P1W
-- => this month|P0M
-- => next year|+P1Y
-- => two days ago|-P2D
-- => a year ago|-P1Y
-- => 3 weeks ago|-P3W
-- => last Tuesday|-Tuesday
-- => this Tuesday|Tuesday
-- => next Friday|+Friday

SELECT group_concat(norm, ' ') FROM entities('Yesterday, tomorrow and tonight; last week, this month, next year; two days ago, a year ago, 3 weeks ago; last Tuesday, this Tuesday, next Friday, last Friday.', 'model=0 ref=2014-02-07');
-- => 2014-02-06 2014-02-08 2014-02-07 2014-W05 2014-02 2015 2014-02-05 2013 2014-W03 2014-02-04 2014-02-04 2014-02-14 2014-01-31

-- Across year ends: ISO week 1 of 2015 starts 2014-12-29; months wrap.
SELECT group_concat(norm, ' ') FROM entities('next week, last month, 40 days ago, yesterday', 'model=0 ref=2014-12-28');
-- => 2015-W01 2014-11 2014-11-18 2014-12-27

SELECT group_concat(norm, ' ') FROM entities('last week, next month, tomorrow', 'model=0 ref=2016-01-03');
-- => 2015-W52 2016-02 2016-01-04

SELECT group_concat(norm, ' ') FROM entities('this quarter, last quarter, a decade ago, two decades ago', 'model=0');
-- => P0Q -P1Q -P10Y -P20Y

SELECT group_concat(norm, ' ') FROM entities('this quarter, last quarter, a decade ago, two decades ago', 'model=0 ref=2014-02-07');
-- => 2014-Q1 2013-Q4 2004 1994

-- Not dates: "the last day", "this is", "next weeks", a lowercase weekday,
-- a duration without "ago".
SELECT count(*) FROM entities('On the last day, this is what next weeks bring: last tuesday, for two days, a week.', 'model=0 types=DATE');
-- => 0

-- Times: 12-hour clock to 24-hour.
SELECT norm FROM entities('5 p.m., 10am, 12:30pm, 6:30 a.m. ET, noon, midnight', 'model=0');
-- => 17:00
-- => 10:00
-- => 12:30
-- => 06:30
-- => 12:00
-- => 00:00

-- Numbers in words.
SELECT type, norm FROM entities('two million, twenty-five, 21st, twentieth', 'model=0');
-- => CARDINAL|2000000
-- => CARDINAL|25
-- => ORDINAL|21
-- => ORDINAL|20

-- Patterns never cross a line break; "M." is an initial, "Euro 2000" a name.
SELECT type, entity FROM entities('it costs 50' || char(10) || 'km away', 'model=0');
-- => CARDINAL|50
SELECT type, entity FROM entities('scored 50 M. Slater', 'model=0');
-- => CARDINAL|50
SELECT type, entity FROM entities('six Euro 2000 qualifiers', 'model=0');
-- => CARDINAL|six
-- => CARDINAL|2000

-- Start and length count characters, not bytes.
SELECT entity, start, length FROM entities('Ünïcödé 12% naïve 3 km', 'model=0');
-- => 12%|9|3
-- => 3 km|19|4

-- types= filters; patterns=0 model=0 gives nothing.
SELECT type FROM entities('at 5 p.m. on May 5', 'model=0 types=date');
-- => DATE
SELECT count(*) FROM entities('at 5 p.m. on May 5', 'model=0 patterns=0');
-- => 0

-- The model's rows: PERSON/ORG/LOC/MISC with a score in (0, 1].
SELECT count(*) > 0, min(score) > 0, max(score) <= 1 FROM entities('Angela Merkel met Barack Obama in Berlin on Monday.', 'patterns=0');
-- => 1|1|1
SELECT DISTINCT source FROM entities('Angela Merkel met Barack Obama in Berlin.', 'patterns=0');
-- => model

-- Dictionary: case-insensitive, longest match wins, beats patterns and model.
CREATE TABLE d(phrase, type);
INSERT INTO d VALUES ('New York', 'LOC'), ('New York Times', 'ORG'), ('monday', 'HOLIDAY'), (NULL, 'X'), ('5 May', 'FESTIVAL');
SELECT type, entity, norm, source FROM entities('Pfizer sold New York Times shares in NEW YORK on Monday, 5 May.', 'model=0 dictionary=d');
-- => ORG|New York Times|New York Times|dictionary
-- => LOC|NEW YORK|NEW YORK|dictionary
-- => HOLIDAY|Monday|Monday|dictionary
-- => FESTIVAL|5 May|5 May|dictionary
SELECT type, entity FROM entities('the New York Times and New York', 'dictionary=d types=ORG');
-- => ORG|New York Times
SELECT count(*) FROM (VALUES ('New York'), ('new york times'), ('x')) v, entities(v.column1, 'model=0 dictionary=d');
-- => 2

-- The hidden columns give back the arguments; position counts rows.
SELECT text, options, position FROM entities('5 km', 'model=0');
-- => 5 km|model=0|0

-- NULL text: no rows.  BLOB: read as UTF-8.  Invalid UTF-8: one U+FFFD per byte.
SELECT count(*) FROM entities(NULL);
-- => 0
SELECT count(*) FROM entities(NULL, 'model=0');
-- => 0
SELECT type, entity FROM entities(CAST('call 555-1234' AS BLOB), 'model=0');
-- => PHONE|555-1234
SELECT type, entity, start, length FROM entities(X'FF20313225', 'model=0');
-- => PERCENT|12%|3|3
SELECT count(*) FROM entities(X'FFFE80C0', 'model=1');
-- => 0
SELECT type, norm FROM entities(2014, 'model=0');
-- => CARDINAL|2014

-- Errors name the function and the valid keys or values.
SELECT * FROM entities('x', 'bogus=1');
-- error: textkit: entities(): unknown option 'bogus'; valid keys: types, patterns, model, dictionary, ref
SELECT * FROM entities('x', 'types=PERSON,FOO');
-- error: textkit: entities(): unknown type 'FOO' in types=; valid types: PERSON, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL, EMAIL, URL, PHONE, HASHTAG, MENTION, IP
SELECT * FROM entities('x', 'model=2');
-- error: textkit: entities(): bad value '2' for model; valid: 0, 1
SELECT * FROM entities('x', 'ref=2014-02-30');
-- error: textkit: entities(): bad value '2014-02-30' for ref; expected a date YYYY-MM-DD
SELECT * FROM entities('x', 'dictionary=nosuch');
-- error: textkit: entities(): cannot read dictionary table 'nosuch': no such table: nosuch
SELECT * FROM entities('x', 'dictionary=');
-- error: textkit: entities(): dictionary= needs a table name
SELECT * FROM entities('x', 'model');
-- error: textkit: entities(): option 'model' is not of the form key=value
SELECT * FROM entities;
-- error: textkit: entities(): missing argument text; usage: entities(text [, options])
SELECT * FROM entities('a', 'b', 'c');
-- error: too many arguments on entities() - max 2

-- SQLITE_DIRECTONLY: not usable from views or triggers (dictionary= reads tables).
CREATE VIEW v_ent AS SELECT type FROM entities('5 km', 'model=0');
SELECT * FROM v_ent;
-- error: unsafe use of virtual table "entities"

-- Arguments from another table of the join reach the function (the planner
-- must not run it without them and filter the rows afterwards).
CREATE TABLE join_opts(opt TEXT);
INSERT INTO join_opts VALUES ('model=0');
SELECT e.type, e.norm FROM join_opts, entities('Paid $5 on Feb. 7, 2014', join_opts.opt) e;
-- => MONEY|5 USD
-- => DATE|2014-02-07
