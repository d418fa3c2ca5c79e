/*
** test_html.c -- unit tests of ext/core/html through the core API: the
** text layout, the main text, the metadata JSON and its dates, the links,
** the options, what the prefilter drops before libxml2 (comments, script
** and style contents, unread attributes), the tree built from libxml2's
** events (long texts, the depth limit, a second <html>), and hostile pages
** (empty, NUL bytes, invalid UTF-8, a lone '<', 100,000 nested elements, a
** 10 MB page, a page over the 64 MB limit).
*/
#include "textkit.h"
#include "tk_test.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* html_text of z as a NUL-terminated string in *pb ("" when empty). */
static const char *textOf(const char *z, size_t n, tk_buf *pb) {
  tk_buf_reset(pb);
  TK_CHECK_INT(tk_html_text(z, n, pb, 0), TK_OK);
  return pb->n ? pb->z : "";
}

/* The layout: paragraphs, lines, cells, skipped and hidden elements. */
static void testText(void) {
  tk_buf b = {0};
  const char *z = "<p>One &amp; <b>two</b><br>three</p><div>Four</div>"
                  "<table><tr><td>a</td><td>b</td></tr></table>"
                  "<script>no()</script><p style='display:none'>no</p>end";
  TK_CHECK_STR(textOf(z, strlen(z), &b),
               "One & two\nthree\n\nFour\n\na\tb\n\nend");
  z = "<ul><li>x</li><li>y</li></ul><div aria-hidden=\"true\">no</div>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "x\ny");
  z = "<pre>a  b\n c</pre>  <p> d \t e </p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a  b\n c\n\nd e");
  tk_buf_free(&b);
}

/* Hostile pages: each is a defined result, in bounded time. */
static void testHostile(void) {
  tk_buf b = {0};
  TK_CHECK_STR(textOf("", 0, &b), "");
  TK_CHECK_STR(textOf("<", 1, &b), ""); /* libxml2 drops a '<' at the end */
  TK_CHECK_STR(textOf("a < b", 5, &b), "a < b");
  TK_CHECK_STR(textOf("a\0b", 3, &b), "a\xEF\xBF\xBD"
                                      "b");
  TK_CHECK_STR(textOf("<p>\xFF"
                      "x\xC3</p>",
                      10, &b),
               "\xEF\xBF\xBDx\xEF\xBF\xBD");
  TK_CHECK_STR(textOf("<div><p>a<b>b</div>c</i>", 24, &b), "ab\n\nc");
  /* invalid UTF-8 with a charset libxml2 does not know: U+FFFD, never the
  ** raw bytes (fuzz_html found the invalid byte kept) */
  TK_CHECK_STR(textOf("%&\xDF"
                      "ch`rcharset=seet6chA",
                      23, &b),
               "%&\xEF\xBF\xBD"
               "ch`rcharset=seet6chA");
  /* a charset it knows decodes the page */
  static const char zLatin1[] = "<meta charset=iso-8859-1><p>caf\xE9</p>";
  TK_CHECK_STR(textOf(zLatin1, sizeof(zLatin1) - 1, &b), "caf\xC3\xA9");
  /* 100,000 nested divs: libxml2 stops at its depth limit */
  size_t nDeep = 100000 * 5 + 4;
  char *zDeep = malloc(nDeep);
  TK_CHECK(zDeep != 0);
  if (zDeep) {
    for (size_t i = 0; i < 100000; i++)
      memcpy(zDeep + i * 5, "<div>", 5);
    memcpy(zDeep + nDeep - 4, "deep", 4);
    clock_t t0 = clock();
    tk_buf_reset(&b);
    TK_CHECK_INT(tk_html_text(zDeep, nDeep, &b, 0), TK_OK);
    tk_buf_reset(&b);
    TK_CHECK_INT(tk_html_main(zDeep, nDeep, 0, &b, 0), TK_OK);
    TK_CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 5.0);
    free(zDeep);
  }
  /* a 10 MB page of paragraphs */
  const char *zPara = "<p>Some words, and more words, in a paragraph.</p>\n";
  size_t nPara = strlen(zPara), nBig = 10 << 20;
  char *zBig = malloc(nBig);
  TK_CHECK(zBig != 0);
  if (zBig) {
    for (size_t i = 0; i + nPara <= nBig; i += nPara)
      memcpy(zBig + i, zPara, nPara);
    memset(zBig + nBig - nBig % nPara, ' ', nBig % nPara);
    tk_buf_reset(&b);
    TK_CHECK_INT(tk_html_main(zBig, nBig, 0, &b, 0), TK_OK);
    TK_CHECK(b.n > (nBig / nPara) * 40);
    free(zBig);
  }
  /* over the limit: TK_ELIMIT with a message, before any parsing */
  char *zHuge = malloc(TK_HTML_MAX_BYTES + 1);
  TK_CHECK(zHuge != 0);
  if (zHuge) {
    memset(zHuge, 'x', TK_HTML_MAX_BYTES + 1);
    char *zErr = 0;
    tk_buf_reset(&b);
    TK_CHECK_INT(tk_html_text(zHuge, TK_HTML_MAX_BYTES + 1, &b, &zErr),
                 TK_ELIMIT);
    TK_CHECK_STR(zErr, "the page is larger than 64 MB");
    tk_free(zErr);
    free(zHuge);
  }
  tk_buf_free(&b);
}

