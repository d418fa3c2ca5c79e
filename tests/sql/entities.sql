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

-- A clock time takes a numeric offset from UTC, and the zone after it in
-- brackets (mail's and change logs' dates), as it takes "GMT"; a number
-- that is no offset stays apart.
SELECT group_concat(type || ':' || entity || '=' || norm, ' | ') FROM entities('Date: Mon, 14 May 2001 16:39:00 -0700 (PDT); 12:34 +0530 and 10:00 +2500, +0200', 'model=0');
-- => DATE:Mon, 14 May 2001=2001-05-14 | TIME:16:39:00 -0700 (PDT)=16:39 | TIME:12:34 +0530=12:34 | TIME:10:00=10:00 | CARDINAL:2500=2500 | CARDINAL:0200=200

-- Years of an era: ISO 8601 years, astronomical before the common era
-- (1 BC is 0000); only a capitalized era next to a number.
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('In AD 79 it erupted; Rome fell in 476 AD. About 300 BC, and 44 B.C., 1 BCE, 500 CE and 1066 A.D.', 'model=0 types=DATE');
-- => AD 79=0079 | 476 AD=0476 | 300 BC=-0299 | 44 B.C.=-0043 | 1 BCE=0000 | 500 CE=0500 | 1066 A.D.=1066
SELECT count(*) FROM entities('The ad ran 30 times; 79 ad; BC 300; AD; 0 AD; 12345 BC; AD seventy', 'model=0 types=DATE');
-- => 0
-- Centuries: the ISO 8601 century (the first two digits of its years, so
-- the 20th century is 19), two of them an interval, earlier first; only
-- "century" in lower case, after an ordinal of 1 to 30.
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('In the 2nd century BC and the 7th and 6th centuries B.C., a 19th-century house, the nineteenth century, the first century AD, the 18th to 19th centuries, the 21st century.', 'model=0 types=DATE');
-- => 2nd century BC=-01 | 7th and 6th centuries B.C.=-06/-05 | 19th-century=18 | nineteenth century=18 | first century AD=00 | 18th to 19th centuries=17/18 | 21st century=20
-- Day ranges: one DATE, an ISO 8601 interval, when the range has its year
-- ("and" only after "between": "on 3 and 4 July" is two days).
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('On December 25–26, 1776, from 26 to 30 December 1983, 4-8 May 1945, between 6 and 11 May 1111, May 30-31, 2019.', 'model=0 types=DATE');
-- => December 25–26, 1776=1776-12-25/1776-12-26 | 26 to 30 December 1983=1983-12-26/1983-12-30 | 4-8 May 1945=1945-05-04/1945-05-08 | 6 and 11 May 1111=1111-05-06/1111-05-11 | May 30-31, 2019=2019-05-30/2019-05-31
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('On 3 and 4 July 2012; 1-3 May; May 9-5, 2019; February 28-30, 2019.', 'model=0 types=DATE');
-- => 4 July 2012=2012-07-04 | 3 May=--05-03 | May 9=--05-09 | February 28=--02-28
-- Pairs: a year-less date before a dated one ("to", "and", "or", "until",
-- "through", a dash) takes its year, the year before when it comes later
-- in the calendar.
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('From 30 June to 2 July 1934; during August and September 1912; between November and February 2011; in June–August 2014; on 12 March and 5 April.', 'model=0 types=DATE');
-- => 30 June=1934-06-30 | 2 July 1934=1934-07-02 | August=1912-08 | September 1912=1912-09 | November=2010-11 | February 2011=2011-02 | June=2014-06 | August 2014=2014-08 | 12 March=--03-12 | 5 April=--04-05
SELECT group_concat(entity, ' | ') FROM entities('20th Century Fox; the 45th century; the 2nd and 3rd century; a century; 19th - century', 'model=0 types=DATE');
-- => 3rd century
-- The era after a century is no name ("BC" was a MISC, "CE" an ORG).
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('In the 2nd century CE Ptolemy worked in Alexandria.') WHERE type <> 'ORDINAL';
-- => DATE:2nd century CE | PERSON:Ptolemy | LOC:Alexandria
-- A pattern date wins over a model span on the era ("AD" was taken for an ORG).
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('The eruption of AD 79 buried Pompeii.');
-- => DATE:AD 79 | LOC:Pompeii

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

-- MONEY: ISO codes, current and historical, before or after the amount.
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

-- MONEY: news prefixes DM, FFr, FF, SFr and ECU, either side; ALL-CAPS headlines.
SELECT entity, norm FROM entities('DM 5 million, 5 million DM, FFr 30, FF 2 billion, SFr 3.5 million, ECU 5 million; PROFIT DM 5 MILLION VS 4 MLN DM', 'model=0');
-- => DM 5 million|5000000 DEM
-- => 5 million DM|5000000 DEM
-- => FFr 30|30 FRF
-- => FF 2 billion|2000000000 FRF
-- => SFr 3.5 million|3500000 CHF
-- => ECU 5 million|5000000 XEU
-- => DM 5 MILLION|5000000 DEM
-- => 4 MLN DM|4000000 DEM

-- MONEY: marks, francs and the other pre-euro currencies.
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

-- MONEY: crowns (the adjective decides; alone by spelling, crowns SEK).
SELECT entity, norm FROM entities('5 crowns, 5 Swedish crowns, 5 Danish crowns, 5 Norwegian kroner, 5 Czech crowns, 5 kronor, 5 kroner, 5 kronur', 'model=0');
-- => 5 crowns|5 SEK
-- => 5 Swedish crowns|5 SEK
-- => 5 Danish crowns|5 DKK
-- => 5 Norwegian kroner|5 NOK
-- => 5 Czech crowns|5 CZK
-- => 5 kronor|5 SEK
-- => 5 kroner|5 NOK
-- => 5 kronur|5 ISK

-- MONEY: pounds, pence and sterling; weight when the context says so.
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
-- Pence are a lower-case "p" on a number that stands apart: not a
-- protocol ("9P"), a manual's section ("fg(1p)"), a link label ("[1.5p]")
-- or a sed script ("'1p;'"); in brackets with a space before they are.
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('the 9P protocol, see fg(1p) and [1.5p], sed ''1p;'', shares rose (5p) to 1,234p', 'model=0 types=MONEY');
-- => 5p=0.05 GBP | 1,234p=12.34 GBP
-- A capitalized currency word after a year is a name ("Rand Paul"); in
-- capitals, or after another number, it is money.
SELECT group_concat(entity || '=' || norm, ' | ') FROM entities('In 2019 Rand Paul and in 1998 Franc Kovac met; 2022 Yuan Li; 2000 YUAN, 150 Rand, 2019 rand', 'model=0 types=MONEY');
-- => 2000 YUAN=2000 CNY | 150 Rand=150 ZAR | 2019 rand=2019 ZAR

-- MONEY: dollars and cents with adjectives; per-share amounts leave "a share" out.
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

-- MONEY: Asian, Latin American, Middle Eastern and African currency words.
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

-- MONEY: Reuters spellings: Ffr, Sfr, country names before the noun.
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

-- MONEY: symbols and glued dollar prefixes.
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

-- MONEY: not money.  "marks" with no number, "won" as a verb or a
-- sports table, lower-case codes, a range's first number stays CARDINAL.
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

