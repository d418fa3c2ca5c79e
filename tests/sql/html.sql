-- html_text(html), html_main(html [, options]), html_meta(html), html_links(html [, base]).

-- html_text: blocks are paragraphs, <br> a line break, cells a tab, rows lines.
SELECT replace(replace(html_text('<p>One &amp; <b>two</b><br>three</p><div>Four</div><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'), char(10), '/'), char(9), '~');
-- => One & two/three//Four//a~b/c
-- Never rendered: head, script, style, template, noscript, comments, hidden elements.
SELECT replace(replace(html_text('<html><head><title>T</title><style>p{}</style></head><body>a<script>x()</script><template>t</template><noscript>n</noscript><!-- c -->b <p hidden>h</p><span aria-hidden="true">h</span><i style="Display : NONE">h</i><i style="visibility:hidden">h</i>c</body></html>'), char(10), '/'), char(9), '~');
-- => ab c
-- Whitespace collapses (no-break spaces too), except inside pre.
SELECT replace(replace(html_text('<p>  a' || char(10) || '  b&nbsp;&nbsp;c  </p><pre>x  y' || char(10) || '  z</pre>'), char(10), '/'), char(9), '~');
-- => a b c//x  y/  z
-- <br> is owed like the other breaks: none at the ends, two in a row a blank line.
SELECT replace(html_text('<br><p>a<br></p><br>b<br><br>c<br>'), char(10), '/');
-- => a//b//c
-- Entities and numeric references are decoded.
SELECT replace(replace(html_text('&lt;tag&gt; &#233;t&#xE9; &copy;'), char(10), '/'), char(9), '~');
-- => <tag> été ©

-- html_main: the article, not the furniture around it; title=1 puts the title first.
SELECT replace(replace(html_main('<html><head><title>A story | Site</title><meta property="og:title" content="A story"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="article-body"><p>The first paragraph of the story, with a comma, and some more words to score.</p><p>The second paragraph, longer than the first, goes on: it has commas, words, and an end.</p></div><div class="comments"><p>Great post, thanks, really, very much so, yes indeed, wonderful.</p></div><footer>Copyright 2020, all rights reserved, Site Inc.</footer></body></html>', 'title=1'), char(10), '/'), char(9), '~');
-- => A story//The first paragraph of the story, with a comma, and some more words to score.//The second paragraph, longer than the first, goes on: it has commas, words, and an end.
-- itemprop="articleBody" wins over a longer sidebar; its text beside empty blocks counts.
SELECT replace(replace(html_main('<body><div class="sidebar"><p>Most read: one, two, three, four, five, six, seven, eight.</p></div><div itemprop="articleBody">The body of the article, first part, which is long enough.<div class="br"></div>The second part, also long enough to count as text.</div></body>'), char(10), '/'), char(9), '~');
-- => The body of the article, first part, which is long enough.//The second part, also long enough to count as text.

-- html_meta: JSON-LD first, then Open Graph, then the markup; dates as ISO 8601.
SELECT html_meta('<html lang="en"><head><title>Hello | Site</title><meta property="og:site_name" content="Site"><meta name="author" content="By Ann Lee"><link rel="canonical" href="https://x.com/a"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hello","datePublished":"2019-10-23T08:00:00.000+0100","dateModified":"2019-10-24","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bob \u00e9"}]}</script></head><body><time datetime="2020-01-01">x</time></body></html>');
-- => {"title":"Hello","authors":["Ann Lee","Bob é"],"published":"2019-10-23T08:00:00+01:00","modified":"2019-10-24","canonical":"https://x.com/a","site_name":"Site","language":"en"}
-- The date for a report: ->> '$.published'.
SELECT html_meta('<meta property="article:published_time" content="2021-03-04T05:06:07Z">') ->> '$.published';
-- => 2021-03-04T05:06:07Z
-- A <time datetime> when nothing better says.
SELECT html_meta('<p><time datetime="2020-01-02 10:30">Jan 2</time></p>');
-- => {"published":"2020-01-02T10:30:00"}
SELECT html_meta('<meta name="date" content="2019/11/19">');
-- => {"published":"2019-11-19"}
-- An English date with a month name is a day (its time dropped), below any ISO source.
SELECT html_meta('<meta name="date" content="March 4, 2021">');
-- => {"published":"2021-03-04"}
SELECT html_meta('<meta name="date" content="4 March 2021 10:00 IST"><time datetime="2021-03-04T10:00:00+05:30"></time>');
-- => {"published":"2021-03-04T10:00:00+05:30"}
-- Not dates: a placeholder year, a month without a day.
SELECT html_meta('<meta name="date" content="0001-01-01T00:00:00Z"><meta name="pubdate" content="March 2021">');
-- => {}
-- A refresh that sends the reader to another page is its redirect; one
-- that reloads the page itself is none.
SELECT html_meta('<meta http-equiv="Refresh" content="0; url=next.html"><title>Redirection</title>');
-- => {"title":"Redirection","redirect":"next.html"}
SELECT html_meta('<meta http-equiv="refresh" content="5;URL=''a.html''">') ->> '$.redirect';
-- => a.html
SELECT html_meta('<meta http-equiv="refresh" content="0, url = &quot;b.html&quot; ">') ->> '$.redirect';
-- => b.html
SELECT html_meta('<meta http-equiv="refresh" content="0;c.html">') ->> '$.redirect';
-- => c.html
SELECT html_meta('<meta http-equiv="refresh" content="300"><meta http-equiv="refresh" content="0; url=">');
-- => {}
-- Broken JSON-LD: what was read before the error stays, nothing crashes.
SELECT html_meta('<script type="application/ld+json">{"headline":"Kept","author":{"name":"A B"</script>');
-- => {"title":"Kept","authors":["A B"]}
-- Nothing found: an empty object.
SELECT html_meta('<p>just text</p>');
-- => {}