/* The main text: the article, without navigation, comments and footer. */
static void testMain(void) {
  const char *z =
      "<html><head><title>T | Site</title></head><body>"
      "<nav><a href='/'>Home</a></nav>"
      "<div class='story'><p>First paragraph of the story, with a comma, and "
      "words.</p><p>Second paragraph, with commas, words, and an end.</p>"
      "<ul class='share'><li><a href='#'>Share this on the social "
      "network</a></li></ul></div>"
      "<div id='comments'><p>Nice, thanks, great, yes, indeed, sure.</p></div>"
      "<footer>Copyright, all rights reserved, 2020.</footer></body></html>";
  tk_buf b = {0};
  TK_CHECK_INT(tk_html_main(z, strlen(z), 0, &b, 0), TK_OK);
  TK_CHECK_STR(b.z, "First paragraph of the story, with a comma, and words."
                    "\n\nSecond paragraph, with commas, words, and an end.");
  tk_html_main_options o = {0};
  TK_CHECK_INT(tk_html_main_options_set(&o, "title=1", 7, 0), TK_OK);
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_html_main(z, strlen(z), &o, &b, 0), TK_OK);
  TK_CHECK(b.n > 12 && memcmp(b.z, "T | Site\n\nFirst", 15) == 0);
  char *zErr = 0;
  TK_CHECK_INT(tk_html_main_options_set(&o, "x=1", 3, &zErr), TK_EINVAL);
  TK_CHECK_STR(zErr, "unknown option 'x' (valid: title)");
  tk_free(zErr);
  tk_buf_free(&b);
}

/* The metadata: the source order, ISO dates, JSON escapes. */
static void testMeta(void) {
  const char *z =
      "<html lang='de'><head><title>Page</title>"
      "<meta property='og:title' content='The \"Title\"'>"
      "<meta name='description' content='About\tit'>"
      "<meta property='article:published_time' content='2020-05-06T07:08Z'>"
      "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\","
      "\"dateModified\":\"2020-05-07 09:10:11.5-0300\",\"author\":\"Jo "
      "Doe\",\"publisher\":{\"name\":\"Pub\"}}]}</script></head></html>";
  tk_buf b = {0};
  TK_CHECK_INT(tk_html_meta(z, strlen(z), &b, 0), TK_OK);
  TK_CHECK_STR(b.z, "{\"title\":\"The \\\"Title\\\"\",\"description\":\"About "
                    "it\",\"authors\":[\"Jo Doe\"],\"published\":\"2020-05-"
                    "06T07:08:00Z\",\"modified\":\"2020-05-07T09:10:11-03:00\","
                    "\"site_name\":\"Pub\",\"language\":\"de\"}");
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_html_meta("", 0, &b, 0), TK_OK);
  TK_CHECK_STR(b.z, "{}");
  /* JSON-LD nested past the reader's depth: read up to there, no crash */
  tk_buf deep = {0};
  tk_buf_append(&deep, "<script type='application/ld+json'>", 35);
  for (int i = 0; i < 10000; i++)
    tk_buf_append(&deep, "[", 1);
  tk_buf_append(&deep, "</script>", 9);
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_html_meta(deep.z, deep.n, &b, 0), TK_OK);
  TK_CHECK_STR(b.z, "{}");
  tk_buf_free(&deep);
  tk_buf_free(&b);
}