-- ... "marks" as the verb after a year ("1066 marks the end"), not a rate
-- ("2000 marks a year" is money); "pounds per acre" is a weight rate,
-- "pounds per week" money.
SELECT type, entity, norm FROM entities('1066 marks the end; 1989 marks a turning point; 2000 marks a year; 1000 pounds per acre; 50 pounds per week', 'model=0');
-- => CARDINAL|1066|1066
-- => CARDINAL|1989|1989
-- => MONEY|2000 marks|2000 DEM
-- => QUANTITY|1000 pounds|1000 lb
-- => MONEY|50 pounds|50 GBP

-- MONEY: bad input: empty, BLOB, invalid UTF-8 around a currency word.
SELECT count(*) FROM entities('', 'model=0');
-- => 0
SELECT entity, norm FROM entities(CAST('5 million marks' AS BLOB), 'model=0');
-- => 5 million marks|5000000 DEM
SELECT entity, norm FROM entities(CAST(x'35206D61726B73FF' AS TEXT), 'model=0');
-- => 5 marks|5 DEM
SELECT type, norm FROM entities('5 ' || CAST(x'FF' AS TEXT) || ' marks', 'model=0');
-- => CARDINAL|5

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

-- Year-less dates take the year nearest ref (within six months; a tie goes
-- to the earlier): "December 30" written on 2015-01-02 is 2014-12-30.
SELECT group_concat(norm, ' ') FROM entities('December 30, January 5, in March, in July, in June', 'model=0 ref=2015-01-02');
-- => 2014-12-30 2015-01-05 2015-03 2014-07 2015-06

-- A weekday alone is the one nearest ref, 3 days before to 3 after (no
-- ties; 1996-08-22 is a Thursday, so Thursday is ref itself).
SELECT group_concat(norm, ' ') FROM entities('on Monday, on Tuesday, on Wednesday, on Thursday, on Friday, on Saturday, on Sunday', 'model=0 ref=1996-08-22');
-- => 1996-08-19 1996-08-20 1996-08-21 1996-08-22 1996-08-23 1996-08-24 1996-08-25

-- document_date(text): the dateline, else the first ISO or full date of
-- the first 5 non-blank lines (at most 500 bytes); a dateline without a
-- year gives '--MM-DD' unless a full date of the head lends it the year
-- nearest it.
SELECT document_date('CRICKET - LEICESTERSHIRE TAKE OVER .' || char(10) || 'LONDON 1996-08-30' || char(10) || 'West Indian all-rounder');
-- => 1996-08-30
SELECT document_date('TENNIS - UPSETS UNDER THE LIGHTS .' || char(10) || 'Larry Fine' || char(10) || 'NEW YORK 1996-08-30' || char(10) || 'Andre Agassi');
-- => 1996-08-30
SELECT document_date('Title' || char(10) || 'MILWAUKEE , Wisconsin 1996-08-29'), document_date('ST. LOUIS 1996-08-30'), document_date('N''DJAMENA 1996-08-30');
-- => 1996-08-29|1996-08-30|1996-08-30
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - The U.S. said'), document_date('BONN, Aug 22 (Reuters) - Germany said');
-- => --12-30|--08-22
SELECT document_date('WASHINGTON, Dec 30 (Reuters) - A report dated January 2, 1997 said');
-- => 1996-12-30
SELECT document_date('NEW YORK (AP) -- Tuesday, March 3, 2015 - Stocks fell.');
-- => 2015-03-03
SELECT document_date('Shares rise .' || char(10) || 'FARMINGTON HILLS , Mich .' || char(10) || '1996-08-30');
-- => 1996-08-30
SELECT document_date('The board met on 3 March 2015 in Paris.'), document_date('Minutes of the meeting of March 3rd, 2015.');
-- => 2015-03-03|2015-03-03
SELECT document_date('Review of the March 3, 2015 vote .' || char(10) || 'LONDON 2015-06-01');
-- => 2015-06-01
SELECT document_date('a' || char(10) || 'b' || char(10) || char(10) || 'c' || char(10) || 'd' || char(10) || 'e' || char(10) || 'LONDON 1996-08-30');
-- => NULL
SELECT document_date(printf('%.500c', 'x') || ' 1996-08-30'), document_date(printf('%.480c', 'x') || ' 1996-08-30');
-- => NULL|1996-08-30
SELECT document_date('Prices rose in March and on Friday.'), document_date('met on may 3, 2015'), document_date('LONDON 1996-13-30'), document_date('Feb 30, 2015');
-- => NULL|NULL|NULL|NULL
SELECT document_date(NULL), document_date(''), document_date(42), document_date(X'FFFE80C0');
-- => NULL|NULL|NULL|NULL
SELECT document_date(X'FF4C4F4E444F4E20313939362D30382D3330'), document_date(CAST('BONN 1996-08-22' AS BLOB));
-- => 1996-08-30|1996-08-22