-- html_links: href resolved against the base (RFC 3986), or the page's <base href>.
SELECT href, text, rel, position FROM html_links('<p><a href="../c" rel="nofollow">C <i>d</i></a> <a href=" x.html ">X</a> <a name="n">no href</a></p>', 'https://example.com/a/b/');
-- => https://example.com/a/c|C d|nofollow|0
-- => https://example.com/a/b/x.html|X|NULL|1
SELECT href, position FROM html_links('<base href="https://e.com/a/b"><a href="../c">C</a><a href="//cdn.e.com/x">X</a><a href="#top">T</a>');
-- => https://e.com/c|0
-- => https://cdn.e.com/x|1
-- => https://e.com/a/b#top|2
SELECT href FROM html_links('<a href="/c">C</a>');
-- => /c
-- The hidden arguments read back.
SELECT html, base FROM html_links('<a href="a">A</a>', 'http://h/');
-- => <a href="a">A</a>|http://h/
SELECT html, base FROM html_links('<a href="a">A</a>');
-- => <a href="a">A</a>|NULL

-- NULL in: NULL out, no rows.
SELECT html_text(NULL), html_main(NULL), html_meta(NULL), html_main(NULL, 'title=1');
-- => NULL|NULL|NULL|NULL
SELECT count(*) FROM html_links(NULL);
-- => 0
-- A NULL options argument is the defaults.
SELECT replace(replace(html_main('<p>Some text here that is long enough, with a comma.</p>', NULL), char(10), '/'), char(9), '~');
-- => Some text here that is long enough, with a comma.
-- Empty and blank pages: empty text, an empty object, no rows.
SELECT html_text(''), html_main(''), html_meta(''), html_text('   ');
-- => ||{}|
SELECT count(*) FROM html_links('');
-- => 0
-- BLOBs are read as bytes; numbers as text.
SELECT html_text(CAST('<b>blob</b>' AS BLOB)), html_text(42);
-- => blob|42
-- Invalid UTF-8 and NUL bytes: each becomes U+FFFD.
SELECT hex(html_text(X'3C703E61FF6200633C2F703E'));
-- => 61EFBFBD62EFBFBD63
-- Encoding: bytes that are not UTF-8 are decoded from the charset the page
-- declares; valid UTF-8 stays UTF-8 whatever it declares; else U+FFFD.
SELECT html_text(X'3C6D65746120636861727365743D2269736F2D383835392D31223E3C703E636166E93C2F703E');
-- => café
SELECT html_text(CAST('<meta charset="iso-8859-1"><p>café</p>' AS BLOB));
-- => café
SELECT hex(html_text(X'3C703E636166E93C2F703E'));
-- => 636166EFBFBD
-- Comments, scripts and styles never show, whatever they hold.
SELECT replace(html_text(CAST('<p>a<!-- <p>x</p> -->b</p><script>if (a<b) document.write("</p><p>y")</script><style>p>a{}</style><p>c' AS BLOB)), char(10), '/');
-- => ab//c
SELECT hex(html_text(X'3C703E613C7363726970743E0062FF3C2F7363726970743E63FF3C2F703E'));
-- => 6163EFBFBD
-- Invalid UTF-8 and NUL in an attribute: the href comes back valid.
SELECT hex(href) FROM html_links(X'3C6120687265663D222F00FF223E6C3C2F613E');
-- => 2FEFBFBDEFBFBD
-- Broken markup: unclosed tags, a lone <, stray end tags.
SELECT replace(replace(html_text('<div><p>a<b>b<i>c</div>d</span></p> x < y <'), char(10), '/'), char(9), '~');
-- => abc//d x < y <
-- Deep nesting is bounded (libxml2 stops at 256 levels).
SELECT length(html_text(replace(printf('%.*c', 100000, 'x'), 'x', '<div>') || 'deep')) < 10;
-- => 1