/* The links: resolution against the argument and against <base>. */
static void testLinks(void) {
  const char *z = "<base href='http://a.org/x/y'><a href='../z' rel=next>"
                  "Z <b>z</b></a><a>none</a><a href='mailto:m@a.org'>m</a>";
  tk_html_link *a;
  size_t n;
  TK_CHECK_INT(tk_html_links(z, strlen(z), 0, 0, &a, &n, 0), TK_OK);
  TK_CHECK_INT(n, 2);
  if (n == 2) {
    TK_CHECK_STR(a[0].zHref, "http://a.org/z");
    TK_CHECK_STR(a[0].zText, "Z z");
    TK_CHECK_STR(a[0].zRel, "next");
    TK_CHECK_STR(a[1].zHref, "mailto:m@a.org");
    TK_CHECK(a[1].zRel == 0);
  }
  tk_html_links_free(a, n);
  TK_CHECK_INT(tk_html_links(z, strlen(z), "https://b.net/p/q", 17, &a, &n, 0),
               TK_OK);
  TK_CHECK(n == 2 && strcmp(a[0].zHref, "https://b.net/z") == 0);
  tk_html_links_free(a, n);
  TK_CHECK_INT(tk_html_links("", 0, 0, 0, &a, &n, 0), TK_OK);
  TK_CHECK_INT(n, 0);
}

/* html_meta of z as a NUL-terminated string in *pb. */
static const char *metaOf(const char *z, tk_buf *pb) {
  tk_buf_reset(pb);
  TK_CHECK_INT(tk_html_meta(z, strlen(z), pb, 0), TK_OK);
  return pb->n ? pb->z : "";
}

/* The prefilter drops comments, script and style contents, unread
** attributes and repeated blanks, and reads tags, comments and scripts as
** libxml2 does. */
static void testPrefilter(void) {
  tk_buf b = {0};
  const char *z = "<p>a<!-- x -->b<!-->c-->d<!-- y --!>e</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "abde");
  /* an unclosed comment ends the page, as in libxml2 */
  TK_CHECK_STR(textOf("<p>a<!-- b <p>c</p>", 19, &b), "a");
  /* a comment that would join '<' or '&' to what follows stays */
  z = "<p>1 <<!-- -->p> 2 &<!-- -->amp; 3</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "1 <p> 2 &amp; 3");
  /* script and style contents: '<', quotes and end tags of other
  ** elements inside do not end them; "</SCRIPT" in any case does */
  z = "<p>a</p><script>if (a<b) x = \"</p><p>no\";</script><p>b</p>"
      "<SCRIPT>var s = '</scr' + 'ipt>';</SCRIPT ><p>c</p>"
      "<style>p > a { color: red }</style><p>d</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a\n\nb\n\nc\n\nd");
  /* <script .../> is empty; an unclosed script runs to the end */
  z = "<p>a<script src='x.js'/>b</p><p>c<script>d<p>e</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "ab\n\nc");
  /* contents that start with a tag are libxml2's to read: <noscript>
  ** closes the script there, <b> does not */
  z = "<p>a<script><b>x</b></script>b<script><noscript>y</noscript>"
      "</script>c</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "abc");
  /* a dropped attribute's quoted '>' does not end the tag; kept ones
  ** still hide and link */
  z = "<div data-x=\"a>b\" onclick='c>d' class=x><p hidden data-y=\">\">h</p>"
      "<p style=\"display:none\">s</p><a href=\"/x?a=1&amp;b=2\" "
      "data-z=\"<script>\">link</a> e</div>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "link e");
  tk_html_link *a = 0;
  size_t n = 0;
  TK_CHECK_INT(tk_html_links(z, strlen(z), 0, 0, &a, &n, 0), TK_OK);
  TK_CHECK(n == 1 && strcmp(a[0].zHref, "/x?a=1&b=2") == 0);
  tk_html_links_free(a, n);
  /* characters that cannot start an attribute are skipped to a blank */
  TK_CHECK_STR(textOf("<p \"x>y\" class=z>q</p>", 22, &b), "y\" class=z>q");
  /* runs of blanks are cut outside the elements that keep whitespace;
  ** after a tag inside one of those they are kept to the end (the parser
  ** may ignore its end tag: the "e  f" below is still in the pre) */
  z = "<p>a \n\t b</p>  <pre>x\n\n  y</pre><p>c   d</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a b\n\nx\n\n  y\n\nc d");
  z = "<textarea>x  y</textarea><p>a   b</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "x  y\n\na b");
  z = "<pre><div>a  b</pre>c  d</div>e  f</pre>g  h";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a  bc  d\n\ne  f\n\ng h");
  /* "/>" after an unquoted value stays the tag's end when the attributes
  ** between were dropped; an empty value ("role=>") stays empty */
  z = "<div hidden style=x data-y=\"1\"/>a</div>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a");
  TK_CHECK_STR(textOf("<p hidden=>a</p><p>b</p>", 24, &b), "b");
  /* JSON-LD is read by html_meta, never shown by html_text */
  z = "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>"
      "<p>t</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "t");
  TK_CHECK_STR(metaOf(z, &b), "{\"title\":\"H\"}");
  tk_buf_free(&b);
}

