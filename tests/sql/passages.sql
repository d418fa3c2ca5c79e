-- text_overlap(a, b [, min_words]), text_blocks(text), text_main(text).

-- Every column: words compared case-folded, punctuation between them ignored;
-- spans are 1-based characters and character lengths in each text.
SELECT * FROM text_overlap('The quick brown fox jumps over the lazy dog, said the teacher.', 'Yesterday THE QUICK brown fox -- jumps over the lazy DOG again.', 5);
-- => The quick brown fox jumps over the lazy dog|1|43|11|46|9|0

-- The default min_words is 8: ten shared words are a passage, seven are not.
SELECT passage, a_start, a_length, b_start, b_length, words, position FROM text_overlap('one two three four five six seven eight nine ten', 'x one two three four five six seven eight nine ten y');
-- => one two three four five six seven eight nine ten|1|48|3|48|10|0
SELECT count(*) FROM text_overlap('one two three four five six seven', 'one two three four five six seven');
-- => 0
-- The hidden min_words column reads back the argument as given: NULL when
-- it was omitted (the default 8 applies), the value when given.
SELECT min_words FROM text_overlap('a b c d e f g h', 'a b c d e f g h');
-- => NULL
SELECT min_words, typeof(min_words) FROM text_overlap('a b c', 'a b c', 2.0);
-- => 2.0|real

-- A passage of a that b repeats gives one row per occurrence in b.
SELECT passage, b_start, words, position FROM text_overlap('alpha beta gamma delta epsilon zeta', 'alpha beta gamma delta. Then alpha, beta, gamma, delta!', 4);
-- => alpha beta gamma delta|1|4|0
-- => alpha beta gamma delta|30|4|1

-- Non-ASCII words fold; the passage is the text as it appears in a.
SELECT passage, a_start, b_start FROM text_overlap('Crème brûlée à l''école était très bonne', 'oui: CRÈME BRÛLÉE À L''ÉCOLE ÉTAIT', 4);
-- => Crème brûlée à l'école était|1|6

-- Runs shorter than min_words are not passages; a passage is maximal.
SELECT passage, words FROM text_overlap('red green blue cyan | one two three four five', 'red green blue -- x -- one two three four five six', 4);
-- => one two three four five|5

-- Invalid UTF-8: each bad byte is one character (U+FFFD) in the spans.
SELECT a_start, a_length, b_start, b_length, words FROM text_overlap(X'FF20612062206320642065', X'6120622063206420652080', 5);
-- => 3|9|1|9|5

-- BLOBs are read as UTF-8, numbers as text; min_words may be an integral REAL.
SELECT passage FROM text_overlap(CAST('a b c d' AS BLOB), 'a b c d', 4);
-- => a b c d
SELECT passage FROM text_overlap(1234, 1234, 1);
-- => 1234
SELECT passage FROM text_overlap('a b c d', 'a b c d', 4.0);
-- => a b c d

-- The hidden arguments read back.
SELECT a, b, min_words FROM text_overlap('a b', 'a b', 2);
-- => a b|a b|2

-- NULL in: no rows.  Empty texts: no rows.
SELECT count(*) FROM text_overlap(NULL, 'a b c d', 1);
-- => 0
SELECT count(*) FROM text_overlap('a b c d', NULL, 1);
-- => 0
SELECT count(*) FROM text_overlap('a b c d', 'a b c d', NULL);
-- => 0
SELECT count(*) FROM text_overlap('', '', 1);
-- => 0

-- Bad min_words and argument counts.
SELECT * FROM text_overlap('a b', 'a b', 0);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT * FROM text_overlap('a b', 'a b', -1);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT * FROM text_overlap('a b', 'a b', 'x');
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT * FROM text_overlap('a b', 'a b', 2.5);
-- error: textkit: text_overlap(): min_words must be an integer of at least 1
SELECT * FROM text_overlap('a b');
-- error: textkit: text_overlap(): missing argument b; usage: text_overlap(a, b [, min_words])
SELECT * FROM text_overlap();
-- error: textkit: text_overlap(): missing argument a; usage: text_overlap(a, b [, min_words])
SELECT * FROM text_overlap('a', 'b', 1, 2);
-- error: too many arguments on text_overlap() - max 3

