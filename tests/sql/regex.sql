-- Regular expressions: regexp (the REGEXP operator), regexp_like,
-- regexp_count, regexp_instr, regexp_substr, regexp_replace and the
-- table-valued regexp_matches and regexp_split.

-- ---------------------------------------------------------------- REGEXP
SELECT 'Hello world' REGEXP 'wor', 'Hello world' REGEXP '^wor';
-- => 1|0

SELECT regexp('^H', 'Hello'), regexp('^h', 'Hello');
-- => 1|0

SELECT count(*) FROM (VALUES ('apple'), ('banana'), ('cherry')) WHERE column1 REGEXP 'an|rr';
-- => 2

SELECT NULL REGEXP 'a', 'a' REGEXP NULL;
-- => NULL|NULL

SELECT 'a' REGEXP '(';
-- error: textkit: regexp(): invalid pattern at offset 1: missing closing parenthesis

-- ----------------------------------------------------------- regexp_like
SELECT regexp_like('Hello', '^h'), regexp_like('Hello', '^h', 'i');
-- => 0|1

-- Unicode properties and caseless matching beyond ASCII.
SELECT regexp_like('Straße', '^\w+$'), regexp_like('ÉCOLE', 'école', 'i'), regexp_like('東京', '^\p{Han}+$');
-- => 1|1|1

SELECT regexp_like('٣', '^\d$'), regexp_like('x', '^[[:alpha:]]$');
-- => 1|1

-- Flags: m (multiline), s (dot-all), x (extended), g accepted.
SELECT regexp_like('a' || char(10) || 'b', '^b$'), regexp_like('a' || char(10) || 'b', '^b$', 'm');
-- => 0|1

SELECT regexp_like('a' || char(10) || 'b', 'a.b'), regexp_like('a' || char(10) || 'b', 'a.b', 's');
-- => 0|1

SELECT regexp_like('abc', 'a b c # letters', 'x'), regexp_like('abc', 'b', 'gimsx');
-- => 1|1

SELECT regexp_like('', ''), regexp_like('', 'a'), regexp_like('abc', '');
-- => 1|0|1

SELECT regexp_like(NULL, 'a'), regexp_like('a', NULL), regexp_like('a', 'a', NULL);
-- => NULL|NULL|NULL

-- Numbers are read as text; BLOBs as UTF-8.
SELECT regexp_like(12345, '^\d+$'), regexp_like(CAST('héllo' AS BLOB), '^h.llo$');
-- => 1|1

-- Invalid UTF-8 subjects: invalid bytes are never matched, never a crash.
SELECT regexp_like(X'ff61ff', 'a'), regexp_like(X'ff61ff', '^a'), regexp_like(X'c0af', '.');
-- => 1|0|0

SELECT regexp_like('a', '(');
-- error: textkit: regexp_like(): invalid pattern at offset 1: missing closing parenthesis

SELECT regexp_like('a', 'a{2,1}');
-- error: textkit: regexp_like(): invalid pattern at offset 5: numbers out of order in {} quantifier

SELECT regexp_like('a', '[z-a]');
-- error: textkit: regexp_like(): invalid pattern at offset 3: range out of order in character class

SELECT regexp_like('a', '(?<n>a)(?<n>b)');
-- error: textkit: regexp_like(): invalid pattern at offset 12: two named subpatterns have the same name (PCRE2_DUPNAMES not set)

-- An invalid UTF-8 pattern is an invalid pattern.
SELECT regexp_like('a', X'61ff');
-- error: textkit: regexp_like(): invalid pattern at offset 1: UTF-8 error: illegal byte (0xfe or 0xff)

-- \C would split characters: refused.
SELECT regexp_like('a', '\C');
-- error: textkit: regexp_like(): invalid pattern at offset 2: using \C is disabled by the application

SELECT regexp_like('a', 'a', 'q');
-- error: textkit: regexp_like(): unknown flag 'q' (valid flags: i m s x g)

SELECT regexp_like('a', 'a', 'iü');
-- error: textkit: regexp_like(): unknown flag 'ü' (valid flags: i m s x g)

SELECT regexp_like('a', 'a', 1);
-- error: textkit: regexp_like(): unknown flag '1' (valid flags: i m s x g)

SELECT regexp_like('a');
-- error: wrong number of arguments to function regexp_like()

SELECT regexp_like('a', 'a', 'i', 'x');
-- error: wrong number of arguments to function regexp_like()

