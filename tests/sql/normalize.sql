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

-- text_decode(x [, charset]): bytes to UTF-8 text. 'auto' (the default):
-- a BOM decides, else valid UTF-8 stays as it is, else bytes with no valid
-- UTF-8 sequence at all are Windows-1252, else invalid bytes become U+FFFD.
SELECT text_decode(X'636166C3A9'), text_decode(X'636166E9'), text_decode(X'EFBBBF636166C3A9'), typeof(text_decode(X'41'));
-- => café|café|café|text
SELECT text_decode(X'FFFE630061006600E900'), text_decode(X'FEFF00630061006600E9'), text_decode(X'FFFE0000E9000000'), text_decode(X'0000FEFF000000E9');
-- => café|café|é|é
SELECT text_encoding(X'EFBBBF41'), text_encoding(X'FFFE4100'), text_encoding(X'FEFF0041'), text_encoding(X'FFFE000041000000'), text_encoding(X'0000FEFF00000041');
-- => utf-8-bom|utf-16le|utf-16be|utf-32le|utf-32be
SELECT text_encoding('café'), text_encoding(X'636166E9'), text_encoding(X'C3A9E9'), text_encoding(''), text_encoding(X'');
-- => utf-8|windows-1252|utf-8-repaired|utf-8|utf-8
-- A valid pair by chance in Windows-1252 text ("16 in × 11 in" with
-- no-break spaces: D7 A0) against five invalid bytes: still Windows-1252.
SELECT text_encoding(X'3136A0696E20D7A0313120E974E920E020E8'), text_decode(X'3136A0696E20D7A0313120E974E920E020E8') = '16' || char(160) || 'in ×' || char(160) || '11 été à è';
-- => windows-1252|1
-- Not UTF-8, and enough bytes over 0x7F to tell: the legacy charset
-- ICU's detector finds (tests/py/test_charsets.py: 33 languages).
-- Russian in windows-1251 and KOI8-R, Japanese in Shift_JIS, Greek in
-- windows-1253 (ICU: ISO-8859-7, the same letters here), Polish in
-- windows-1250 (its 'ą' is 'š' in ISO-8859-2), and Icelandic, which stays
-- Windows-1252.
SELECT text_encoding(X'C3EEF0EEE4F1EAE8E520E2EBE0F1F2E820F1EEEEE1F9E8EBE82C20F7F2EE20ECEEF1F220EEF2EAF0EEE5F2F1FF20EEF1E5EDFCFE2E'), text_decode(X'C3EEF0EEE4F1EAE8E520E2EBE0F1F2E820F1EEEEE1F9E8EBE82C20F7F2EE20ECEEF1F220EEF2EAF0EEE5F2F1FF20EEF1E5EDFCFE2E');
-- => windows-1251|Городские власти сообщили, что мост откроется осенью.
SELECT text_encoding(X'E7CFD2CFC4D3CBC9C520D7CCC1D3D4C920D3CFCFC2DDC9CCC92C20DED4CF20CDCFD3D420CFD4CBD2CFC5D4D3D120CFD3C5CED8C02E'), text_decode(X'E7CFD2CFC4D3CBC9C520D7CCC1D3D4C920D3CFCFC2DDC9CCC92C20DED4CF20CDCFD3D420CFD4CBD2CFC5D4D3D120CFD3C5CED8C02E');
-- => koi8-r|Городские власти сообщили, что мост откроется осенью.
SELECT text_encoding(X'905682B582A28BB482CC8A4A92CA82CD8F4882C982B882EA8D9E82DE8142'), text_decode(X'905682B582A28BB482CC8A4A92CA82CD8F4882C982B882EA8D9E82DE8142');
-- => shift_jis|新しい橋の開通は秋にずれ込む。
SELECT text_encoding(X'C720E3DDF6F5F1E120E8E120E1EDEFDFEEE5E920ECFCEBE9F220F4EF20F6E8E9EDFCF0F9F1EF2E'), text_decode(X'C720E3DDF6F5F1E120E8E120E1EDEFDFEEE5E920ECFCEBE9F220F4EF20F6E8E9EDFCF0F9F1EF2E');
-- => iso-8859-7|Η γέφυρα θα ανοίξει μόλις το φθινόπωρο.
SELECT text_encoding(X'55727AB964206D696173746120706F696E666F726D6F7761B32C20BF65206D6F73742062EA647A6965206F747761727479206A657369656E69B92E'), text_decode(X'55727AB964206D696173746120706F696E666F726D6F7761B32C20BF65206D6F73742062EA647A6965206F747761727479206A657369656E69B92E');
-- => windows-1250|Urząd miasta poinformował, że most będzie otwarty jesienią.
SELECT text_encoding(X'426F7267617272E1F02074696C6B796E6E74692061F0206EFD6A61206272FA696E20766572F069206F706E75F020ED2068617573742E'), text_decode(X'426F7267617272E1F02074696C6B796E6E74692061F0206EFD6A61206272FA696E20766572F069206F706E75F020ED2068617573742E');
-- => windows-1252|Borgarráð tilkynnti að nýja brúin verði opnuð í haust.
-- Markup that declares its charset in its first 1 KB is read as declared,
-- also Windows-1257 (Lithuanian), which the detector does not know.
SELECT text_encoding(X'3C68746D6C3E3C6D65746120636861727365743D2277696E646F77732D31323537223E3C626F64793E5365696D617320707269EB6DEB20E173746174796DE02E3C2F626F64793E3C2F68746D6C3E'), text_decode(X'3C68746D6C3E3C6D65746120636861727365743D2277696E646F77732D31323537223E3C626F64793E5365696D617320707269EB6DEB20E173746174796DE02E3C2F626F64793E3C2F68746D6C3E');
-- => windows-1257|<html><meta charset="windows-1257"><body>Seimas priėmė įstatymą.</body></html>
-- Windows-1252: 0x80 is the euro sign, 0x93/0x94 curly quotes; the five
-- bytes it leaves undefined are U+FFFD.
SELECT text_decode(X'80209394'), hex(text_decode(X'818D8F909D'));
-- => € “”|EFBFBDEFBFBDEFBFBDEFBFBDEFBFBD
-- Valid UTF-8 is kept byte for byte (a NUL and a genuine U+FFFD too).
SELECT hex(text_decode(X'410042EFBFBDF09F9880')), hex(text_decode(X'C3A9E9'));
-- => 410042EFBFBDF09F9880|C3A9EFBFBD
-- Odd-length UTF-16 and unpaired surrogates are U+FFFD.
SELECT hex(text_decode(X'FFFE410042')), hex(text_decode(X'FFFE00D84100'));
-- => 41EFBFBD|EFBFBD41
-- Named charsets: utf-8 and windows-1252 as in auto, the rest through ICU.
SELECT text_decode(X'E9', 'latin1'), text_decode(X'A4', 'ISO-8859-15'), text_decode(X'93FA967B', 'shift_jis'), text_decode(X'CFF0E8E2E5F2', 'windows-1251');
-- => é|€|日本|Привет
SELECT hex(text_decode(X'80', 'latin1')), hex(text_decode(X'8081', 'cp1252')), hex(text_decode(X'41E282', 'UTF-8')), text_decode(X'61006200', 'utf-16le');
-- => C280|E282ACEFBFBD|41EFBFBDEFBFBD|ab
-- TEXT and numbers are read as their UTF-8 bytes.
SELECT text_decode('plain'), text_decode(12.5), text_decode('café', 'auto'), text_decode(CAST('é' AS BLOB), 'latin1');
-- => plain|12.5|café|Ã©
-- NULL in any argument gives NULL; empty gives ''.
SELECT text_decode(NULL) IS NULL, text_decode(NULL, 'latin1') IS NULL, text_decode(X'41', NULL) IS NULL, text_encoding(NULL) IS NULL;
-- => 1|1|1|1
SELECT quote(text_decode('')), quote(text_decode(X'')), quote(text_decode(X'', 'shift_jis')), quote(text_decode(X'EFBBBF'));
-- => ''|''|''|''
-- Bad arguments.
SELECT text_decode(X'41', 'klingon');
-- error: textkit: text_decode(): unknown charset 'klingon' (valid: auto, or a charset ICU knows such as utf-8, utf-16le, windows-1252, latin1, shift_jis)
SELECT text_decode(X'41', '');
-- error: textkit: text_decode(): unknown charset '' (valid: auto, or a charset ICU knows such as utf-8, utf-16le, windows-1252, latin1, shift_jis)
SELECT text_decode(X'41', 5);
-- error: textkit: text_decode(): the charset must be text such as 'auto' or 'latin1', not a number
SELECT text_decode(X'41', X'6C6174696E31');
-- error: textkit: text_decode(): the charset must be text such as 'auto' or 'latin1', not a blob
SELECT text_decode();
-- error: textkit: text_decode(): takes 1 or 2 arguments (x [, charset]), not 0 arguments
SELECT text_decode(X'41', 'auto', 'x');
-- error: textkit: text_decode(): takes 1 or 2 arguments (x [, charset]), not 3 arguments
SELECT text_encoding(X'41', 'auto');
-- error: textkit: text_encoding(): takes 1 argument (x), not 2 arguments