-- A hard-wrapped text: the tagger reads the line breaks a wrap made as
-- spaces ("Bank of" / "England" is one name; the title's break stays);
-- the entity is the text as written, its norm one line.  (What the model
-- reads inside the lines is not this query's business: the model of
-- session 40 runs "Royal George Hotel" on over "in Dover".)
SELECT group_concat(type || ':' || replace(entity, char(10), '/'), ' | ') FROM entities('A TALE OF LONDON' || char(10) || 'He wrote in his long letter that the treaty with the old Bank of' || char(10) || 'England was signed last week, and that the meeting they held at the' || char(10) || 'Royal George Hotel in Dover went well for the many people involved,' || char(10) || 'as the clerks of Tellson''s Bank in London and in Paris all agreed.', 'patterns=0') WHERE entity IN ('LONDON', 'London', 'Paris') OR instr(entity, char(10)) > 0;
-- => LOC:LONDON | ORG:Bank of/England | LOC:London | LOC:Paris
SELECT norm FROM entities('A TALE OF LONDON' || char(10) || 'He wrote in his long letter that the treaty with the old Bank of' || char(10) || 'England was signed last week, and that the meeting they held at the' || char(10) || 'Royal George Hotel in Dover went well for the many people involved,' || char(10) || 'as the clerks of Tellson''s Bank in London and in Paris all agreed.', 'patterns=0') WHERE entity GLOB 'Bank*';
-- => Bank of England

-- ref=auto: the document's date is the ref (here a Thursday).
SELECT group_concat(norm, ' ') FROM entities('BONN 1996-08-22' || char(10) || 'In March, on Friday, on Monday; December 30, January 5, yesterday, last month, this year.', 'model=0 ref=auto');
-- => 1996-08-22 1996-03 1996-08-23 1996-08-19 1996-12-30 1997-01-05 1996-08-21 1996-07 1996

SELECT group_concat(norm, ' ') FROM entities('LONDON 1997-01-02' || char(10) || 'The December 30 vote, due in February, was held on Monday.', 'model=0 ref=auto types=DATE');
-- => 1997-01-02 1996-12-30 1997-02 1996-12-30

-- ... a dateline without a year, or no date at all: as without ref.
SELECT group_concat(norm, ' ') FROM entities('BONN, Aug 22 (Reuters) - In March, on Friday, yesterday.', 'model=0 ref=auto types=DATE');
-- => --08-22 --03 Friday -P1D
SELECT group_concat(norm, ' ') FROM entities('In March, on Friday, yesterday.', 'model=0 ref=auto');
-- => --03 Friday -P1D
-- ... a date without a year (a headline's, a dateline's): each year-less
-- month-day takes the year nearest the text's own dated date before it,
-- else after it; months alone, weekdays and relative dates stay as they are.
SELECT group_concat(norm, ' ') FROM entities('Scrap prices - August 26.' || char(10) || 'In March, on Friday.' || char(10) || 'a' || char(10) || 'b' || char(10) || 'c' || char(10) || 'The prices of August 1, 1996 and December 30; January 4 and 12 August 1997, then May 3.', 'model=0 ref=auto types=DATE');
-- => 1996-08-26 --03 Friday 1996-08-01 1996-12-30 1997-01-04 1997-08-12 1997-05-03
SELECT document_date('Scrap prices - August 26.' || char(10) || 'Text'), document_date('May 27' || char(10) || 'May 27 is a day.');
-- => --08-26|NULL
-- ... and a text with no date in its head keeps its year-less dates: in an
-- encyclopedia's article "May 1 is celebrated" is every year's.
SELECT group_concat(norm, ' ') FROM entities('The festival' || char(10) || 'a' || char(10) || 'b' || char(10) || 'c' || char(10) || 'd' || char(10) || 'It began on 3 March 1990. May 1 is celebrated.', 'model=0 ref=auto types=DATE');
-- => 1990-03-03 --05-01

-- With a ref, a currency word gives the code of the unit in use then:
-- redenominations after the ref step back ("lei" of 1996 is ROL, not
-- RON; "roubles" RUR, before 1992 SUR; bolivars VEB, then VEF, then VES).
SELECT group_concat(norm, ' ') FROM entities('BUCHAREST 1996-08-22' || char(10) || 'It sold 5 billion lei, 200 Turkish lira, 3 million roubles, 10 leva, 4 zlotys, 9 pesos, 6 Czech crowns and 2 bolivars; also EUR 5 and 7 marks.', 'model=0 ref=auto types=MONEY');
-- => 5000000000 ROL 200 TRL 3000000 RUR 10 BGL 4 PLN 9 MXN 6 CZK 2 VEB 5 EUR 7 DEM
SELECT group_concat(norm, ' ') FROM entities('It paid 2 bolivars, 5 RUB, 1 Serbian dinar and 8 cedis.', 'model=0 ref=2010-05-01 types=MONEY');
-- => 2 VEF 5 RUB 1 RSD 8 GHS
SELECT group_concat(norm, ' ') FROM entities('It paid 2 bolivars, 5 RUB, 1 Serbian dinar and 8 cedis.', 'model=0 ref=1991-05-01 types=MONEY');
-- => 2 VEB 5 SUR 1 YUM 8 GHC
-- the day of the change is the new unit's; no ref, today's codes.
SELECT (SELECT group_concat(norm, ' ') FROM entities('5 lei and 3 roubles.', 'model=0 ref=2005-07-01 types=MONEY')), (SELECT group_concat(norm, ' ') FROM entities('5 lei and 3 roubles.', 'model=0 ref=2005-06-30 types=MONEY')), (SELECT group_concat(norm, ' ') FROM entities('5 lei and 3 roubles.', 'model=0 types=MONEY'));
-- => 5 RON 3 RUB|5 ROL 3 RUB|5 RON 3 RUB

-- An explicit ref never looks at the text; of two ref= the last counts.
SELECT group_concat(norm, ' ') FROM entities('BONN 1996-08-22' || char(10) || 'In March, on Friday.', 'model=0 ref=2014-02-07 types=DATE');
-- => 1996-08-22 2014-03 2014-02-07
SELECT group_concat(norm, ' ') FROM entities('BONN 1996-08-22' || char(10) || 'In March, on Friday.', 'model=0 ref=auto ref=2014-02-07 types=DATE');
-- => 1996-08-22 2014-03 2014-02-07
SELECT group_concat(norm, ' ') FROM entities('BONN 1996-08-22' || char(10) || 'In March, on Friday.', 'model=0 ref=2014-02-07 ref=auto types=DATE');
-- => 1996-08-22 1996-03 1996-08-23

-- The ref from a column, per row (a NULL option string: no options).
CREATE TABLE news(id INTEGER, body TEXT, published TEXT);
INSERT INTO news VALUES (1, 'Sales fell on Friday and in March.', '1996-08-22'), (2, 'Sales fell on Friday and in March.', '2015-01-02'), (3, 'Sales fell on Friday and in March.', NULL);
SELECT n.id, group_concat(e.norm, ' ') FROM news AS n, entities(n.body, 'model=0 ref=' || n.published) AS e GROUP BY n.id ORDER BY n.id;
-- => 1|1996-08-23 1996-03
-- => 2|2015-01-02 2015-03
-- => 3|Friday --03
SELECT n.id, group_concat(e.norm, ' ') FROM news AS n, entities(n.body, 'model=0 ref=' || coalesce(n.published, 'auto')) AS e GROUP BY n.id ORDER BY n.id;
-- => 1|1996-08-23 1996-03
-- => 2|2015-01-02 2015-03
-- => 3|Friday --03

-- ref=auto on NULL, empty and invalid UTF-8 text.
SELECT count(*) FROM entities(NULL, 'ref=auto');
-- => 0
SELECT count(*) FROM entities('', 'model=0 ref=auto');
-- => 0
SELECT group_concat(norm, ' ') FROM entities(X'FF424F4E4E20313939362D30382D32320A6F6E20467269646179FE', 'model=0 ref=auto');
-- => 1996-08-22 1996-08-23

-- Bad ref values name the valid forms.
SELECT * FROM entities('x', 'ref=auto2');
-- error: textkit: entities(): bad value 'auto2' for ref; valid: a date YYYY-MM-DD, auto
SELECT * FROM entities('x', 'ref=1996-13-01');
-- error: textkit: entities(): bad value '1996-13-01' for ref; valid: a date YYYY-MM-DD, auto
SELECT * FROM entities('x', 'ref=');
-- error: textkit: entities(): bad value '' for ref; valid: a date YYYY-MM-DD, auto

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

-- A title written without a full stop (British "Mr", "Mrs", "Ms", "Dr")
-- leaves the span as "Mr." does: only the name after it, as PERSON. Before,
-- a Wikipedia corpus's "Superman" took the canonical name "Mrs Superman"
-- (from "Mr and Mrs Superman"), and "Dr Fox" was a place.
-- (The quoted title itself is a MISC, a work's name, not a person's.)
SELECT count(*) FROM entities('The issues were titled "Mr and Mrs Superman," which presented their further adventures. Mrs Thatcher met Dr Fox.', 'patterns=0') WHERE type <> 'MISC' AND (entity GLOB 'Mr *' OR entity GLOB 'Mrs *' OR entity GLOB 'Ms *' OR entity GLOB 'Dr *');
-- => 0
SELECT entity, type FROM entities('The issues were titled "Mr and Mrs Superman," which presented their further adventures.', 'patterns=0');
-- => Mr and Mrs Superman|MISC
SELECT entity, type FROM entities('Mrs Thatcher met Dr Fox.', 'patterns=0');
-- => Thatcher|PERSON
-- => Fox|PERSON

-- East Asian names, surname first (docs/ner.md "East Asian names"): the
-- model learnt them from copies of its training text, so "Xi Jinping" is
-- found and "Lee Jae-myung" is a person, not an organization; a
-- sentence-initial "To" or "Do" is not taken for a surname.
SELECT entity, type FROM entities('Xi Jinping met Joe Biden.', 'patterns=0');
-- => Xi Jinping|PERSON
-- => Joe Biden|PERSON
SELECT entity, type FROM entities('Lee Jae-myung won the snap presidential election.', 'patterns=0');
-- => Lee Jae-myung|PERSON
SELECT entity, type FROM entities('Kim Jong Un fired a missile over Japan.', 'patterns=0');
-- => Kim Jong Un|PERSON
-- => Japan|LOC
SELECT entity, type FROM entities('To Washington, the deal looked like a win. Do Americans still trust the polls?', 'patterns=0');
-- => Washington|LOC
-- => Americans|MISC
-- A person's name runs on over its particles ("da", "von der", "al-").
SELECT entity FROM entities('Luiz Inacio Lula da Silva met Mohammed Shia al-Sudani.', 'patterns=0') WHERE type = 'PERSON';
-- => Luiz Inacio Lula da Silva
-- => Mohammed Shia al-Sudani
-- A generational suffix the tagger leaves out joins the person's name
-- (docs/entities.md "Overlaps"): "Jr.", "Sr.", "II", "III", "IV" after
-- spaces; not a word that only begins like one, nor after a comma.
SELECT entity, start, length FROM entities('Robert F. Kennedy Jr. was confirmed as health secretary.', 'patterns=0');
-- => Robert F. Kennedy Jr.|1|21
SELECT entity FROM entities('Pope John Paul II.', 'patterns=0');
-- => John Paul II
SELECT entity FROM entities('Pope John Paul  IIx', 'patterns=0');
-- => John Paul
SELECT entity FROM entities('Martin Luther King, Jr. spoke in Washington.', 'patterns=0') WHERE type = 'PERSON';
-- => Martin Luther King
-- Program documentation: a JSON member's name is no entity (escaped in a
-- string too), nor are lower-case words on a line of code (a command and
-- its options); a quoted title before a colon in prose stays.
SELECT count(*) FROM entities('{' || char(10) || '    "Name": "web-server",' || char(10) || '    "VpcId": "vpc-1234",' || char(10) || '    "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowRead\"}]}"' || char(10) || '}', 'patterns=0') WHERE entity IN ('Name', 'VpcId', 'Policy', 'Version', 'Statement', 'Sid', 'Sid\');
-- => 0
SELECT entity, type FROM entities('Michael Jackson released the album "Thriller": it sold well.', 'patterns=0');
-- => Michael Jackson|PERSON
-- => Thriller|MISC
SELECT count(*) FROM entities('The following example allocates an address.' || char(10) || char(10) || '    aws ec2 allocate-address \' || char(10) || '        --region us-east-1 \' || char(10) || '        --ipam-pool-id ipam-pool-1234' || char(10), 'patterns=0') WHERE entity NOT GLOB '*[A-Z]*';
-- => 0
-- An identifier's string (four parts or more joined by "-", one mixing
-- digits and letters) is no name; a hyphenated name stays.
SELECT count(*) FROM entities('    aws ec2 describe-fleet-history \' || char(10) || '        --fleet-id fleet-12a34b55-67cd-8ef9-ba9b-9208dEXAMPLE \' || char(10) || '        --start-time 2020-09-01T00:00:00Z', 'patterns=0');
-- => 0
SELECT entity FROM entities('Jean-Pierre Dupont flew an F-16 over Aix-en-Provence.', 'patterns=0') WHERE entity GLOB '*-*';
-- => Jean-Pierre Dupont
-- => F-16
-- => Aix-en-Provence
-- A function's name in lower camel case that opens with a verb is no
-- name; brands that open in lower case stay.
SELECT entity, type FROM entities('* [47cca06412] - (SEMVER-MAJOR) crypto: better error message for createHash (Calvin Metcalf) #6042', 'patterns=0');
-- => Calvin Metcalf|PERSON
SELECT entity, type FROM entities('The iPhone maker and easyJet said eBay and openSUSE agreed.', 'patterns=0') WHERE entity IN ('iPhone', 'openSUSE');
-- => iPhone|MISC
-- => openSUSE|MISC
-- A name in capitals only is title-cased word by word, but for its
-- acronyms (three letters or fewer that no list of words, names or places
-- knows) and Roman numerals; a name of such short words stays whole.
SELECT entity || '|' || canonical FROM entities('Install the AWS CLI first. The AWS CLI runs on Linux. NEW YORK 1996-08-22 BILL CLINTON said. He bought an IBM PC in ST LOUIS. APG III won.', 'patterns=0') WHERE entity IN ('AWS CLI', 'NEW YORK', 'BILL CLINTON', 'IBM PC', 'ST LOUIS', 'APG III') ORDER BY start;
-- => AWS CLI|AWS CLI
-- => NEW YORK|New York
-- => BILL CLINTON|Bill Clinton
-- => IBM PC|IBM PC
-- => ST LOUIS|St Louis
-- => APG III|APG III
-- A name with a suffix lends its canonical to the surname, unless another
-- name holds it.
SELECT entity, canonical FROM entities('Robert F. Kennedy Jr. was confirmed as health secretary. Kennedy said vaccines would be reviewed.') WHERE type = 'PERSON';
-- => Robert F. Kennedy Jr.|Robert F. Kennedy Jr.
-- => Kennedy|Robert F. Kennedy Jr.
SELECT entity, canonical FROM entities('Donald Trump met Donald Trump Jr. at the White House. Trump said the talks went well.') WHERE type = 'PERSON';
-- => Donald Trump|Donald Trump
-- => Donald Trump Jr.|Donald Trump Jr.
-- => Trump|Donald Trump
SELECT entity, canonical FROM entities('John Smith Jr. and John Smith Sr. spoke. Smith said no.') WHERE type = 'PERSON';
-- => John Smith Jr.|John Smith Jr.
-- => John Smith Sr.|John Smith Sr.
-- => Smith|Smith

-- A news dateline reads as place, date, agency and text: the tagger's
-- dateline rule keeps a month before its day and a spaced dash out of
-- names (docs/entities.md "Overlaps"); a hyphenated name is not a dash.
SELECT entity, type FROM entities('WASHINGTON, Jan 20 (Reuters) - Donald Trump was sworn in as president.');
-- => WASHINGTON|LOC
-- => Jan 20|DATE
-- => Reuters|ORG
-- => Donald Trump|PERSON
SELECT count(*) FROM entities('BOGOTA, Jan 27 (Reuters) - Colombian officials agreed to accept the flights.', 'patterns=0') WHERE entity LIKE '%Jan%' OR entity LIKE '% - %';
-- => 0
SELECT entity, type FROM entities('PARIS, Sept. 9 (AFP) -- Karine Jean-Pierre said.', 'patterns=0') WHERE type = 'PERSON';
-- => Karine Jean-Pierre|PERSON

-- A dateline's place and agency are LOC and ORG, scored 1, where the
-- model missed or mistyped them; a line without the bracketed agency and
-- the spaced dash is not a dateline.
SELECT entity, type, score FROM entities('ACCRA, Dec. 8 (AFP) - Former president John Dramani Mahama won.', 'patterns=0') WHERE score = 1;
-- => ACCRA|LOC|1.0
-- => AFP|ORG|1.0
SELECT entity, type FROM entities('SHARM EL-SHEIKH, Nov. 7 (Reuters) - Delegates arrived.', 'patterns=0');
-- => SHARM EL-SHEIKH|LOC
-- => Reuters|ORG
SELECT count(*) FROM entities('LONDON, Jan 20 (AFP) Rain fell.', 'patterns=0') WHERE entity = 'AFP' AND score = 1;
-- => 0

-- A name that ends with a place's head ("Stadium", "Arena", "Dam") is a
-- place, whatever type the model gave it.
SELECT entity, type FROM entities('Burna Boy sold out the London Stadium, a first for an African artist.', 'patterns=0') WHERE entity LIKE '%Stadium';
-- => London Stadium|LOC

-- An Arabic article name after a place is part of it.
SELECT entity, type FROM entities('Shoukry hosted the climate summit in Sharm el-Sheikh on the Sinai coast.', 'patterns=0') WHERE type = 'LOC';
-- => Sharm el-Sheikh|LOC
-- => Sinai|LOC

-- A Title Case headline takes its names from the body below it (the
-- model alone reads "Kane" as an ORG there; session 37's model read
-- "Kane Scores"); a headline alone keeps the model's reading.
SELECT entity, type, start FROM entities('Kane Scores Twice as Bayern Clinch Bundesliga Title
Harry Kane won the first trophy of his career as Bayern beat Borussia Monchengladbach to clinch the Bundesliga.', 'patterns=0') WHERE start < 50;
-- => Kane|PERSON|1
-- => Bayern|ORG|22
-- => Bundesliga|MISC|36
SELECT count(*) FROM entities('Kane Scores Twice as Bayern Clinch Bundesliga Title', 'patterns=0') WHERE type = 'PERSON';
-- => 0
-- A country and a present-tense verb in a Title Case line is the country
-- (the headline of the sample corpus read "US Offers" as an ORG).
SELECT entity, type FROM entities('US Offers More Security to Russia for Sochi Winter Olympics', 'patterns=0') LIMIT 2;
-- => US|LOC
-- => Russia|LOC

-- Two persons' names one space apart are one person (CoNLL-2003 never
-- puts two side by side); a comma keeps them apart.
SELECT count(*) FROM entities('In 82 BC Lucius Cornelius Sulla marched on Rome.', 'patterns=0') WHERE type = 'PERSON' AND entity = 'Lucius Cornelius Sulla';
-- => 1

-- A span without a capital letter is a misread word where its line is
-- written with capitals (here "sun ..." was a PERSON), and a name in a
-- line written all in lower case; a quoted word starting with a lower-case
-- letter outside ASCII ("ḍakait") is no title.
SELECT count(*) FROM entities('And as acting in concert with the sun ... [having] constant intercourse with the sun ...', 'patterns=0');
-- => 0
SELECT entity, type FROM entities('omg i saw taylor swift in paris today', 'patterns=0');
-- => paris|LOC
SELECT entity, type FROM entities('The term dacoit (Hindi: डकैत "ḍakait") means "a bandit".', 'patterns=0');
-- => Hindi|MISC

-- A name ending with an organization's head ("Air Lines", "Platforms",
-- "Holdings", "Cartel") is an ORG (the model typed these two LOC).
SELECT entity, type FROM entities('Delta Air Lines and Meta Platforms reported higher profits.', 'patterns=0');
-- => Delta Air Lines|ORG
-- => Meta Platforms|ORG

-- A match score after a team's name is not part of it.
SELECT entity, type FROM entities('Harry Kane scored as Bayern Munich beat Borussia Monchengladbach 2-0 on Saturday.', 'patterns=0') WHERE entity LIKE 'Borussia%';
-- => Borussia Monchengladbach|ORG

-- A compound of ordinary words that a Title Case headline capitalized is
-- no name (the model read "Year-Long" as a PERSON).
SELECT count(*) FROM entities('Nippon Steel Seals U.S. Steel Deal After Year-Long Fight', 'patterns=0') WHERE entity = 'Year-Long';
-- => 0
-- Two or three words ending with an organization's head before a
-- present-tense verb open a headline as an ORG; not after an ordinary word.
SELECT entity, type FROM entities('Nippon Steel Seals U.S. Steel Deal After Year-Long Fight', 'patterns=0') WHERE type = 'ORG';
-- => Nippon Steel|ORG
SELECT count(*) FROM entities('Fire Department Officials Said They Were Investigating', 'patterns=0') WHERE entity = 'Fire Department';
-- => 0

-- A religion or a creed is MISC, whatever type the model gave it.
SELECT entity, type FROM entities('The poet laments the rise of Christianity and the decline of Confucianism.', 'patterns=0');
-- => Christianity|MISC
-- => Confucianism|MISC

-- A place of one word that "of" joins to the place after it is one place
-- (docs/entities.md "Overlaps"); a club "of" its country stays two.
SELECT entity, type FROM entities('Estonia would let its navy stop tankers in the Gulf of Finland.', 'patterns=0');
-- => Estonia|LOC
-- => Gulf of Finland|LOC
SELECT entity, type FROM entities('Benfica of Portugal beat Porto.', 'patterns=0') WHERE entity LIKE 'Benfica%';
-- => Benfica|ORG

-- Forms of names the model misreads (docs/entities.md "Overlaps"): a
-- title in quotation marks (MISC, score 0.6), a storm's name after its
-- kind (MISC; the model reads a person), a team after its city (ORG),
-- a name ending with an event's head (MISC), a name on "People's" (ORG).
SELECT entity, type, score FROM entities('Kendrick Lamar''s "Not Like Us" won five Grammys.', 'patterns=0') WHERE entity LIKE 'Not%';
-- => Not Like Us|MISC|0.6
SELECT count(*) FROM entities('"Thank You." he said. "Yes," she said.', 'patterns=0') WHERE type = 'MISC';
-- => 0
SELECT entity, type, score FROM entities('Residents fled after Hurricane Katrina hit New Orleans.', 'patterns=0') WHERE entity = 'Katrina';
-- => Katrina|MISC|0.9
SELECT entity, type FROM entities('Luka Doncic was traded from the Dallas Mavericks to the Los Angeles Lakers.', 'patterns=0') WHERE entity LIKE 'Dallas%';
-- => Dallas Mavericks|ORG
-- A run of capitalized words that a legal suffix ends is an ORG (score
-- 0.8) where the model read no company ending with it; not after a
-- capitalized word and a comma ("Goldman, Sachs & Co": one name or two).
SELECT entity, type, score FROM entities('In 2007 the company was renamed Apple Inc. to reflect its shift.', 'patterns=0');
-- => Apple Inc.|ORG|0.8
SELECT entity, type, score FROM entities('The deal was led by Bear Stearns & Co Inc and Goldman, Sachs & Co.', 'patterns=0') WHERE entity LIKE 'Bear%' OR score = 0.8;
-- => Bear Stearns & Co Inc|ORG|0.8
SELECT group_concat(entity || ':' || type, ',') FROM entities('Geely merged Zeekr and Lynk & Co into a single brand group.', 'patterns=0');
-- => Zeekr:ORG,Lynk & Co:ORG
-- A place and a team's plural the model types MISC is the team, and its
-- plural alone after "the" is the team too (score 0.8); "South
-- Africans" and "West Indies" stay.
SELECT entity, type, score = 0.8 FROM entities('Nikola Jokic scored 40 points as the Denver Nuggets beat the Golden State Warriors. Fans of the Nuggets cheered.', 'patterns=0') WHERE entity LIKE '%Nuggets';
-- => Denver Nuggets|ORG|0
-- => Nuggets|ORG|1
SELECT group_concat(entity || ':' || type, ',') FROM entities('Many South Africans voted. The West Indies won in Multan.', 'patterns=0');
-- => South Africans:MISC,West Indies:LOC,Multan:LOC
SELECT entity, type FROM entities('Charli XCX performed at the Brit Awards in London.', 'patterns=0') WHERE entity LIKE 'Brit%';
-- => Brit Awards|MISC
SELECT entity, type FROM entities('Ekrem Imamoglu was detained before the Republican People''s Party named him its candidate.', 'patterns=0') WHERE entity LIKE '%People%';
-- => Republican People's Party|ORG
-- A name the model types ORG after "in", which the place lists hold, is a
-- LOC.
SELECT entity, type FROM entities('Missiles struck an apartment block in Dnipro and a port in Odesa.', 'patterns=0') WHERE entity = 'Dnipro';
-- => Dnipro|LOC
-- A span the model runs across a bracket's edge is cut there into the
-- names on either side; one that repeats its first word after " and "
-- is two names.
SELECT group_concat(entity, '|') FROM entities('The god seems to be related to "Appaliunas", a tutelary god of Wilusa (Troy) in Asia Minor.', 'patterns=0') WHERE entity LIKE '%Wilusa%' OR entity LIKE '%Troy%';
-- => Wilusa|Troy
SELECT group_concat(entity, '|') FROM entities('Two of the four capitals of Khorasan (Herat and Balkh) are now in Afghanistan.', 'patterns=0') WHERE entity LIKE '%(%' OR entity LIKE '%)%';
-- => NULL
-- "US" alone is a place, in a headline too; the Olympic Games are an
-- event.
SELECT group_concat(entity || '/' || type, '|') FROM entities('US Offers More Security to Russia for Sochi Winter Olympics', 'patterns=0');
-- => US/LOC|Russia/LOC|Olympics/MISC
SELECT group_concat(entity || '/' || type, '|') FROM entities('It offered its support in security preparations for the Sochi Olympic Games.', 'patterns=0');
-- => Sochi Olympic Games/MISC
-- A person's surname alone is the person's, a company's name or not.
SELECT group_concat(entity || '/' || type, '|') FROM entities('The novelist John Ford died. Ford had written ten books, and Ford was loved.', 'patterns=0');
-- => John Ford/PERSON|Ford/PERSON|Ford/PERSON
-- The names of a list share the type of two thirds of them, a
-- capitalized word the model left out taken in (list_types.c).
SELECT group_concat(entity || '/' || type, '|') FROM entities('The major studios include Toei Animation, Gainax, Madhouse, Nippon Animation, Studio Pierrot and Studio Ghibli.', 'patterns=0') WHERE entity LIKE '%Studio%' OR entity LIKE '%Pierrot%';
-- => Studio Pierrot/ORG|Studio Ghibli/ORG
SELECT group_concat(entity, '|') FROM entities('He worked at Studio Pierrot and Studio Ghibli.', 'patterns=0') WHERE entity LIKE 'Studio%';
-- => Studio Pierrot|Studio Ghibli
SELECT group_concat(entity, '|') FROM entities('Shares of Bank Leumi and Bank Hapoalim fell.', 'patterns=0');
-- => Bank Leumi|Bank Hapoalim
SELECT group_concat(entity, '|') FROM entities(CAST(X'FE' || CAST('a tutelary god of Wilusa (Troy) in Asia Minor' AS BLOB) || X'FF' AS BLOB), 'patterns=0') WHERE entity LIKE '%Wilusa%' OR entity LIKE '%Troy%';
-- => Wilusa|Troy
SELECT count(*) FROM entities('The film won Best Picture "Midnight Cowboy" in 1970.', 'patterns=0') WHERE entity LIKE '%"%';
-- => 0
-- A first name, a nickname in quotes and a surname are one PERSON (score
-- 0.9), whatever pieces the model read.
SELECT entity, type, score FROM entities('He beat Hector "Macho" Camacho on points in Las Vegas.', 'patterns=0') WHERE entity LIKE '%Macho%';
-- => Hector "Macho" Camacho|PERSON|0.9
-- In a Title Case line a listed first name and an unlisted surname are a
-- PERSON (score 0.5) where the model found nothing.
SELECT entity, type, score FROM entities('Bolivia Elects Rodrigo Paz In Run-Off Upset', 'patterns=0') WHERE type = 'PERSON';
-- => Rodrigo Paz|PERSON|0.5
-- The same rules on a BLOB with invalid UTF-8 and unclosed marks.
SELECT count(*) >= 1 FROM entities(CAST(X'FF2022546865204E6F7274682057696E642220FE2022' AS BLOB), 'patterns=0');
-- => 1

-- "and" never continues a PERSON (CoNLL-2003 has none with it): two
-- names joined by it stay two, in a cased line as in a lower-case one.
SELECT count(*) >= 2, total(entity LIKE '% and %') FROM entities('Itamar Ben-Gvir and Bezalel Smotrich threatened to quit.', 'patterns=0') WHERE type = 'PERSON';
-- => 1|0.0
SELECT total(entity LIKE '% and %') FROM entities('Karol G and Peso Pluma topped the chart on Friday.', 'patterns=0') WHERE type = 'PERSON';
-- => 0.0
SELECT total(entity LIKE '% and %') FROM entities('itamar ben-gvir and bezalel smotrich threatened to quit.', 'patterns=0') WHERE type = 'PERSON';
-- => 0.0
-- The same as a BLOB, with invalid UTF-8 around and inside it, empty, NULL.
SELECT count(*) >= 2, total(entity LIKE '% and %') FROM entities(CAST('Itamar Ben-Gvir and Bezalel Smotrich threatened to quit.' AS BLOB), 'patterns=0') WHERE type = 'PERSON';
-- => 1|0.0
SELECT total(entity LIKE '%and%'), count(*) = total(start >= 0 AND start + length <= 38) FROM entities(X'FF4974616D61722042656E2D4776697220616E642042657A616C656C20536D6F7472696368FE', 'patterns=0') WHERE type = 'PERSON';
-- => 0.0|1
SELECT count(*) FROM entities('and', 'patterns=0'), entities('', 'patterns=0');
-- => 0
SELECT count(*) FROM entities(NULL, 'patterns=0');
-- => 0

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
-- Invalid UTF-8 in and around names with head nouns ("Gulf of", "Sea",
-- "Avenue"): spans stay inside the 61 bytes.
SELECT count(*) > 0, count(*) = total(start >= 0 AND start + length <= 61) FROM entities(X'FF5468652047756C66206F6620C346696E6C616E642C207468652042616C7469632053656120616E6420527573746176656C6920E2804176656E7565FE', 'patterns=0');
-- => 1|1
SELECT type, norm FROM entities(2014, 'model=0');
-- => CARDINAL|2014

-- Errors name the function and the valid keys or values.
SELECT * FROM entities('x', 'bogus=1');
-- error: textkit: entities(): unknown option 'bogus'; valid keys: types, patterns, model, dictionary, ref, vote
SELECT * FROM entities('x', 'types=PERSON,FOO');
-- error: textkit: entities(): unknown type 'FOO' in types=; valid types: PERSON, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL, EMAIL, URL, PHONE, HASHTAG, MENTION, IP
SELECT * FROM entities('x', 'model=2');
-- error: textkit: entities(): bad value '2' for model; valid: 0, 1
SELECT * FROM entities('x', 'ref=2014-02-30');
-- error: textkit: entities(): bad value '2014-02-30' for ref; valid: a date YYYY-MM-DD, auto
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

-- canonical: the name to group by.  Patterns: the norm.
SELECT entity, canonical FROM entities('Paid $5 on Feb. 7, 2014', 'model=0');
-- => $5|5 USD
-- => Feb. 7, 2014|2014-02-07

-- Names (dictionary spans here, so that the rows do not depend on the
-- model): a surname takes the full name, before or after it.
CREATE TABLE people(phrase, type);
INSERT INTO people VALUES ('Bill Clinton', 'PERSON'), ('Hillary Clinton', 'PERSON'), ('Clinton', 'PERSON'), ('Clinton''s', 'PERSON'), ('Jay Carney', 'PERSON'), ('Carney', 'PERSON'), ('Washington', 'LOC'), ('George Washington', 'PERSON'), ('National Security Council', 'ORG'), ('NSC', 'ORG'), ('London', 'LOC'), ('NATO', 'ORG'), ('New York', 'LOC'), ('The Natural Law Party', 'ORG'), ('Natural Law Party', 'ORG');
SELECT entity, canonical FROM entities('Carney spoke. Jay Carney said Clinton''s aide and Bill Clinton agreed; Clinton left.', 'model=0 dictionary=people');
-- => Carney|Jay Carney
-- => Jay Carney|Jay Carney
-- => Clinton's|Bill Clinton
-- => Bill Clinton|Bill Clinton
-- => Clinton|Bill Clinton

-- Two full names share the surname: it stays as written.
SELECT entity, canonical FROM entities('Bill Clinton and Hillary Clinton met. Clinton said no.', 'model=0 dictionary=people');
-- => Bill Clinton|Bill Clinton
-- => Hillary Clinton|Hillary Clinton
-- => Clinton|Clinton

-- Only a PERSON part joins a full name.
SELECT entity, canonical FROM entities('George Washington slept in Washington.', 'model=0 dictionary=people');
-- => George Washington|George Washington
-- => Washington|Washington

-- An acronym defined either way round stands for the long form everywhere.
SELECT entity, canonical FROM entities('NSC staff met. The National Security Council (NSC) said the NSC would act.', 'model=0 dictionary=people');
-- => NSC|National Security Council
-- => National Security Council|National Security Council
-- => NSC|National Security Council
-- => NSC|National Security Council
SELECT entity, canonical FROM entities('The NSC (National Security Council) met; NSC aides left.', 'model=0 dictionary=people');
-- => NSC|National Security Council
-- => National Security Council|National Security Council
-- => NSC|National Security Council

-- Case variants take the most frequent mixed-case form; an all-caps name
-- alone is title-cased from 5 letters on (NATO stays).
SELECT entity, canonical FROM entities('LONDON 1996-08-22 London police said London was calm.', 'model=0 dictionary=people types=LOC');
-- => LONDON|London
-- => London|London
-- => London|London
SELECT entity, canonical FROM entities('LONDON, NEW YORK AND NATO', 'model=0 dictionary=people');
-- => LONDON|London
-- => NEW YORK|New York
-- => NATO|NATO

-- A leading "The" goes; a line break inside a name is one space.
SELECT instr(entity, char(10)) > 0, canonical FROM entities('The Natural Law Party ran. Natural' || char(10) || 'Law Party won.', 'model=0 dictionary=people');
-- => 0|Natural Law Party
-- => 1|Natural Law Party

-- The model's rows get the same treatment.
SELECT entity, type, canonical FROM entities('Jay Carney told reporters. Carney said more.', 'patterns=0');
-- => Jay Carney|PERSON|Jay Carney
-- => Carney|PERSON|Jay Carney

-- The vote: the mentions of one canonical name scoring under 0.9 take the
-- type with the largest summed score; vote=0 keeps each mention's own.
-- types= filters after the vote.
SELECT count(DISTINCT type) FROM entities('Police in Porto made arrests. Porto beat Arsenal. Porto won again.', 'patterns=0') WHERE canonical = 'Porto';
-- => 1
SELECT count(DISTINCT type) FROM entities('Police in Porto made arrests. Porto beat Arsenal. Porto won again.', 'patterns=0 vote=0') WHERE canonical = 'Porto';
-- => 2
SELECT count(*) FROM entities('Police in Porto made arrests. Porto beat Arsenal. Porto won again.', 'patterns=0 types=ORG');
-- => 4

-- Bad input: NULL, BLOB, invalid UTF-8 and an empty text.
SELECT count(*) FROM entities(NULL, 'vote=1');
-- => 0
SELECT entity, canonical FROM entities(CAST('LONDON ' AS BLOB) || X'FF', 'model=0 dictionary=people');
-- => LONDON|London
SELECT count(*) FROM entities('', 'vote=0');
-- => 0
SELECT * FROM entities('x', 'vote=2');
-- error: textkit: entities(): bad value '2' for vote; valid: 0, 1

-- Markup left in plain text is never a name: "<" and ">" alone and the tag
-- name after "<" or "</" ("</dl>" lines of Wikipedia extracts).
SELECT count(*) FROM entities('</dl>', 'patterns=0');
-- => 0
SELECT count(*) FROM entities('<dl>' || char(10) || '<dd>a list</dd>' || char(10) || '</dl>', 'patterns=0');
-- => 0
SELECT count(*) FROM entities('He said <b>Barack Obama</b> won.', 'patterns=0') WHERE entity LIKE '%<%' OR entity LIKE '%>%' OR entity = 'b';
-- => 0
SELECT entity, type FROM entities('Barack Obama visited Paris.' || char(10) || '</dl>', 'patterns=0');
-- => Barack Obama|PERSON
-- => Paris|LOC
SELECT count(*) FROM entities('<', 'patterns=0');
-- => 0
SELECT count(*) FROM entities('</', 'patterns=0');
-- => 0
-- A "<" between words is no tag: the name after it stays a name.
SELECT count(*) FROM entities('Analysts in Paris said Lyon<Marseille on costs.', 'patterns=0') WHERE entity = 'Marseille';
-- => 1

-- A model span never ends in punctuation that closes nothing opened in it
-- (a closing quote or an opening bracket the tagger ran on to); quotes and
-- brackets opened inside the span stay.  (The quoted title is claimed
-- whole as a MISC, over the model's "Chairman Mao\"".)  The spans are
-- checked, not the model's types of the enzymes.
SELECT group_concat(entity, ' | ') FROM entities('He wrote "The Private Life of Chairman Mao", a memoir. When hepatic MAO (primarily MAO-A) is inhibited. "The Sun" said.', 'patterns=0');
-- => The Private Life of Chairman Mao | MAO | MAO-A | The Sun
SELECT type FROM entities('He wrote "The Private Life of Chairman Mao", a memoir.', 'patterns=0');
-- => MISC
SELECT group_concat(entity || '/' || type, ' | ') FROM entities('He met Chairman Mao", a memoir.', 'patterns=0');
-- => Mao/PERSON

-- Typographic punctuation reads as its ASCII form (the tagger's training
-- text is ASCII): curly apostrophes and quotes, guillemets, en and em
-- dashes give the entities the same words give in ASCII, and the spans are
-- the text's own (the curly characters in place; start and length count
-- them as one character each).
SELECT (SELECT group_concat(type || ':' || replace(replace(replace(replace(entity, '’', ''''), '“', '"'), '”', '"'), '—', '--'), ' | ') FROM entities('Michelle O’Neill met Sinn Féin’s leaders in Belfast—then flew to “New York” with Socrates’ heirs.', 'patterns=0'))
     = (SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Michelle O''Neill met Sinn Féin''s leaders in Belfast--then flew to "New York" with Socrates'' heirs.', 'patterns=0'));
-- => 1
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Socrates’ trial was in Athens.', 'patterns=0');
-- => PERSON:Socrates | LOC:Athens
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('O’Brien met the press in Nuku’alofa.', 'patterns=0');
-- => PERSON:O’Brien | LOC:Nuku’alofa
SELECT group_concat(substr(t, start, length) = entity, ',') FROM (SELECT 'Michelle O’Neill met Sinn Féin’s leaders in Belfast—then flew to “New York” with Socrates’ heirs.' AS t), entities(t, 'patterns=0');
-- => 1,1,1,1,1
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('COLOMBO, Sept. 23 (AFP) — Anura Kumara Dissanayake took the oath.', 'patterns=0');
-- => LOC:COLOMBO | ORG:AFP | PERSON:Anura Kumara Dissanayake

-- A capitalized name inside a sentence that the model left out, of words
-- that are no ordinary words, is claimed (score 0.7) when a word of an
-- organization's kind stands by it ("Shares in", "party", "the data
-- firm") or it stands beside a span in a list: ORG unless the typed
-- gazetteers or the list say otherwise.  Not without such a word, not an
-- abbreviation in capitals, a month or a day, nor in a Title Case line.
SELECT entity, type, score FROM entities('Shares in Novo have fallen by half.', 'patterns=0');
-- => Novo|ORG|0.7
SELECT count(*) FROM entities('Bond futures ended at 1400 EDT shares on Friday in September.', 'patterns=0') WHERE type IN ('ORG', 'PERSON', 'LOC', 'MISC');
-- => 0
-- The name before an e-mail address is a PERSON (score 0.9), over the
-- model's span; not a group's ("Developers") nor a listed organization's.
SELECT group_concat(type || ':' || entity || ':' || score, ' | ') FROM entities(' -- Aurelien Jarno <aurel32@debian.org>  Mon, 27 Apr 2026 22:14:33 +0200', 'patterns=0');
-- => PERSON:Aurelien Jarno:0.9
SELECT count(*) FROM entities('Maintainer: Debian Adduser Developers <adduser@packages.debian.org>', 'patterns=0') WHERE type = 'PERSON' AND score = 0.9;
-- => 0
-- A warranty's terms and a legal suffix alone are no names.
SELECT group_concat(entity, '|') FROM entities('Copyright (C) 2010 Free Software Foundation, Inc.' || char(10) || 'without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.', 'patterns=0');
-- => Free Software Foundation
-- An era's or a time zone's abbreviation beside its number is no name
-- (number_marks.c); alone it may be one ("BC Hydro").
SELECT count(*) FROM entities('In 79 AD the town was buried; in 300 BCE it was founded; the 5th century BC and AD 1066 and 200 CE saw wars.', 'patterns=0') WHERE entity IN ('AD', 'BCE', 'BC', 'CE');
-- => 0
SELECT count(*) FROM entities('The meeting starts at 5 p.m. GMT and ends at 17:30 CET.', 'patterns=0') WHERE entity IN ('GMT', 'CET');
-- => 0
SELECT entity FROM entities('BC Hydro raised its rates.', 'patterns=0');
-- => BC Hydro
SELECT count(*) FROM entities('Shares In Novo Have Fallen By Half', 'patterns=0') WHERE entity = 'Novo' AND score = 0.7;
-- => 0

-- Names a word of their kind or their shape types (docs/entities.md): a
-- distributor by its noun, a drug, a canal's head, an organization named
-- "<head> for <cause>", a club's marker, a compass word.
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Baker thanked the independent distributor Neon and said cinemas needed saving.', 'patterns=0');
-- => PERSON:Baker | ORG:Neon
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Eisai and Biogen won approval to sell their drug Leqembi in Canada.', 'patterns=0') WHERE entity <> 'Eisai';
-- => ORG:Biogen | MISC:Leqembi | LOC:Canada
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('José Raúl Mulino said every square metre of the Panama Canal belonged to Panama.', 'patterns=0');
-- => PERSON:José Raúl Mulino | LOC:Panama Canal | LOC:Panama
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Alice Weidel was named the chancellor candidate of the far-right Alternative for Germany.', 'patterns=0');
-- => PERSON:Alice Weidel | ORG:Alternative for Germany
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Son Heung-min left Tottenham for Los Angeles FC after ten seasons.', 'patterns=0');
-- => PERSON:Son Heung-min | ORG:Tottenham | ORG:Los Angeles FC
SELECT group_concat(type || ':' || entity, ' | ') FROM entities('Shavkat Mirziyoyev hosted Central Asian leaders in Samarkand.', 'patterns=0');
-- => PERSON:Shavkat Mirziyoyev | MISC:Central Asian | LOC:Samarkand

-- A word the document writes as code (Type::, impl Type, Type<T>) is
-- code where it stands alone too, in program documentation: three code
-- words or more, one per 4 KB (docs/entities.md "Code and manuals").
SELECT count(*) FROM entities('Types which implement Deref should do it. impl Deref for Box {} let a = Arc<Mutex<u8>>;', 'patterns=0') WHERE entity = 'Deref';
-- => 0
-- An article that quotes code among 12 KB of prose keeps the name.
SELECT entity, type FROM entities('Apache said it would fund the work. ' || replace(hex(zeroblob(3000)), '00', 'the work went on. ') || ' Apache::ASP and Perl::DBI ports it.', 'patterns=0') WHERE entity = 'Apache';
-- => Apache|ORG
-- An adverb that opens a sentence is no name; a surname stays.
SELECT count(*) FROM entities('Lexicographically compares the elements of this Iterator with those of another.', 'patterns=0');
-- => 0
SELECT entity, type FROM entities('Connally said the plan would work.', 'patterns=0');
-- => Connally|PERSON