-- Catastrophic backtracking is an error, not a hang.
SELECT regexp_like(printf('%.*c', 40, 'a') || 'b', '(a+)+$');
-- error: textkit: regexp_like(): match limit exceeded

SELECT printf('%.*c', 40, 'a') || 'b' REGEXP '(a|aa)+$';
-- error: textkit: regexp(): match limit exceeded

-- The pattern length is capped by SQLITE_LIMIT_LIKE_PATTERN_LENGTH (50000).
SELECT regexp_like('a', printf('%.*c', 50001, 'a'));
-- error: textkit: regexp_like(): pattern too long (50001 bytes, the limit is 50000)

SELECT regexp_like('a', 'a' || printf('%.*c', 49999, ' '), 'x');
-- => 1

-- The cached pattern is recompiled when the flags change between rows.
WITH t(f) AS (VALUES (''), ('i'), (''), ('i')) SELECT group_concat(regexp_like('ABC', 'b', f), ',') FROM t;
-- => 0,1,0,1

-- A different pattern on each row.
WITH t(p) AS (VALUES ('a'), ('x'), ('c$')) SELECT group_concat(regexp_like('abc', p), ',') FROM t;
-- => 1,0,1

-- ---------------------------------------------------------- regexp_count
SELECT regexp_count('a1b22c333', '\d+'), regexp_count('a1b22c333', '\d'), regexp_count('abc', 'x');
-- => 3|6|0