/* The tree built from libxml2's events: texts joined, the depth limit,
** elements after </html>, bad bytes in attributes. */
static void testTree(void) {
  tk_buf b = {0}, page = {0};
  /* a text longer than the parser's 1000-byte chunks is one text */
  tk_buf_append(&page, "<p>", 3);
  for (int i = 0; i < 3000; i++)
    tk_buf_append(&page, i % 2 ? "y" : "x", 1);
  tk_buf_append(&page, "</p>", 4);
  TK_CHECK_INT(strlen(textOf(page.z, page.n, &b)), 3000);
  TK_CHECK(memchr(b.z, ' ', b.n) == 0);
  /* html, body and 255 divs are 257 open elements: kept; one div more
  ** stops the parse there */
  for (int nDiv = 255; nDiv <= 256; nDiv++) {
    tk_buf_reset(&page);
    for (int i = 0; i < nDiv; i++)
      tk_buf_append(&page, "<div>", 5);
    tk_buf_append(&page, "deep", 4);
    TK_CHECK_STR(textOf(page.z, page.n, &b), nDiv == 255 ? "deep" : "");
  }
  /* what follows </html> is the root's, as in libxml2's own tree */
  const char *z = "<html><body><p>a</p></body></html><p>b</p>";
  TK_CHECK_STR(textOf(z, strlen(z), &b), "a\n\nb");
  /* NUL and invalid bytes in attribute values: valid UTF-8 out */
  static const char zBad[] = "<a href=\"/\xFE\0x\" title=\"\xC3\">l\xE9</a>";
  tk_html_link *a = 0;
  size_t n = 0;
  TK_CHECK_INT(tk_html_links(zBad, sizeof(zBad) - 1, 0, 0, &a, &n, 0), TK_OK);
  TK_CHECK(n == 1 && tk_utf8_is_valid(a[0].zHref, strlen(a[0].zHref)) &&
           strcmp(a[0].zText, "l\xEF\xBF\xBD") == 0);
  tk_html_links_free(a, n);
  tk_buf_free(&page);
  tk_buf_free(&b);
}

/* Class and id hints longer than html_main's hint buffer are cut, never
** written past it (fuzz_html found a one-byte overflow: NUL bytes in a
** class become three-byte U+FFFDs). */
static void testLongHints(void) {
  tk_buf b = {0}, page = {0};
  tk_buf_append(&page, "<div class=\"", 12);
  for (int i = 0; i < 300; i++)
    tk_buf_append(&page, "\0", 1);
  tk_buf_append(&page, "\" id=\"", 6);
  for (int i = 0; i < 1000; i++)
    tk_buf_append(&page, "y", 1);
  const char *zPara = "\"><p>Some text here, long enough, with commas.</p>";
  tk_buf_append(&page, zPara, strlen(zPara));
  TK_CHECK_INT(tk_html_main(page.z, page.n, 0, &b, 0), TK_OK);
  TK_CHECK(b.n > 0 &&
           strcmp(b.z, "Some text here, long enough, with commas.") == 0);
  tk_buf_free(&page);
  tk_buf_free(&b);
}

