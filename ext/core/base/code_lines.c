/*
** code_lines.c -- the lines of program code in a text: commands and their
** output that a program's documentation writes between its sentences.
** keywords() takes no key phrase from them (corpus/kw_line_kinds.c) and
** entities() no lower-case name (entities/model_spans.c).  A line is code
** when it
**
**   opens with a JSON member:    "ParameterName": "binlog_format",
**   holds a command's option:    aws ecs tag-resource --resource-arn ...
**                                (not a list's item, and with none of
**                                English's function words)
**   ends with a continuation:    aws iot untag-resource \
**   opens with a shell's prompt: $ npm install textkit
**   is a Markdown code fence:    ```javascript
**   holds only brackets:         {
**
** and is no longer than CODE_LINE_MAX bytes (a paragraph written on one
** line is prose, whatever it quotes).  Prose is no code: a quotation
** before a colon ('According to the "Suda":') is no JSON member, a
** sentence that names an option ("Add the --verbose flag") or a change
** log's item ("* build: add --import flag") no command.
**
**   if (tk_code_line(z + iLine, nLine)) ...
**   if (tk_code_line_at(z, n, i)) ...     // the line that byte i is on
*/
#include "textkit.h"

#include <string.h>
#include <strings.h>

/* The longest line read as code, in bytes. */
#define CODE_LINE_MAX 300

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
    while (e < n && tk_ascii_letter(z[e]))
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
    if (i + 2 < n && z[i + 1] == '-' && tk_ascii_letter(z[i + 2]) &&
        (i == 0 || z[i - 1] == ' '))
      return 1;
  }
  return 0;
}

/* 1 when z[0..n) is only brackets, commas and semicolons: the lines
** that open and close a block of JSON or of a program ("{", "},"). */
static int bracketsOnly(const char *z, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strchr("{}[](),;", z[i]) || !z[i]) return 0;
  return n > 0;
}

/* 1 when the line z[0..n) (no line break in it) is code (see base.h). */
int tk_code_line(const char *z, size_t n) {
  tk_trim_line(&z, &n);
  if (bracketsOnly(z, n)) return 1;
  if (n > CODE_LINE_MAX || n < 2) return 0;
  if (z[n - 1] == '\\' && z[n - 2] == ' ') return 1;
  if (n >= 3 && (memcmp(z, "```", 3) == 0 || memcmp(z, "~~~", 3) == 0))
    return 1;
  if (n > 2 && z[0] == '$' && z[1] == ' ' && tk_ascii_letter(z[2])) return 1;
  return jsonMember(z, n) ||
         (commandOption(z, n) && !listItem(z, n) && !proseWord(z, n));
}

/* 1 when the line that byte i of z[0..n) is on is code (see base.h). */
int tk_code_line_at(const char *z, size_t n, size_t i) {
  size_t nBack = i < CODE_LINE_MAX + 1 ? i : CODE_LINE_MAX + 1;
  size_t iLine = i;
  while (iLine > i - nBack && z[iLine - 1] != '\n')
    iLine--;
  if (iLine > 0 && z[iLine - 1] != '\n') return 0; /* longer: prose */
  size_t nLook = n - iLine < CODE_LINE_MAX + 2 ? n - iLine : CODE_LINE_MAX + 2;
  const char *zEol = memchr(z + iLine, '\n', nLook);
  if (!zEol && nLook < n - iLine) return 0;
  return tk_code_line(z + iLine, zEol ? (size_t)(zEol - z) - iLine : n - iLine);
}
