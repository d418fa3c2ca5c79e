-- text_records(x [, options]): record, line, fields, error.

-- CSV with a header: fields is a JSON object in header order, every value a
-- string; quoted fields hold separators, doubled quotes and line ends, and
-- line is where the record starts.
SELECT record, line, fields, error FROM text_records('id,title,content
1,"Hello, world","He said ""hi""
and left"
2,Plain,""');
-- => 1|2|{"id":"1","title":"Hello, world","content":"He said \"hi\"\u000aand left"}|NULL
-- => 2|4|{"id":"2","title":"Plain","content":""}|NULL
SELECT fields ->> '$.content' = 'He said "hi"' || char(10) || 'and left' FROM text_records('id,title,content
1,"Hello, world","He said ""hi""
and left"');
-- => 1
-- CRLF ends a record like LF (one line end), and so does a lone CR; a
-- CRLF inside quotes belongs to the field.
SELECT record, line, fields FROM text_records('a,b' || char(13, 10) || '1,"x' || char(13, 10) || 'y"' || char(13, 10) || '2,z' || char(13) || '3,w' || char(13, 10));
-- => 1|2|{"a":"1","b":"x\u000d\u000ay"}
-- => 2|4|{"a":"2","b":"z"}
-- => 3|4|{"a":"3","b":"w"}
-- A leading byte order mark is skipped.
SELECT record, fields FROM text_records(CAST(X'EFBBBF' AS TEXT) || 'id,name' || char(10) || '7,Ann');
-- => 1|{"id":"7","name":"Ann"}
SELECT fields FROM text_records(X'EFBBBF69640A37');
-- => {"id":"7"}
-- A final line end makes no record; empty lines make none but count.
SELECT record, line, fields FROM text_records(char(10) || 'a' || char(10, 10) || '1' || char(10, 10, 10) || '2' || char(10));
-- => 1|4|{"a":"1"}
-- => 2|7|{"a":"2"}
-- Text after a closing quote is appended as it is; a quote inside an
-- unquoted field is literal; a field is never trimmed.
SELECT fields FROM text_records('a,b,c
"x"y z,5" disk, sp ');
-- => {"a":"xy z","b":"5\" disk","c":" sp "}
-- A trailing separator makes one more, empty field.
SELECT fields, error FROM text_records('a,b
1,');
-- => {"a":"1","b":""}|NULL
-- Ragged records: more fields get keys column<k>, fewer lack keys; the
-- error says so and nothing is dropped.
SELECT record, fields, error FROM text_records('a,b,c,d,e
1,2,3,4,5,6,7
1,2,3
solo');
-- => 1|{"a":"1","b":"2","c":"3","d":"4","e":"5","column6":"6","column7":"7"}|7 fields, the header has 5
-- => 2|{"a":"1","b":"2","c":"3"}|3 fields, the header has 5
-- => 3|{"a":"solo"}|1 field, the header has 5
-- An unterminated quote runs to the end of x; the record is still returned.
SELECT record, line, fields, error FROM text_records('a,b
1,2
3,"never closed
4,5');
-- => 1|2|{"a":"1","b":"2"}|NULL
-- => 2|3|{"a":"3","b":"never closed\u000a4,5"}|unterminated quoted field
SELECT record, fields, error FROM text_records('a
"open');
-- => 1|{"a":"open"}|unterminated quoted field
-- Header names are trimmed; an empty one is column<k>, a repeated one
-- <name>_2, _3..., never equal to another key.
SELECT fields FROM text_records(' id , ,name,name,,name,name_2
1,2,3,4,5,6,7');
-- => {"id":"1","column2":"2","name":"3","name_2":"4","column5":"5","name_3":"6","name_2_2":"7"}
SELECT fields FROM text_records('column2,,x
1,2,3');
-- => {"column2":"1","column2_2":"2","x":"3"}
SELECT fields FROM text_records('a,column3
1,2,3');
-- => {"a":"1","column3":"2","column3_2":"3"}
-- Header names are JSON-escaped keys.
SELECT fields FROM text_records('"say ""hi""",back\slash
1,2');
-- => {"say \"hi\"":"1","back\\slash":"2"}
-- sep=auto: the most frequent of , ; TAB | in the first record outside
-- quotes; a tie or none gives ','.
SELECT fields FROM text_records('name;city;note
Ann;Paris;"a, b, c"');
-- => {"name":"Ann","city":"Paris","note":"a, b, c"}
SELECT fields FROM text_records('"a,b,c";d;e
1;2;3');
-- => {"a,b,c":"1","d":"2","e":"3"}
SELECT fields FROM text_records('a|b|c
1|2|3');
-- => {"a":"1","b":"2","c":"3"}
SELECT fields FROM text_records('a' || char(9) || 'b
1' || char(9) || '"2' || char(9) || '3"');
-- => {"a":"1","b":"2\u00093"}
SELECT fields FROM text_records('a;b,c
1;2,3');
-- => {"a;b":"1;2","c":"3"}
SELECT fields FROM text_records('abc
1;2');
-- => {"abc":"1;2"}
SELECT fields FROM text_records('a;b
1;2', 'sep=,');
-- => {"a;b":"1;2"}
SELECT fields FROM text_records('a:b
1:2', 'sep=:');
-- => {"a":"1","b":"2"}
SELECT fields FROM text_records('a' || char(9) || 'b
"1' || char(9) || '2"' || char(9) || '3', 'sep=tab');
-- => {"a":"1\u00092","b":"3"}
-- TSV: TAB separated, quotes are literal, a record is a line.
SELECT record, line, fields FROM text_records('a' || char(9) || 'b' || char(13, 10) || '"1' || char(9) || '2"' || char(10) || char(10) || ',;' || char(9), 'format=tsv');
-- => 1|2|{"a":"\"1","b":"2\""}
-- => 2|4|{"a":",;","b":""}
-- header=0: fields is a JSON array; no field count to compare.
SELECT record, line, fields, error FROM text_records('a,b
1,2,3
"x', 'header=0');
-- => 1|1|["a","b"]|NULL
-- => 2|2|["1","2","3"]|NULL
-- => 3|3|["x"]|unterminated quoted field
SELECT record, fields FROM text_records('x' || char(9) || 'y', 'format=tsv header=0');
-- => 1|["x","y"]
-- jsonl: each line trimmed of spaces, tabs and CR, not parsed; blank lines
-- give no row but count.
SELECT record, line, fields, error FROM text_records('{"a":1}' || char(13, 10) || '   ' || char(10) || char(10) || char(9) || ' {"b":"x y"} ' || char(13, 10) || 'not json' || char(10), 'format=jsonl');
-- => 1|1|{"a":1}|NULL
-- => 2|4|{"b":"x y"}|NULL
-- => 3|5|not json|NULL
SELECT count(*) FROM text_records('{"a":1}' || char(10) || '{"a":' || char(10), 'format=jsonl') WHERE json_valid(fields);
-- => 1
-- The report's use: one document per record.
SELECT 'news.csv#' || record, fields ->> '$.content' FROM text_records('id,content
1,"First story."
2,"Second story."');
-- => news.csv#1|First story.
-- => news.csv#2|Second story.
-- NULL x: no rows; NULL options: the defaults; hidden columns.
SELECT count(*) FROM text_records(NULL);
-- => 0
SELECT fields FROM text_records('a
1', NULL);
-- => {"a":"1"}
SELECT length(x), options FROM text_records('a
1', 'header=1');
-- => 3|header=1
-- An empty x, blank lines only, or a header only: no rows.
SELECT count(*) FROM text_records('');
-- => 0
SELECT count(*) FROM text_records(char(10, 13, 10));
-- => 0
SELECT count(*) FROM text_records('a,b,c' || char(10));
-- => 0
SELECT count(*) FROM text_records('', 'format=jsonl');
-- => 0
-- BLOBs are read as UTF-8; each invalid byte is one U+FFFD, in names too.
SELECT fields FROM text_records(CAST('h' || char(10) || 'v' AS BLOB));
-- => {"h":"v"}
SELECT fields FROM text_records(X'61FF0A62FE63');
-- => {"a�":"b\ufffdc"}
SELECT hex(fields) FROM text_records(X'7B2278223A2261FF227D', 'format=jsonl');
-- => 7B2278223A2261EFBFBD227D
SELECT fields FROM text_records(42, 'header=0');
-- => ["42"]
-- Controls are escaped, the rest of Unicode kept as it is.
SELECT fields FROM text_records('k
"é' || char(1) || 'ü€😀"');
-- => {"k":"é\u0001ü€😀"}
-- Bad options and arguments.
SELECT * FROM text_records('a', 'colour=red');
-- error: textkit: text_records(): unknown option 'colour'; valid keys: format, header, sep
SELECT * FROM text_records('a', 'format=xml');
-- error: textkit: text_records(): bad value 'xml' for format; valid: csv, tsv, jsonl
SELECT * FROM text_records('a', 'format=');
-- error: textkit: text_records(): bad value '' for format; valid: csv, tsv, jsonl
SELECT * FROM text_records('a', 'header=2');
-- error: textkit: text_records(): bad value '2' for header; valid: 0, 1
SELECT * FROM text_records('a', 'sep=x');
-- error: textkit: text_records(): bad value 'x' for sep; valid: auto, tab, or one ASCII punctuation character other than '"' (, ; | : ...)
SELECT * FROM text_records('a', 'sep=''"''');
-- error: textkit: text_records(): bad value '"' for sep; valid: auto, tab, or one ASCII punctuation character other than '"' (, ; | : ...)
SELECT * FROM text_records('a', 'sep=;;');
-- error: textkit: text_records(): bad value ';;' for sep; valid: auto, tab, or one ASCII punctuation character other than '"' (, ; | : ...)
SELECT * FROM text_records('a', 'sep=');
-- error: textkit: text_records(): bad value '' for sep; valid: auto, tab, or one ASCII punctuation character other than '"' (, ; | : ...)
SELECT * FROM text_records('a', 'format=tsv sep=;');
-- error: textkit: text_records(): sep= is for format=csv only (tsv is separated by tabs, jsonl by lines)
SELECT * FROM text_records('a', 'sep=auto format=jsonl');
-- error: textkit: text_records(): sep= is for format=csv only (tsv is separated by tabs, jsonl by lines)
SELECT * FROM text_records('a', 'format=jsonl header=0');
-- error: textkit: text_records(): header= is for format=csv and format=tsv only
SELECT * FROM text_records('a', 'csv');
-- error: textkit: text_records(): option 'csv' is not of the form key=value
SELECT * FROM text_records();
-- error: textkit: text_records(): missing argument x; usage: text_records(x [, options])
SELECT * FROM text_records('a', 'header=1', 'x');
-- error: too many arguments on text_records() - max 2

-- text_gunzip(x [, options]): gzip data inflated, as a BLOB.
SELECT CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000') AS TEXT), typeof(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000'));
-- => foo|blob
-- Members one after another are read as one stream (cat a.gz b.gz), bytes
-- after the last member that start no other are ignored, an empty member
-- is an empty BLOB, NULL is NULL.
SELECT CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000' || X'1f8b08000000000002034b4a2c0200aa8cff7603000000') AS TEXT);
-- => foobar
SELECT CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c030000000000') AS TEXT);
-- => foo
SELECT length(text_gunzip(X'1f8b080000000000020303000000000000000000')), typeof(text_gunzip(X'1f8b080000000000020303000000000000000000')), text_gunzip(NULL) IS NULL;
-- => 0|blob|1
-- 100,000 bytes from 133: the output grows past its first chunk.
SELECT length(text_gunzip(X'1f8b0800000000000203edc13101000000c2a0aceb5fc21a1e4001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000af0687fae21ba0860100'));
-- => 100000
-- Not gzip, cut short, damaged: errors by default, NULL with errors=null.
SELECT text_gunzip('foo');
-- error: textkit: text_gunzip(): not gzip data (it does not start with the bytes 1F 8B)
SELECT text_gunzip(X'');
-- error: textkit: text_gunzip(): not gzip data (it does not start with the bytes 1F 8B)
SELECT text_gunzip(X'1f8b08000000000002034bcbcf0700');
-- error: textkit: text_gunzip(): the gzip data ends early (cut after 15 bytes)
SELECT text_gunzip(X'1f8b08000000000002034bcbcf07002165737303000000');
-- error: textkit: text_gunzip(): damaged gzip data at byte 19: incorrect data check
SELECT text_gunzip('foo', 'errors=null') IS NULL, text_gunzip(X'1f8b08000000000002034bcbcf0700', 'errors=null') IS NULL, CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000', 'errors=null') AS TEXT);
-- => 1|1|foo
-- max_bytes: the most bytes inflated (a small file that inflates to
-- gigabytes is refused while it is read).
SELECT text_gunzip(X'1f8b0800000000000203edc13101000000c2a0aceb5fc21a1e4001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000af0687fae21ba0860100', 'max_bytes=1000');
-- error: textkit: text_gunzip(): the data inflates to more than max_bytes=1000
SELECT CAST(text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000', 'max_bytes=3') AS TEXT), text_gunzip(X'1f8b08000000000002034bcbcf07002165738c03000000', 'max_bytes=2 errors=null') IS NULL;
-- => foo|1
-- Options: a bad key or value is an error even with errors=null.
SELECT text_gunzip('foo', 'level=9');
-- error: textkit: text_gunzip(): unknown option 'level'; valid keys: max_bytes, errors
SELECT text_gunzip('foo', 'max_bytes=-1 errors=null');
-- error: textkit: text_gunzip(): bad value '-1' for max_bytes; valid: 0 to 1000000000
SELECT text_gunzip('foo', 'errors=ignore');
-- error: textkit: text_gunzip(): bad value 'ignore' for errors; valid: raise, null
SELECT text_gunzip();
-- error: textkit: text_gunzip(): takes 1 or 2 arguments (x [, options]), not 0
SELECT text_gunzip('a', '', 3);
-- error: textkit: text_gunzip(): takes 1 or 2 arguments (x [, options]), not 3

-- text_tar(x): the regular files of a tar archive (tests/py/test_tar_oracle.py
-- checks real archives against Python's tarfile). Not a tar archive: one
-- row whose error says where; an all-zero archive (the end marker) has no
-- files; NULL has no rows.
SELECT name, size, data, error FROM text_tar('hello');
-- => NULL|NULL|NULL|tar archive cut short at byte 0
SELECT count(*) FROM text_tar(zeroblob(1024));
-- => 0
SELECT count(*) FROM text_tar(NULL);
-- => 0
SELECT error FROM text_tar(zeroblob(510) || 'x');
-- => tar archive cut short at byte 0
SELECT error FROM text_tar(CAST(printf('%.512c', 'a') AS BLOB));
-- => damaged tar header at byte 0
SELECT * FROM text_tar();
-- error: textkit: text_tar(): missing argument x; usage: text_tar(x)

-- text_zip(x): the files of a zip archive (tests/py/test_zip_oracle.py
-- checks real archives against Python's zipfile). A deflated member, a
-- directory (passed over) and a stored member with a UTF-8 name; cut
-- short (its files before the cut, then a row saying where), or no
-- archive: a row whose error says so; NULL has no rows.
SELECT name, size, CAST(data AS TEXT), error FROM text_zip(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000');
-- => a.txt|17|hello hello hello|NULL
-- => d/é.txt|5|café|NULL
SELECT name, size, CAST(data AS TEXT), error FROM text_zip(substr(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000', 1, 200));
-- => a.txt|17|hello hello hello|NULL
-- => d/é.txt|5|café|NULL
-- => NULL|NULL|NULL|zip archive cut short in its central directory (2 files read)
SELECT name, size, CAST(data AS TEXT), error FROM text_zip(substr(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000', 1, 60));
-- => a.txt|17|hello hello hello|NULL
-- => NULL|NULL|NULL|zip archive cut short at byte 45 (no central directory; 1 file before it read)
SELECT error FROM text_zip('hello');
-- => not a zip archive (no central directory in its 5 bytes)
SELECT count(*) FROM text_zip(NULL);
-- => 0
SELECT count(*) FROM text_zip('');
-- => 1
-- A changed byte of the deflated data: the member says why, the others read.
SELECT name, length(data), error FROM text_zip(substr(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000', 1, 40) || X'00' || substr(X'504b0304140000000800000021588088f9e50a0000001100000005000000612e747874cb48cdc9c957c8409000504b03041400000000000000215800000000000000000000000002000000642f504b030414000008000000002158b542ad98050000000500000008000000642fc3a92e747874636166c3a9504b01021403140000000800000021588088f9e50a00000011000000050000000000000000000000800100000000612e747874504b010214031400000000000000215800000000000000000000000002000000000000000000000080012d000000642f504b0102140314000008000000002158b542ad98050000000500000008000000000000000000000080014d000000642fc3a92e747874504b0506000000000300030099000000780000000000', 42));
-- => a.txt|NULL|damaged zip member: it inflates to 5 bytes, not the 17 its entry says
-- => d/é.txt|5|NULL
SELECT * FROM text_zip();
-- error: textkit: text_zip(): missing argument x; usage: text_zip(x)
SELECT * FROM text_zip('a', 'b');
-- error: too many arguments on text_zip() - max 1

-- text_email(x): the messages of a mail file (tests/py/test_email_oracle.py
-- checks 200 random messages against Python's email package). One message:
-- encoded words, a quoted-printable Latin-1 body, the date in ISO form.
SELECT message, subject, sender, recipients, date, text, html FROM text_email(X'46726F6D3A203D3F7574662D383F713F5A6F3D43333D41425F4D3D43333D42436C6C65723F3D203C7A6F65406578616D706C652E63683E0A546F3A207465616D406578616D706C652E636F6D0A5375626A6563743A203D3F69736F2D383835392D313F713F4361663D45393F3D207072696365730A446174653A204D6F6E2C203134204D617920323030312031363A33393A3030202D303730300A436F6E74656E742D547970653A20746578742F706C61696E3B20636861727365743D69736F2D383835392D310A436F6E74656E742D5472616E736665722D456E636F64696E673A2071756F7465642D7072696E7461626C650A0A546865206361663D453920696E205A3D4643726963682072616973656420697473207072693D0A6365732E0A');
-- => 1|Café prices|Zoë Müller <zoe@example.ch>|team@example.com|2001-05-14 16:39:00-07:00|The café in Zürich raised its prices.
-- => |0
-- An mbox: one row per message; an HTML-only body says so.
SELECT message, subject, text, html FROM text_email(X'46726F6D20614078204D6F6E204D61792031342031363A33393A303020323030310A5375626A6563743A206F6E650A0A66697273740A0A46726F6D2062407820547565204D61792031352031303A30303A303020323030310A5375626A6563743A2074776F0A436F6E74656E742D547970653A20746578742F68746D6C0A0A3C703E7365636F6E643C2F703E0A');
-- => 1|one|first
-- => |0
-- => 2|two|<p>second</p>
-- => |1
-- The text is every text/plain part that is no attachment, joined by blank
-- lines (one alternative of a multipart/alternative); a message inside a
-- message is searched too: a forwarded one attached (message/rfc822), and
-- the parts of a digest, which are messages when they name no type.
SELECT subject, text FROM text_email('Subject: Fwd' || char(10) ||
  'Content-Type: multipart/mixed; boundary=B' || char(10, 10) || '--B' || char(10) ||
  'Content-Type: message/rfc822' || char(10, 10) || 'Subject: inner' || char(10, 10) ||
  'the forwarded text' || char(10) || '--B--' || char(10));
-- => Fwd|the forwarded text
SELECT subject, replace(text, char(10), '/') FROM text_email('Subject: Digest' || char(10) ||
  'Content-Type: multipart/digest; boundary=B' || char(10, 10) || '--B' || char(10, 10) ||
  'Subject: first' || char(10, 10) || 'message 1' || char(10) || '--B' || char(10, 10) ||
  'Subject: second' || char(10, 10) || 'message 2' || char(10) || '--B--' || char(10));
-- => Digest|message 1//message 2
SELECT replace(text, char(10), '/'), html FROM text_email('Subject: Mixed' || char(10) ||
  'Content-Type: multipart/mixed; boundary=M' || char(10, 10) || '--M' || char(10) ||
  'Content-Type: multipart/alternative; boundary=A' || char(10, 10) || '--A' || char(10) ||
  'Content-Type: text/plain' || char(10, 10) || 'plain one' || char(10) || '--A' || char(10) ||
  'Content-Type: text/html' || char(10, 10) || '<p>html one</p>' || char(10) || '--A--' || char(10) ||
  '--M' || char(10) || 'Content-Type: text/plain' || char(10) ||
  'Content-Disposition: attachment; filename=a.txt' || char(10, 10) || 'attached' || char(10) ||
  '--M' || char(10) || 'Content-Type: text/plain' || char(10, 10) || 'the footer' || char(10) ||
  '--M--' || char(10));
-- => plain one//the footer|0
SELECT text, html FROM text_email('Subject: H' || char(10) ||
  'Content-Type: multipart/alternative; boundary=A' || char(10, 10) || '--A' || char(10) ||
  'Content-Type: text/html' || char(10, 10) || '<p>first</p>' || char(10) || '--A' || char(10) ||
  'Content-Type: text/html' || char(10, 10) || '<p>second</p>' || char(10) || '--A--' || char(10));
-- => <p>first</p>|1
-- A multipart body whose boundary never starts a line is read as text
-- (nothing is dropped).
SELECT replace(text, char(10), '/') FROM text_email('Subject: S' || char(10) ||
  'Content-Type: multipart/mixed; boundary=NOPE' || char(10, 10) || '--B' || char(10, 10) ||
  'message 1' || char(10) || '--B--');
-- => --B//message 1/--B--
-- No mail at all: one row of what is there; empty input and NULL: none.
SELECT message, quote(subject), quote(date), text FROM text_email('just text');
-- => 1|''|NULL|
SELECT count(*) FROM text_email(''), (SELECT count(*) AS n FROM text_email(NULL));
-- => 0
SELECT * FROM text_email();
-- error: textkit: text_email(): missing argument x; usage: text_email(x)