/* html_main's hints from class and id: read by the prefilter into bits,
** or by main.c from the values kept as written (an entity to decode,
** non-ASCII bytes, more than main.c reads); the same words either way. */
static void testHints(void) {
  const char *zSide =
      "<p>Other text in a box, long enough, with commas, here too.</p></div>";
  const char *zMain =
      "<div><p>Main text of the story, long enough, with commas, and longer "
      "than the box beside it.</p></div>";
  const char *azFurniture[] = {
      "<div class=\"sidebar\">",
      "<div class=\"SideBar\">",
      "<div class=\"side&#98;ar\">",
      "<div class=\"sidebar caf\xC3\xA9\">",
      "<div id=\"ad-slot\">",
      "<div id=\"ad\" class=\"x\" id=\"main\">", /* the first id counts */
      "<div class=\"comment\" role=>",           /* an empty role */
  };
  tk_buf b = {0}, page = {0};
  for (size_t i = 0; i < sizeof(azFurniture) / sizeof(azFurniture[0]); i++) {
    tk_buf_reset(&page);
    tk_buf_append(&page, azFurniture[i], strlen(azFurniture[i]));
    tk_buf_append(&page, zSide, strlen(zSide));
    tk_buf_append(&page, zMain, strlen(zMain));
    tk_buf_reset(&b);
    TK_CHECK_INT(tk_html_main(page.z, page.n, 0, &b, 0), TK_OK);
    TK_CHECK_STR(b.n ? b.z : "",
                 "Main text of the story, long enough, with commas, and longer "
                 "than the box beside it.");
  }
  /* a word past the 251 bytes main.c reads is not seen: not furniture */
  tk_buf_reset(&page);
  tk_buf_append(&page, "<div class=\"", 12);
  for (int i = 0; i < 300; i++)
    tk_buf_putc(&page, 'x');
  tk_buf_append(&page, " sidebar\">", 10);
  tk_buf_append(&page, zSide, strlen(zSide));
  tk_buf_reset(&b);
  TK_CHECK_INT(tk_html_main(page.z, page.n, 0, &b, 0), TK_OK);
  TK_CHECK(b.n > 0 && strstr(b.z, "Other text in a box") != 0);
  tk_buf_free(&page);
  tk_buf_free(&b);
}

/* html_meta's dates: English ones with a month name, below ISO sources;
** placeholders and prose are not dates. */
static void testDates(void) {
  tk_buf b = {0};
  TK_CHECK_STR(metaOf("<meta name=date content='March 4, 2021'>", &b),
               "{\"published\":\"2021-03-04\"}");
  TK_CHECK_STR(metaOf("<script type='application/ld+json'>{\"datePublished\":"
                      "\"19 Nov 2019 07:09 GMT\"}</script>",
                      &b),
               "{\"published\":\"2019-11-19\"}");
  TK_CHECK_STR(metaOf("<meta name=pubdate content='01:38:07 PM IST Nov 20, "
                      "2019'>",
                      &b),
               "{\"published\":\"2019-11-20\"}");
  TK_CHECK_STR(
      metaOf("<time datetime='Tue Nov 19 2019 05:44:06 GMT+0000'>", &b),
      "{\"published\":\"2019-11-19\"}");
  TK_CHECK_STR(metaOf("<p>Posted: <span itemprop=datePublished>Fri 6:45 PM, "
                      "Feb 16, 2018</span></p>",
                      &b),
               "{\"published\":\"2018-02-16\"}");
  /* an ISO date from a lesser source beats an English one */
  TK_CHECK_STR(metaOf("<script type='application/ld+json'>{\"datePublished\":"
                      "\"Nov 19, 2019\"}</script><time "
                      "datetime='2019-11-19T11:21:08Z'></time>",
                      &b),
               "{\"published\":\"2019-11-19T11:21:08Z\"}");
  /* placeholders, a month without a day or a year, prose, bad days */
  TK_CHECK_STR(metaOf("<meta name=date content='0001-01-01T00:00:00Z'>", &b),
               "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='1899-12-31'>", &b), "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='November 2019'>", &b), "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='May 5'>", &b), "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='32 May 2019'>", &b), "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='Ma 5, 2019'>", &b), "{}");
  TK_CHECK_STR(metaOf("<meta name=date content='It was on May 5, 2019 that "
                      "the council met again, for the third time, to talk "
                      "it over'>",
                      &b),
               "{}");
  TK_CHECK_STR(metaOf("<meta name=date content=''>", &b), "{}");
  tk_buf_free(&b);
}

/* Run every test; the result line is the harness's. */
int main(void) {
  testText();
  testPrefilter();
  testTree();
  testDates();
  testLongHints();
  testHints();
  testHostile();
  testMain();
  testMeta();
  testLinks();
  TK_TEST_END();
}
