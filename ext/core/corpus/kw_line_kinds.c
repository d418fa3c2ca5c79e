/*
** corpus/kw_line_kinds.c -- keywords() leaves two kinds of lines out of
** its candidates: lines of code and labels.  A program's documentation
** writes commands and their output between its sentences, and their
** option names, identifiers and values ("--rest-api-id", "arn:aws:iam",
** "MinimumEngineVersion") were the key phrases of a newcomer's report
** over 3,000 pages of the AWS command line's examples, with the labels
** before them ("Command:", "Output:", in 339 and 292 of the pages' top 5
** once the code was out).  A line is code when it holds
**
**   a JSON member:          "ParameterName": "binlog_format",
**   a command's option:     aws ecs tag-resource --resource-arn ...
**                           (not a list's item, and with none of
**                           English's function words)
**   a shell's continuation: aws iot untag-resource \
**   a shell's prompt:       $ npm install textkit
**   only brackets:          {
**
** and is no longer than KW_CODE_LINE_MAX bytes (a paragraph written on
** one line is prose, whatever it quotes); a label is a line of one to
** three words ending with ':' ("Output:", "Sample output:") before a
** line of code (a list's headings, "In anatomy:", stay).  Prose keeps
** its words: a quotation before a colon ('the term "SEO": ...') is
** no JSON member, a sentence that names an option ("Add the --verbose
** flag") or a change log's item ("* build: add --import flag") no
** command.
**
**   if (tk_corpus__kw_skipped_line(z, n, iLine, iEnd)) ... no candidate ...
*/
#include "corpus_internal.h"

#include <string.h>
#include <strings.h>

/* The longest line read as code, in bytes. */
#define KW_CODE_LINE_MAX 300

/* 1 when byte c is an ASCII letter. */
static int asciiLetter(char c) {
  return (unsigned)((c | 0x20) - 'a') < 26;
}

/* 1 when the line z[0..n) (trimmed) opens with a JSON member: '"', a
** name of no space, '"' and ':' ("ParameterName": ..., after a '{' or
** not); prose that quotes before a colon ("According to the "Suda":")
** opens otherwise. */
static int jsonMember(const char *z, size_t n) {
  size_t i = n > 0 && z[0] == '{' ? 1 : 0;
  while (i < n && z[i] == ' ')
    i++;
  if (i >= n || z[i] != '"') return 0;
  for (size_t e = i + 1; e < n; e++) {
    if (z[e] == '"') return e > i + 1 && e + 1 < n && z[e + 1] == ':';
    if (z[e] == ' ') return 0;
  }
  return 0;
}

/* 1 when z[0..n) holds one of the function words of English prose as a
** word of its own, in any case ("Add the --verbose flag to ...": a
** sentence that names an option, not a command). */
static int proseWord(const char *z, size_t n) {
  static const char *const az[] = {"a",   "an",   "and",  "are",  "be",  "by",
                                   "for", "from", "if",   "in",   "is",  "it",
                                   "of",  "on",   "or",   "that", "the", "this",
                                   "to",  "was",  "when", "with", 0};
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && asciiLetter(z[e]))
      e++;
    if (e > i && e - i <= 4 && (i == 0 || z[i - 1] == ' ') &&
        (e == n || z[e] == ' ' || z[e] == ',' || z[e] == '.')) {
      for (int k = 0; az[k]; k++)
        if (strlen(az[k]) == e - i && strncasecmp(z + i, az[k], e - i) == 0)
          return 1;
    }
    i = e > i ? e : i + 1;
  }
  return 0;
}

/* 1 when z[0..n) opens as a list's item: "*", "-", "+" or "•" and a
** space ("* build: add --import flag (Moshe Atlow)" in a change log). */
static int listItem(const char *z, size_t n) {
  if (n > 2 && (z[0] == '*' || z[0] == '-' || z[0] == '+') && z[1] == ' ')
    return 1;
  return n > 4 && memcmp(z, "\xe2\x80\xa2 ", 4) == 0;
}

/* 1 when z[0..n) holds, at its start or after a space, "--" and a letter:
** a command's option. */
static int commandOption(const char *z, size_t n) {
  for (const char *p = z; (p = memchr(p, '-', (size_t)(z + n - p))) != 0; p++) {
    size_t i = (size_t)(p - z);
    if (i + 2 < n && z[i + 1] == '-' && asciiLetter(z[i + 2]) &&
        (i == 0 || z[i - 1] == ' '))
      return 1;
  }
  return 0;
}

/* 1 when z[0..n) (trimmed) is a label: one to three words of letters
** and the ':' that ends the line ("Output:"). */
static int labelLine(const char *z, size_t n) {
  if (n < 2 || z[n - 1] != ':' || !asciiLetter(z[0])) return 0;
  int nSpace = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (z[i] == ' ') {
      if (++nSpace > 2 || z[i + 1] == ' ') return 0;
    } else if (!asciiLetter(z[i])) {
      return 0;
    }
  }
  return 1;
}

/* z[0..n) without the spaces, tabs and CR around it, in *pz and *pn. */
static void trimLine(const char **pz, size_t *pn) {
  const char *z = *pz;
  size_t n = *pn;
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r'))
    n--;
  while (n > 0 && (z[0] == ' ' || z[0] == '\t')) {
    z++;
    n--;
  }
  *pz = z;
  *pn = n;
}

/* 1 when z[0..n) is only brackets, commas and semicolons: the lines
** that open and close a block of JSON or of a program ("{", "},"). */
static int bracketsOnly(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strchr("{}[](),;", z[i]) || !z[i]) return 0;
  return n > 0;
}

/* 1 when the line z[0..n) (no line break in it) is code (see above). */
static int codeLine(const char *z, size_t n) {
  trimLine(&z, &n);
  if (bracketsOnly(z, n)) return 1;
  if (n > KW_CODE_LINE_MAX || n < 2) return 0;
  if (z[n - 1] == '\\' && z[n - 2] == ' ') return 1;
  if (n > 2 && z[0] == '$' && z[1] == ' ' && asciiLetter(z[2])) return 1;
  return jsonMember(z, n) ||
         (commandOption(z, n) && !listItem(z, n) && !proseWord(z, n));
}

/* The first line after the line break at z[i] (or at n) that holds more
** than white space, in [*piLine, *piEnd); 0 when none. */
static int nextFullLine(const char *z, size_t n, size_t i, size_t *piLine,
                        size_t *piEnd) {
  while (i < n) {
    size_t iLine = i + 1;
    const char *zEol = memchr(z + iLine, '\n', n - iLine);
    size_t iEnd = zEol ? (size_t)(zEol - z) : n;
    const char *zLine = z + iLine;
    size_t nLine = iEnd - iLine;
    trimLine(&zLine, &nLine);
    if (nLine) {
      *piLine = iLine;
      *piEnd = iEnd;
      return 1;
    }
    i = iEnd;
  }
  return 0;
}

/* 1 when the line z[iLine..iEnd) of the text z[0..n) is code, or a label
** before a line of code (see above). */
int tk_corpus__kw_skipped_line(const char *z, size_t n, size_t iLine,
                               size_t iEnd) {
  if (codeLine(z + iLine, iEnd - iLine)) return 1;
  const char *zLine = z + iLine;
  size_t nLine = iEnd - iLine, iNext, iNextEnd;
  trimLine(&zLine, &nLine);
  return labelLine(zLine, nLine) &&
         nextFullLine(z, n, iEnd, &iNext, &iNextEnd) &&
         codeLine(z + iNext, iNextEnd - iNext);
}
