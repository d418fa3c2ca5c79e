-- Normalization: text_normalize, text_casefold, text_unaccent, text_lower,
-- text_upper, text_clean.

-- Forms: NFC is the default; names are case-insensitive.
SELECT hex(text_normalize('e' || char(0x301)));
-- => C3A9
SELECT hex(text_normalize(char(0xE9), 'NFD'));
-- => 65CC81
SELECT text_normalize('ﬁ', 'nfkc'), text_normalize('①', 'NFKD'), text_normalize('ﬁ', 'NFC');
-- => fi|1|ﬁ
SELECT length(text_normalize(char(0x1100, 0x1161))), text_normalize(char(0x1100, 0x1161)) = char(0xAC00);
-- => 1|1

-- Case folding, accent stripping.
SELECT text_casefold('Straße'), text_casefold('ẞ'), text_casefold('ΣΟΦΙΑ');
-- => strasse|ss|σοφια
SELECT text_unaccent('Crème brûlée'), text_unaccent('Łódź'), text_unaccent('São Paulo');
-- => Creme brulee|Lodz|Sao Paulo

-- ICU locale-aware case mapping.
SELECT text_lower('TITLE', 'tr'), text_lower('TITLE'), text_upper('istanbul', 'tr'), text_upper('istanbul', 'en_US');
-- => tıtle|title|İSTANBUL|ISTANBUL
SELECT text_upper('straße'), text_lower('ÀÉÎ', '');
-- => STRASSE|àéî

-- Cleaning.
SELECT '[' || text_clean('  a' || char(7) || '   b' || char(9, 10) || ' c  ') || ']';
-- => [a b c]
SELECT hex(text_clean('e' || char(0x301, 0xA0) || 'x'));
-- => C3A92078

-- Numbers are read as their text.
SELECT text_lower(12.5), text_casefold(7), text_upper(-3);
-- => 12.5|7|-3

-- NULL in any argument gives NULL.
SELECT text_normalize(NULL) IS NULL, text_normalize('a', NULL) IS NULL, text_casefold(NULL) IS NULL, text_unaccent(NULL) IS NULL, text_clean(NULL) IS NULL, text_lower(NULL) IS NULL, text_upper('a', NULL) IS NULL;
-- => 1|1|1|1|1|1|1

-- Empty strings stay empty (not NULL).
SELECT quote(text_casefold('')), quote(text_clean('   ')), quote(text_normalize('', 'NFD'));
-- => ''|''|''

-- BLOBs are read as UTF-8; each invalid byte becomes U+FFFD.
SELECT text_casefold(CAST('ABC' AS BLOB)), typeof(text_casefold(X'41'));
-- => abc|text
SELECT hex(text_casefold(X'41FF42')), hex(text_normalize(X'C0AF')), hex(text_unaccent(X'E282'));
-- => 61EFBFBD62|EFBFBDEFBFBD|EFBFBDEFBFBD
SELECT hex(text_lower(X'41FF', 'tr')), hex(text_clean(X'20FF20'));
-- => 61EFBFBD|EFBFBD

-- Bad forms and locales are errors naming what is valid.
SELECT text_normalize('a', 'NFX');
-- error: textkit: text_normalize(): unknown normalization form 'NFX' (valid: NFC, NFD, NFKC, NFKD)
SELECT text_normalize('a', 5);
-- error: textkit: text_normalize(): unknown normalization form '5' (valid: NFC, NFD, NFKC, NFKD)
SELECT text_normalize('a', X'FF');
-- error: textkit: text_normalize(): unknown normalization form '�' (valid: NFC, NFD, NFKC, NFKD)
SELECT text_lower('a', 'xx');
-- error: textkit: text_lower(): unknown locale 'xx' (expected an ISO 639 language code such as 'en', 'tr', 'de_DE')
SELECT text_upper('a', 42);
-- error: textkit: text_upper(): unknown locale '42' (expected an ISO 639 language code such as 'en', 'tr', 'de_DE')

-- Wrong argument counts are SQLite's own errors.
SELECT text_normalize();
-- error: wrong number of arguments to function text_normalize()
SELECT text_normalize('a', 'NFC', 1);
-- error: wrong number of arguments to function text_normalize()
SELECT text_casefold('a', 'b');
-- error: wrong number of arguments to function text_casefold()
SELECT text_unaccent();
-- error: wrong number of arguments to function text_unaccent()
SELECT text_lower('a', 'tr', 1);
-- error: wrong number of arguments to function text_lower()
SELECT text_clean('a', 'b');
-- error: wrong number of arguments to function text_clean()

-- A long value keeps its length and content.
SELECT length(text_casefold(replace(printf('%.100000c', 'x'), 'x', 'Ä'))), substr(text_casefold(replace(printf('%.100000c', 'x'), 'x', 'Ä')), 99999);
-- => 100000|ää