-- Bad options and argument counts.
SELECT html_main('<p>x</p>', 'title=2');
-- error: textkit: html_main(): title must be 0 or 1
SELECT html_main('<p>x</p>', 'bogus=1');
-- error: textkit: html_main(): unknown option 'bogus' (valid: title)
SELECT html_text('<p>x</p>', 1);
-- error: wrong number of arguments to function html_text()
SELECT * FROM html_links();
-- error: textkit: html_links(): missing argument html; usage: html_links(html [, base])

-- html_unescape: character references in plain text decoded, the rest
-- byte for byte (tags, unknown names, names without their semicolon).
SELECT html_unescape('H&amp;M, ME&#39;s caf&eacute; &#x20AC;5 &#146;n&apos; &lt;p&gt;');
-- => H&M, ME's café €5 ’n' <p>
SELECT html_unescape('AT&T &amp Co &Tab; &#; &#xZ; <b>x</b> &#0; &#xD800; &#1114112;');
-- => AT&T &amp Co &Tab; &#; &#xZ; <b>x</b> � � �
SELECT html_unescape(NULL), html_unescape(''), html_unescape('&'), html_unescape('&#38');
-- => NULL||&|&
SELECT html_unescape(X'61FF26616D703B62'), html_unescape(5), html_unescape('&#10;') = char(10);
-- => a�&b|5|1
SELECT html_unescape('a', 'b');
-- error: wrong number of arguments to function html_unescape()

-- markdown_text: a Markdown document's plain text, blocks apart by a blank
-- line (shown as '|' here), the markup gone, code kept.
SELECT replace(markdown_text('# Title' || char(10) || char(10) || '**Bold** [link](https://x) ![badge](b.svg) `a*b` *nix'), char(10), '|');
-- => Title||Bold link  a*b *nix
SELECT replace(replace(markdown_text('| a | b |' || char(10) || '|---|---|' || char(10) || '| 1 | 2 |'), char(9), '\t'), char(10), '|');
-- => a\tb|1\t2
SELECT replace(markdown_text('---' || char(10) || 'title: Notes' || char(10) || '---' || char(10) || 'See [Home].' || char(10) || char(10) || '[home]: /' || char(10) || '<!-- hidden -->'), char(10), '|');
-- => Notes||See Home.
SELECT markdown_text(NULL), markdown_text(''), markdown_text(5), markdown_text(X'2A61FF2A'), length(CAST(markdown_text(X'610062') AS BLOB));
-- => NULL||5|a�|3
SELECT length(markdown_text(replace(hex(zeroblob(500000)), '00', '[!`<*'))) > 0;
-- => 1
SELECT markdown_text();
-- error: wrong number of arguments to function markdown_text()
SELECT markdown_text('a', 'b');
-- error: wrong number of arguments to function markdown_text()

-- rst_text: a reStructuredText document's plain text, the same way.
SELECT replace(rst_text('Title' || char(10) || '=====' || char(10) || char(10) || 'See :ref:`the guide <guide>` and ``x*y``.' || char(10) || char(10) || '.. toctree::' || char(10) || '   intro'), char(10), '|');
-- => Title||See the guide and x*y.
SELECT replace(rst_text('Example::' || char(10) || char(10) || '  code *x*' || char(10) || char(10) || '.. note:: Read **this**.'), char(10), '|');
-- => Example:||code *x*||Read this.
SELECT rst_text(NULL), rst_text(''), rst_text(5), rst_text(X'202A61FF2A'), length(CAST(rst_text(X'610062') AS BLOB));
-- => NULL||5|a�|3
SELECT length(rst_text(replace(hex(zeroblob(500000)), '00', ' `:*|'))) > 0;
-- => 1
SELECT rst_text();
-- error: wrong number of arguments to function rst_text()
SELECT rst_text('a', 'b');
-- error: wrong number of arguments to function rst_text()