-- text_blocks: a menu (separators), content, UI text.
SELECT position, kind, start, length, block FROM text_blocks('Home | News | Sport

The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.

Subscribe to our newsletter
Sign in');
-- => 0|boilerplate|1|19|Home | News | Sport
-- => 1|content|22|172|The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.
-- => 2|boilerplate|196|27|Subscribe to our newsletter
-- => 3|boilerplate|224|7|Sign in

-- Gaps of two spaces or more separate menu items ("About  Archive"), but
-- justified text pads its lines with them (man pages, plain-text exports):
-- a line of 8 words or more, a fifth of them stopwords, is prose, and so is
-- a block of wrapped lines. Before, a man page's justified lines were
-- dropped as menus.
SELECT kind, block FROM text_blocks('About  Archive  Contact  RSS');
-- => boilerplate|About  Archive  Contact  RSS
SELECT kind, block FROM text_blocks('The council voted on Tuesday to approve the budget for buses.

Home    World    Business    Sport    Opinion

The vote ended a dispute that had dragged on since the spring.');
-- => content|The council voted on Tuesday to approve the budget for buses.
-- => boilerplate|Home    World    Business    Sport    Opinion
-- => content|The vote ended a dispute that had dragged on since the spring.
SELECT kind FROM text_blocks('FIXPSPPS(1)           General Commands Manual           FIXPSPPS(1)

fixpspps  -  filtro  que  prepara el PostScript de PSPrint para que las
PSUtils funcionen');
-- => boilerplate
-- => content
-- => content
SELECT kind FROM text_blocks('the  filter  makes  the output of the  printing  tool  work  with  the');
-- => content
-- A block of wrapped lines is a paragraph, however few its stopwords (a
-- technical Russian paragraph: 4 of 26 words on the list).
SELECT kind FROM text_blocks('Программа  ldd  выдаёт список общих объектов (общих библиотек), которые
требуются для каждой из  заданных  в  командной  строке  программы  или
общего объекта. Пример использования и результат работы:');
-- => content

-- A long line not ending a sentence continues on the next (lower-case) line;
-- a line starting with a capital after a sentence end is a new block.
SELECT kind, replace(block, char(10), '/') FROM text_blocks('A line that is long enough to look like it was wrapped by an editor
and its continuation, which is one paragraph.
Next item');
-- => content|A line that is long enough to look like it was wrapped by an editor/and its continuation, which is one paragraph.
-- => content|Next item

-- After a paywall offer, with no prose to the end of the text, the short
-- items of its benefit list are boilerplate even where a furniture line
-- ("Curated Newsletters") breaks the list (before: the items between two
-- furniture lines stayed, and the report typed "Archives" and "Ad-free
-- Reading" as organisations).
SELECT kind, block FROM text_blocks('The council voted on Tuesday to approve the budget for buses.

You have reached your limit of free articles this month.
Subscribe now for unlimited access.
Business Standard Epaper
Digital replica of our daily newspaper with options to read, save, and share
Curated Newsletters
Archives
Repository of articles and publications dating back to 1997
Ad-free Reading
Uninterrupted reading experience with no advertisements
Seamless Access Across All Devices');
-- => content|The council voted on Tuesday to approve the budget for buses.
-- => boilerplate|You have reached your limit of free articles this month.
-- => boilerplate|Subscribe now for unlimited access.
-- => boilerplate|Business Standard Epaper
-- => boilerplate|Digital replica of our daily newspaper with options to read, save, and share
-- => boilerplate|Curated Newsletters
-- => boilerplate|Archives
-- => boilerplate|Repository of articles and publications dating back to 1997
-- => boilerplate|Ad-free Reading
-- => boilerplate|Uninterrupted reading experience with no advertisements
-- => boilerplate|Seamless Access Across All Devices
-- A lone block after a mid-article offer is the rest of the story (a
-- results line without a full stop), even with furniture after it.
SELECT kind FROM text_blocks('Romania beat Lithuania 2-1 in their European under-21 soccer match on Friday.

This article is for subscribers only. Start your free trial today to keep reading.

Scorers: Romania - Cosmin Contra (31st), Mihai Tararache (75th); Lithuania - Danius Gleveckas (13th); Attendance: 200

Share on Facebook  Share on Twitter  Copy link');
-- => content
-- => boilerplate
-- => content
-- => boilerplate
-- With prose after the offer, the short lines between stay content.
SELECT kind FROM text_blocks('Romania beat Lithuania 2-1 on Friday.

This article is for subscribers only. Start your free trial today to keep reading.

Scorers: Contra, Tararache and Gleveckas
Attendance: 200

Advertisement

The coach said the team had played its best match of the year.');
-- => content
-- => boilerplate
-- => content
-- => content
-- => boilerplate
-- => content

-- A copyright sign, or "all rights reserved", makes a block boilerplate.
SELECT kind FROM text_blocks('© 2024 Example Media');
-- => boilerplate
SELECT kind FROM text_blocks('Example Media 2024. All rights reserved.');
-- => boilerplate
SELECT kind FROM text_blocks('Example Media 2024, with offices in three cities');
-- => content

-- Reuters, one sentence a line: headline, dateline, short sentences and a
-- results table are all content; the furniture around them is not.
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

-- Short lines between content lines are content; a short run between two
-- furniture lines is a menu.
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

-- A sentence about subscribers or Twitter is not furniture.
SELECT kind FROM text_blocks('Netflix said it added two million subscribers in the quarter , more than analysts expected .');
-- => content
SELECT kind FROM text_blocks('Facebook , Twitter and Instagram were down for hours on Wednesday .');
-- => content

-- A label word in a heading or in speech with a full stop is text; a bare
-- label is furniture, and so is a list head that starts a sentence.
SELECT kind, block FROM text_blocks('Home video.
The film was released on home video in 1998 and sold two million copies.
" Go home.
There are no prayers today , " a soldier yelled at him.
Search
Read more about sharing.
Comments are closed.');
-- => content|Home video.
-- => content|The film was released on home video in 1998 and sold two million copies.
-- => content|" Go home.
-- => content|There are no prayers today , " a soldier yelled at him.
-- => boilerplate|Search
-- => boilerplate|Read more about sharing.
-- => boilerplate|Comments are closed.
-- A list head inside a sentence is prose; a weak word with a full stop too.
SELECT kind FROM text_blocks('The most popular sports in Bitola are football and handball.');
-- => content
SELECT kind FROM text_blocks('Non-print editions.');
-- => content
-- So is one inside a clause that leads into a list (8 words or more, a
-- fifth stopwords); a short line that starts with one heads a list.
SELECT kind, block FROM text_blocks('Communications in Belgium are extensive and advanced.
The most popular websites accessed from a Belgian ISP in 2008 are:
Google, Facebook and YouTube were in the first places.');
-- => content|Communications in Belgium are extensive and advanced.
-- => content|The most popular websites accessed from a Belgian ISP in 2008 are:
-- => content|Google, Facebook and YouTube were in the first places.
SELECT kind, block FROM text_blocks('Our most popular stories:
Council approves the new budget for buses');
-- => boilerplate|Our most popular stories:
-- => boilerplate|Council approves the new budget for buses
-- A label ends a name or a heading of three words ("Binary search tree",
-- "- Colorado Christian Home" in a bond table, "Atomic/Linearizable
-- register:"); starting a short line or beside one word it is furniture.
SELECT kind, block FROM text_blocks('Binary search tree
In computer science, a binary search tree is a rooted binary tree.
Issuer: National Benevolent Assoc.
- Colorado Christian Home
Atomic/Linearizable register:
A read returns the value written by the last write.');
-- => content|Binary search tree
-- => content|In computer science, a binary search tree is a rooted binary tree.
-- => content|Issuer: National Benevolent Assoc.
-- => content|- Colorado Christian Home
-- => content|Atomic/Linearizable register:
-- => content|A read returns the value written by the last write.
SELECT kind, block FROM text_blocks('Search our archive
Site search
Print this page');
-- => boilerplate|Search our archive
-- => boilerplate|Site search
-- => boilerplate|Print this page
-- A doubled separator between spaces is a poem's caesura, not a menu;
-- single ones and signs packed in markup are.
SELECT kind, block FROM text_blocks('Baudelaire''s "Les Bijoux" is a typical example of the alexandrine:
<poem>La très-chère était nue, || et, connaissant mon cœur,
Elle n''avait gardé || que ses bijoux sonores,
Des pierres nues || et sans squelette, || ô ma statue</poem>
Modern references.');
-- => content|Baudelaire's "Les Bijoux" is a typical example of the alexandrine:
-- => content|<poem>La très-chère était nue, || et, connaissant mon cœur,
-- => content|Elle n'avait gardé || que ses bijoux sonores,
-- => content|Des pierres nues || et sans squelette, || ô ma statue</poem>
-- => content|Modern references.
SELECT kind FROM text_blocks('Des pierres nues | et sans squelette | ô ma statue');
-- => boilerplate
SELECT kind FROM text_blocks('| {{#if:||}}{{');
-- => boilerplate
-- A long paragraph that holds a sentence end is prose, its pipes a
-- formula's; a middle dot between two characters joins them (a product,
-- Catalan's "col·lecció"); a spaced one parts menu items.
SELECT kind, rtrim(substr(block, 1, 30)) FROM text_blocks('The horizontal net force on the ball is the horizontal component of the force from the road, which has magnitude |Fh| = "m"|an|sin"θ". The vertical component of the force from the road must counteract the gravitational force: |Fv| = "m"|an|cos"θ" = "m"|g|, which implies |an|=|g| / cos"θ". Substituting into the above formula for |Fh| yields a horizontal force to be:
For example, check the Universal Gas Law equation of "P·V = n·R·T", when:
La col·lecció i la il·lustració del museu:
Home · News · Sport · Weather · Contact');
-- => content|The horizontal net force on th
-- => content|For example, check the Univers
-- => content|La col·lecció i la il·lustraci
-- => boilerplate|Home · News · Sport · Weather
SELECT kind FROM text_blocks('Home | News | Sport | Weather. Contact | Jobs | About us | Sitemap');
-- => boilerplate
-- A line with as many tabs as a line beside it is a table's row (html_text
-- writes a cell's end as a tab): its header is no menu; a tab-separated
-- line alone is.
SELECT kind, replace(block, char(9), '/') FROM text_blocks('Final standings after 36 races:
Pos.' || char(9) || 'Driver' || char(9) || 'Points' || char(9) || 'Wins
1' || char(9) || 'Kyle Busch' || char(9) || '5040' || char(9) || '5
2' || char(9) || 'Martin Truex Jr.' || char(9) || '5035' || char(9) || '7');
-- => content|Final standings after 36 races:
-- => content|Pos./Driver/Points/Wins
-- => content|1/Kyle Busch/5040/5
-- => content|2/Martin Truex Jr./5035/7
SELECT kind, replace(block, char(9), '/') FROM text_blocks('Home' || char(9) || 'World' || char(9) || 'Business' || char(9) || 'Sport
The council voted on Tuesday to approve the budget for buses.');
-- => boilerplate|Home/World/Business/Sport
-- => content|The council voted on Tuesday to approve the budget for buses.
-- A long paragraph that names "The Cookie Jar" and a site is not a cookie
-- banner; a short one that asks to accept cookies is.
SELECT kind FROM text_blocks('The only place in town doing good business is the local sanitarium, known as the Cookie Jar, whose inmates look much healthier than the townspeople. ' || replace(hex(zeroblob(150)), '00', 'The town accepts it. ') || 'The site of the old factory is empty.');
-- => content
SELECT kind FROM text_blocks('We use cookies on this site. By browsing you accept our use of cookies.');
-- => boilerplate
-- Past 40 words a notice speaks to the reader ("we", "your"): a paragraph
-- on HTTPS that names cookies and a site is prose, a long notice is not.
SELECT kind FROM text_blocks('A site must be completely hosted over HTTPS, without having some of its contents loaded over HTTP, or the user will be vulnerable to some attacks and surveillance. On a site that has sensitive information somewhere on it, every time that site is accessed with HTTP instead of HTTPS, the user and the session will get exposed. Similarly, cookies on a site served through HTTPS have to have the secure attribute enabled.');
-- => content
SELECT kind FROM text_blocks('We and our partners store and access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, audience insights and product development. With your permission we may use precise geolocation data. You may accept or manage your choices at any time on this website.');
-- => boilerplate

-- NULL, empty and blank texts: no rows.
SELECT count(*) FROM text_blocks(NULL);
-- => 0
SELECT count(*) FROM text_blocks('');
-- => 0
SELECT count(*) FROM text_blocks('   
	
');
-- => 0

-- Invalid UTF-8, BLOBs and numbers.
SELECT kind, start, length, hex(block) FROM text_blocks(X'FF0A0A68656C6C6F');
-- => content|1|1|EFBFBD
-- => content|4|5|68656C6C6F
SELECT kind, block FROM text_blocks(CAST('hello world' AS BLOB));
-- => content|hello world
SELECT kind, block FROM text_blocks(42);
-- => content|42
SELECT text FROM text_blocks('x');
-- => x

SELECT * FROM text_blocks();
-- error: textkit: text_blocks(): missing argument text; usage: text_blocks(text)
SELECT * FROM text_blocks('a', 'b');
-- error: too many arguments on text_blocks() - max 1

-- text_main: the content blocks joined by a blank line.
SELECT replace(text_main('Menu

The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.

The mayor said that she was satisfied with the compromise and would sign it by the end of the week, after a hearing that is planned for next month.

© 2024 Example Media'), char(10), '/');
-- => The council voted on Tuesday to approve a budget that raises spending on buses and roads, ending a dispute that had dragged on since the spring and had divided the members.//The mayor said that she was satisfied with the compromise and would sign it by the end of the week, after a hearing that is planned for next month.

-- A hard-wrapped text (tk_wrap_width) keeps its paragraphs whole: the
-- blocks cut before a capital ("Bank of" / "England") are joined again by
-- their one line break; the title keeps its blank line.
SELECT replace(text_main('A TALE OF LONDON
He wrote in his long letter that the treaty with the old Bank of
England was signed last week, and that the meeting they held at the
Royal George Hotel in Dover went well for the many people involved,
as the clerks of Mr. Jarvis Lorry at the Bank in London all agreed.'), char(10), '/');
-- => A TALE OF LONDON//He wrote in his long letter that the treaty with the old Bank of/England was signed last week, and that the meeting they held at the/Royal George Hotel in Dover went well for the many people involved,/as the clerks of Mr. Jarvis Lorry at the Bank in London all agreed.

-- Lines indented alike stay one paragraph when the line before looks
-- wrapped, even before a capital (a Debian copyright file's licence,
-- "Public" / "License"); a bullet or a dash still starts a new item.
SELECT replace(text_main('License: AFL-2.1
 Licensed under the Academic Free License version 2.1

License: LGPL-2.1+
 This library is free software; you can redistribute it and/or
 modify it under the terms of the GNU Lesser General Public
 License as published by the Free Software Foundation; either
 version 2.1 of the License, or (at your option) any later version.'), char(10), '/');
-- => License: AFL-2.1//Licensed under the Academic Free License version 2.1//License: LGPL-2.1+//This library is free software; you can redistribute it and/or/ modify it under the terms of the GNU Lesser General Public/ License as published by the Free Software Foundation; either/ version 2.1 of the License, or (at your option) any later version.
SELECT replace(text_main('Changes in this release of the package:
 - the parser reads the new format of the archive files without
 - Windows builds link the library statically from now on'), char(10), '/');
-- => Changes in this release of the package://- the parser reads the new format of the archive files without//- Windows builds link the library statically from now on

-- NULL -> NULL; no content -> the whole text, never ''; invalid UTF-8 and
-- BLOBs are fine.
SELECT text_main(NULL);
-- => NULL
SELECT quote(text_main(''));
-- => ''
SELECT quote(text_main('Hello'));
-- => 'Hello'
SELECT quote(text_main('Sign in | Subscribe'));
-- => 'Sign in | Subscribe'
SELECT quote(text_main('   '));
-- => '   '
SELECT hex(text_main(X'FF'));
-- => EFBFBD
SELECT typeof(text_main(CAST('x' AS BLOB)));
-- => text
SELECT text_main();
-- error: wrong number of arguments to function text_main()
SELECT text_main('a', 'b');
-- error: wrong number of arguments to function text_main()