-- Empty matches count once at each position (like Python's re.findall).
SELECT regexp_count('abc', ''), regexp_count('', ''), regexp_count('abc', 'x*');
-- => 4|1|4

SELECT regexp_count('The the THE', 'the', 'i'), regexp_count('aaaa', 'aa');
-- => 3|2

SELECT regexp_count(NULL, 'a'), regexp_count('a', NULL);
-- => NULL|NULL

SELECT regexp_count(X'ff61ff61', 'a');
-- => 2

SELECT regexp_count('a', 'a', 'z');
-- error: textkit: regexp_count(): unknown flag 'z' (valid flags: i m s x g)

SELECT regexp_count('a', '*');
-- error: textkit: regexp_count(): invalid pattern at offset 0: quantifier does not follow a repeatable item

SELECT regexp_count('a');
-- error: wrong number of arguments to function regexp_count()

-- ---------------------------------------------------------- regexp_instr
-- 1-based character positions, 0 when there is no match.
SELECT regexp_instr('abc123', '\d'), regexp_instr('héllo wörld', 'w'), regexp_instr('abc', 'x');
-- => 4|7|0

SELECT regexp_instr('😀😀x', 'x'), regexp_instr('abc', ''), regexp_instr('ABC', 'c', 'i');
-- => 3|1|3

-- Each invalid byte counts as one character.
SELECT regexp_instr(X'ffff61', 'a'), regexp_instr(X'e282ac61', 'a');
-- => 3|2

SELECT regexp_instr(NULL, 'a'), regexp_instr('a', NULL), regexp_instr('a', 'a', NULL);
-- => NULL|NULL|NULL

SELECT regexp_instr('a', '(?<');
-- error: textkit: regexp_instr(): invalid pattern at offset 3: subpattern name expected

SELECT regexp_instr();
-- error: wrong number of arguments to function regexp_instr()

-- --------------------------------------------------------- regexp_substr
SELECT regexp_substr('Order 66 of 2024', '\d+'), regexp_substr('2024-05-17', '(\d+)-(\d+)', 2);
-- => 66|05

SELECT regexp_substr('2024-05-17', '(\d+)-(\d+)', 0), regexp_substr('Müller', 'ü.+');
-- => 2024-05|üller

SELECT regexp_substr('abc', 'x') IS NULL, regexp_substr('abc', '(x)|b', 1) IS NULL;
-- => 1|1

SELECT regexp_substr('ABC', 'b', 0, 'i'), regexp_substr('ab', 'b', '0');
-- => B|b

SELECT regexp_substr(NULL, 'a'), regexp_substr('a', NULL), regexp_substr('a', 'a', NULL), regexp_substr('a', 'a', 0, NULL);
-- => NULL|NULL|NULL|NULL

SELECT regexp_substr(X'ff616263ff', 'b.');
-- => bc

SELECT regexp_substr('abc', '(b)', 2);
-- error: textkit: regexp_substr(): group 2 out of range (the pattern has 1)

SELECT regexp_substr('abc', 'b', -1);
-- error: textkit: regexp_substr(): group -1 out of range (the pattern has 0)

SELECT regexp_substr('abc', 'b', 'one');
-- error: textkit: regexp_substr(): group must be an integer

SELECT regexp_substr('abc', 'b', 1.5);
-- error: textkit: regexp_substr(): group must be an integer

SELECT regexp_substr('abc', 'b', 0, 'gq');
-- error: textkit: regexp_substr(): unknown flag 'q' (valid flags: i m s x g)

SELECT regexp_substr('abc');
-- error: wrong number of arguments to function regexp_substr()

SELECT regexp_substr('a', 'b', 0, 'i', 'x');
-- error: wrong number of arguments to function regexp_substr()

-- -------------------------------------------------------- regexp_replace
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

-- Groups 10 and up: $10 is group 10; ${1}0 is group 1 then "0".
SELECT regexp_replace('abcdefghijk', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '$10-${1}0');
-- => j-a0

-- An unset group expands to nothing.
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

-- Invalid bytes come out as U+FFFD.
SELECT hex(regexp_replace(X'ff61ff', 'a', 'b'));
-- => EFBFBD62EFBFBD

SELECT regexp_replace('abc', 'b', '$2');
-- error: textkit: regexp_replace(): group 2 in the replacement does not exist (the pattern has 0)

SELECT regexp_replace('abc', 'b', '${nope}');
-- error: textkit: regexp_replace(): unknown group name 'nope' in replacement

SELECT regexp_replace('abc', 'b', 'x$');
-- error: textkit: regexp_replace(): invalid '$' at offset 1 of the replacement (use $1, ${1}, ${name} or $$)

SELECT regexp_replace('abc', 'b', '${1');
-- error: textkit: regexp_replace(): invalid '$' at offset 0 of the replacement (use $1, ${1}, ${name} or $$)

-- A bad template is an error even when nothing matches.
SELECT regexp_replace('abc', 'x', '$a');
-- error: textkit: regexp_replace(): invalid '$' at offset 0 of the replacement (use $1, ${1}, ${name} or $$)

SELECT regexp_replace('abc', 'b', 'x', 'v');
-- error: textkit: regexp_replace(): unknown flag 'v' (valid flags: i m s x g)

SELECT regexp_replace(printf('%.*c', 40, 'a') || 'b', '(a+)+$', 'x');
-- error: textkit: regexp_replace(): match limit exceeded

SELECT regexp_replace('abc', 'b');
-- error: wrong number of arguments to function regexp_replace()

-- --------------------------------------------------------- regexp_matches
SELECT match, groups, start, length, position FROM regexp_matches('a1 b22', '([a-z])(\d+)');
-- => a1|["a","1"]|1|2|0
-- => b22|["b","22"]|4|3|1

-- Unset groups are null; starts and lengths count characters.
SELECT match, groups, start, length FROM regexp_matches('é1 x', '(é)?(\d)|(x)');
-- => é1|["é","1",null]|1|2
-- => x|[null,null,"x"]|4|1

SELECT json_extract(groups, '$[1]') FROM regexp_matches('k=v; a=b', '(\w+)=(\w+)');
-- => v
-- => b

-- Groups are JSON-escaped.
SELECT groups, json_valid(groups) FROM regexp_matches('say "hi\there"', '"(.*)"');
-- => ["hi\\there"]|1

SELECT groups FROM regexp_matches('a' || char(9) || 'b', '(a\tb)');
-- => ["a\u0009b"]

-- No groups: an empty array.  All matches are returned (flag g or not).
SELECT group_concat(match || '@' || start || ':' || groups, ' ') FROM regexp_matches('The the THE', 'the', 'i');
-- => The@1:[] the@5:[] THE@9:[]

SELECT count(*) FROM regexp_matches('abc', 'x*');
-- => 4

SELECT count(*) FROM regexp_matches('abc', 'x');
-- => 0

SELECT match, start, length FROM regexp_matches(X'ff61ff62', '[ab]');
-- => a|2|1
-- => b|4|1

-- An invalid byte is matched by nothing, not even '.'.
SELECT count(*) FROM regexp_matches(X'61ff62', 'a.*b');
-- => 0

SELECT count(*) FROM regexp_matches(NULL, 'a');
-- => 0

SELECT count(*) FROM regexp_matches('a', NULL);
-- => 0

SELECT count(*) FROM regexp_matches('a', 'a', NULL);
-- => 0

-- Joined to a table: one scan per row.
WITH t(id, s) AS (VALUES (1, 'x1y2'), (2, 'z3')) SELECT t.id, m.match FROM t, regexp_matches(t.s, '\d') AS m;
-- => 1|1
-- => 1|2
-- => 2|3

SELECT * FROM regexp_matches('a', '(');
-- error: textkit: regexp_matches(): invalid pattern at offset 1: missing closing parenthesis

SELECT * FROM regexp_matches('a', 'a', 'k');
-- error: textkit: regexp_matches(): unknown flag 'k' (valid flags: i m s x g)

SELECT * FROM regexp_matches(printf('%.*c', 40, 'a') || 'b', '(a+)+$');
-- error: textkit: regexp_matches(): match limit exceeded

SELECT * FROM regexp_matches('abc');
-- error: textkit: regexp_matches(): missing argument pattern; usage: regexp_matches(text, pattern [, flags])

SELECT * FROM regexp_matches;
-- error: textkit: regexp_matches(): missing argument text; usage: regexp_matches(text, pattern [, flags])

-- ----------------------------------------------------------- regexp_split
SELECT part, start, length, position FROM regexp_split('a, b,,c', ',\s*');
-- => a|1|1|0
-- => b|4|1|1
-- => |6|0|2
-- => c|7|1|3

-- Like PostgreSQL's regexp_split_to_table: empty matches at the start,
-- at the end or right after a match do not split.
SELECT group_concat(part, '|') FROM regexp_split('hello world', '\s*');
-- => h|e|l|l|o|w|o|r|l|d

SELECT group_concat(part, '|') FROM regexp_split('abc', '');
-- => a|b|c

SELECT group_concat(quote(part), ' ') FROM regexp_split(',a,', ',');
-- => '' 'a' ''

SELECT part, start, length FROM regexp_split('', ',');
-- => |1|0

SELECT part, start, length FROM regexp_split('né et né', '\s*et\s*');
-- => né|1|2
-- => né|7|2

SELECT group_concat(part, '|') FROM regexp_split('aXbxc', 'x', 'i');
-- => a|b|c

SELECT hex(part) FROM regexp_split(X'ff2cfe', ',');
-- => EFBFBD
-- => EFBFBD

SELECT count(*) FROM regexp_split(NULL, ',');
-- => 0

SELECT count(*) FROM regexp_split('a', NULL);
-- => 0

SELECT * FROM regexp_split('a', '[');
-- error: textkit: regexp_split(): invalid pattern at offset 1: missing terminating ] for character class

