/*
** corpus/kw_line_kinds.c -- keywords() leaves two kinds of lines out of
** its candidates: lines of code (tk_code_line, ext/core/base/
** code_lines.c) and the labels before them.  A program's documentation
** writes commands and their output between its sentences, and their
** option names, identifiers and values ("--rest-api-id", "arn:aws:iam",
** "MinimumEngineVersion") were the key phrases of a newcomer's report
** over 3,000 pages of the AWS command line's examples, with the labels
** before them ("Command:", "Output:", in 339 and 292 of the pages' top 5
** once the code was out).  A label is a line of one to three words
** ending with ':' ("Output:", "Sample output:") before a line of code; a
** list's headings ("In anatomy:") keep their words.
**
**   if (tk_corpus__kw_skipped_line(z, n, iLine, iEnd)) ... no candidate ...
*/
#include "corpus_internal.h"

#include <string.h>

/* 1 when z[0..n) (trimmed) is a label: one to three words of letters
** and the ':' that ends the line ("Output:"). */
static int labelLine(const char *z, size_t n) {
  if (n < 2 || z[n - 1] != ':' || !tk_ascii_letter(z[0])) return 0;
  int nSpace = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (z[i] == ' ') {
      if (++nSpace > 2 || z[i + 1] == ' ') return 0;
    } else if (!tk_ascii_letter(z[i])) {
      return 0;
    }
  }
  return 1;
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
    tk_trim_line(&zLine, &nLine);
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
  if (tk_code_line(z + iLine, iEnd - iLine)) return 1;
  const char *zLine = z + iLine;
  size_t nLine = iEnd - iLine, iNext, iNextEnd;
  tk_trim_line(&zLine, &nLine);
  return labelLine(zLine, nLine) &&
         nextFullLine(z, n, iEnd, &iNext, &iNextEnd) &&
         tk_code_line(z + iNext, iNextEnd - iNext);
}