-- text_fix_mojibake(x): UTF-8 that was read as Windows-1252 and written
-- back as UTF-8 is repaired: é, ’, “ ”, –, €, °, a no-break space.
SELECT text_fix_mojibake('cafÃ©'), text_fix_mojibake('itâ€™s'), text_fix_mojibake('â€œHiâ€' || char(157) || ' â€“ â‚¬5'), text_fix_mojibake('25Â°C');
-- => café|it’s|“Hi” – €5|25°C
SELECT text_fix_mojibake('10Â' || char(160) || 'km') = '10' || char(160) || 'km';
-- => 1
-- Three characters with a no-break space are not a sure sign on their own:
-- Finnish "pöytä – pöydältä" (a no-break space before the dash) stays.
SELECT text_fix_mojibake('e.g. "pöytä' || char(160) || '– pöydältä"') = 'e.g. "pöytä' || char(160) || '– pöydältä"';
-- => 1
-- ... and is still repaired in a text that holds sure mojibake.
SELECT text_fix_mojibake('cafÃ© ' || char(228, 160, 8211)) = 'café ' || char(18454);
-- => 1
-- German, Russian (С is D1 81: 81 is one of the five bytes Windows-1252
-- leaves undefined, so a Latin-1 reader's C1 control), Chinese, an emoji.
SELECT text_fix_mojibake('GrÃ¶ÃŸe Ãœbung StraÃŸe'), text_fix_mojibake('ÐœÐ¾Ñ' || char(129) || 'ÐºÐ²Ð°'), text_fix_mojibake('ä¸' || char(173) || 'æ–‡'), text_fix_mojibake('ðŸ˜€!');
-- => Größe Übung Straße|Москва|中文|😀!
-- Broken twice (and three times) is repaired until nothing changes.
SELECT text_fix_mojibake('cafÃƒÂ©'), text_fix_mojibake('itÃ¢â‚¬â„¢s'), text_fix_mojibake('GrÃƒÂ¶ÃƒÅ¸e'), text_fix_mojibake('cafÃƒÆ’Ã‚Â©');
-- => café|it’s|Größe|café
-- Clean text comes back as it is, capitals before quotes and marks too.
SELECT text_fix_mojibake('Le titre était «L’ÉTÉ»… puis «CAFÉ», NESTLÉ® et «À BIENTÔT» !');
-- => Le titre était «L’ÉTÉ»… puis «CAFÉ», NESTLÉ® et «À BIENTÔT» !
SELECT text_fix_mojibake('Er rief: „ÜBER ALLES“ – dann „MÜ“, und der Fuß“ war kalt.');
-- => Er rief: „ÜBER ALLES“ – dann „MÜ“, und der Fuß“ war kalt.
SELECT text_fix_mojibake('Han skrev »PÅ GENSYN« og »SØ« på KØBENHAVN’s skilt – »ÆØÅ«.');
-- => Han skrev »PÅ GENSYN« og »SØ« på KØBENHAVN’s skilt – »ÆØÅ«.
SELECT text_fix_mojibake('O cartaz dizia «MAÇÃ», “SÃO PAULO” e «IRMÃ’s»… NÃO!');
-- => O cartaz dizia «MAÇÃ», “SÃO PAULO” e «IRMÃ’s»… NÃO!
SELECT text_fix_mojibake('Þau sögðu „VIÐ“ og „MEÐ“ – ÞÓRÐ’s bók, „ÐÚ“ og „ð“.');
-- => Þau sögðu „VIÐ“ og „MEÐ“ – ÞÓRÐ’s bók, „ÐÚ“ og „ð“.
SELECT text_fix_mojibake('Chữ “Â” và “Ã” trong “NGÃ”, “ĐÃ”… và LÊ’s.');
-- => Chữ “Â” và “Ã” trong “NGÃ”, “ĐÃ”… và LÊ’s.
SELECT text_fix_mojibake('A 3×½ in board at 25 °C, 10 µm, the £5 note © 2020.');
-- => A 3×½ in board at 25 °C, 10 µm, the £5 note © 2020.
-- A pair real text can hold (a capital and a closing quote) is repaired
-- only when the text holds a sure sequence too.
SELECT text_fix_mojibake('Ð”'), text_fix_mojibake('Ð” cafÃ©'), text_fix_mojibake('ÐœÐ¾');
-- => Ð”|Д café|Мо
-- A BLOB is read as its bytes; invalid bytes become U+FFFD.
SELECT text_fix_mojibake(X'636166C383C2A9'), hex(text_fix_mojibake(X'636166C383C2A9FF')), hex(text_fix_mojibake(X'41FF42')), typeof(text_fix_mojibake(X'41'));
-- => café|636166C3A9EFBFBD|41EFBFBD42|text
-- Numbers are read as their text; NULL gives NULL; empty gives ''.
SELECT text_fix_mojibake(12.5), text_fix_mojibake(NULL) IS NULL, quote(text_fix_mojibake('')), quote(text_fix_mojibake(X''));
-- => 12.5|1|''|''
SELECT text_fix_mojibake();
-- error: wrong number of arguments to function text_fix_mojibake()
SELECT text_fix_mojibake('a', 'b');
-- error: wrong number of arguments to function text_fix_mojibake()

-- text_dehyphenate(s): words a typeset page hyphenated at a line end are
-- whole again; the line break moves after the word.
SELECT text_dehyphenate('the documenta-' || char(10) || '  tion of it') = 'the documentation' || char(10) || '  of it';
-- => 1
-- man(1) hyphenates with U+2010; the soft hyphen U+00AD always goes.
SELECT text_dehyphenate('full documenta' || char(8208, 10) || 'tion') = 'full documentation', text_dehyphenate('soft' || char(173, 10) || 'ware') = 'software';
-- => 1|1
-- The hyphen stays before a capital or a digit, next to a one-letter part,
-- and when the text writes the pair with its hyphen and never joined.
SELECT replace(text_dehyphenate('Jean-' || char(10) || 'Pierre, COVID-' || char(10) || '19, X-' || char(10) || 'ray'), char(10), '|');
-- => Jean-Pierre,|COVID-19,|X-ray
SELECT replace(text_dehyphenate('a well-' || char(10) || 'known fact, well-known'), char(10), '|'), replace(text_dehyphenate('co-' || char(10) || 'op and co-op or coop'), char(10), '|');
-- => a well-known|fact, well-known|coop|and co-op or coop
-- A word that ends its line makes the two lines one; \r\n is one break.
SELECT text_dehyphenate('a docu-' || char(10) || 'ment.' || char(10) || 'next') = 'a document.' || char(10) || 'next', text_dehyphenate('docu-' || char(13, 10) || 'ment here') = 'document' || char(13, 10) || 'here';
-- => 1|1
-- No break: a dash, a hyphen after a space or a digit, a blank line or a
-- list item after it, a hyphen at the very end.
SELECT count(*) FROM (VALUES ('a--' || char(10) || 'b'), ('a -' || char(10) || 'b'), ('12-' || char(10) || '14'), ('ab-' || char(10, 10) || 'cd'), ('ab-' || char(10) || '- cd'), ('ab-')) WHERE text_dehyphenate(column1) = column1;
-- => 6
-- A BLOB is read as its bytes; invalid bytes become U+FFFD; numbers are
-- read as their text; NULL gives NULL; empty gives ''.
SELECT text_dehyphenate(X'61622D0A6364'), hex(text_dehyphenate(X'FF61622D0A6364')), text_dehyphenate(-12), text_dehyphenate(NULL) IS NULL, quote(text_dehyphenate('')), typeof(text_dehyphenate(X''));
-- => abcd|EFBFBD61626364|-12|1|''|text
-- 11 MB with a million breaks: each word whole, on a line of its own
-- (the last one ends the text).
SELECT length(d), length(replace(d, 'document' || char(10), '')) FROM (SELECT text_dehyphenate(replace(printf('%.*c', 1000000, 'x'), 'x', 'docu-' || char(10) || 'ment ')) AS d);
-- => 9000000|9
SELECT text_dehyphenate();
-- error: wrong number of arguments to function text_dehyphenate()
SELECT text_dehyphenate('a', 'b');
-- error: wrong number of arguments to function text_dehyphenate()