SELECT * FROM regexp_split('a', ',', 'y');
-- error: textkit: regexp_split(): unknown flag 'y' (valid flags: i m s x g)

SELECT * FROM regexp_split('a');
-- error: textkit: regexp_split(): missing argument pattern; usage: regexp_split(text, pattern [, flags])

SELECT * FROM regexp_split;
-- error: textkit: regexp_split(): missing argument text; usage: regexp_split(text, pattern [, flags])

-- Error messages quote invalid bytes as U+FFFD.
SELECT regexp_like('a', 'a', X'69ff');
-- error: textkit: regexp_like(): unknown flag '�' (valid flags: i m s x g)

SELECT regexp_replace('abc', '(b)', X'247b61ff7d');
-- error: textkit: regexp_replace(): unknown group name 'a�' in replacement

-- The arguments are HIDDEN columns: WHERE text = ... AND pattern = ... works;
-- any other constraint on them has no query solution.
SELECT match, start FROM regexp_matches WHERE text = 'a1b2' AND pattern = '\d' AND flags = 'i';
-- => 1|2
-- => 2|4

SELECT part FROM regexp_split WHERE pattern = ',' AND text = 'x,y';
-- => x
-- => y

SELECT * FROM regexp_matches WHERE text = 'a1' AND pattern > '\d';
-- error: textkit: regexp_matches(): missing argument pattern; usage: regexp_matches(text, pattern [, flags])

SELECT * FROM regexp_split WHERE text = 'a1';
-- error: textkit: regexp_split(): missing argument pattern; usage: regexp_split(text, pattern [, flags])

-- Flags from another table of the join reach regexp_matches().
CREATE TABLE join_flags(fl TEXT);
INSERT INTO join_flags VALUES ('i');
SELECT r.match FROM join_flags, regexp_matches('Abc abc', 'ABC', join_flags.fl) r;
-- => Abc
-- => abc
