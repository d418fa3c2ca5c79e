/*
** file_names.c -- a file's name is no entity, for entities()
** (model_spans.c drops it with the junk):
**
**   "edit Cargo.toml"        no ORG "Cargo.toml"
**   "see README.md"          no span
**   "Node.js", "Amazon.com"  names: their endings are no file type here
**
**   if (tk_entities__file_name(z, n, &span)) ...  // no name
**
** The model, which learnt news, reads a capitalized word glued to a dot
** and a few letters as a name: "Cargo.toml" was an ORG 329 times and
** "Cargo.lock" 112 times in a newcomer's 2,087 pages of Rust manuals.  A
** span of one word whose last dot starts one of azExtension (files of
** configuration, data, documents, images, archives and source code, in
** any case) is a file's name.  Endings that are also domains that name
** firms ("io", "ai", "co", "so", "me", "tv") and "js", which ends
** frameworks' names ("Node.js", "Vue.js"), are not listed.  The files a
** source tree names without a type ("README", "COPYING", "Makefile")
** are files too: a copyright file's "Files: README" read "README" an
** ORG 231 times over a newcomer's 875 Debian copyright files.
*/
#include "entities_internal.h"

/* File types whose extension ends a file's name, lower case. */
TK_SORTED_WORDS(azExtension) = {
    "bat",  "c",    "cc",   "cfg",  "conf", "cpp", "css",  "csv",  "dll",
    "exe",  "gif",  "gz",   "h",    "hpp",  "htm", "html", "ini",  "jar",
    "java", "jpeg", "jpg",  "json", "lock", "log", "md",   "pdf",  "png",
    "py",   "rb",   "rs",   "sh",   "sql",  "svg", "tar",  "toml", "tsv",
    "txt",  "xml",  "yaml", "yml",  "zip",  0};

/* The files of a source tree that have no type, as they are written. */
TK_SORTED_WORDS(azTypeless) = {
    "CHANGELOG", "COPYING", "ChangeLog", "Dockerfile", "Makefile", "README", 0};

/* 1 when span p of z[0..n) is one word whose last dot, after its first
** byte, starts a file type of azExtension ("Cargo.toml"), or a file of
** azTypeless. */
int tk_entities__file_name(const char *z, size_t n, const tk_ner_span *p) {
  (void)n;
  const char *w = z + p->iStart;
  size_t nLen = p->nLen, iDot = nLen;
  for (size_t k = 0; k < nLen; k++) {
    if (w[k] == ' ' || w[k] == '\n' || w[k] == '\t') return 0;
    if (w[k] == '.') iDot = k;
  }
  if (iDot == nLen) return TK_IN_SORTED(azTypeless, w, nLen);
  if (iDot == 0 || iDot + 1 >= nLen) return 0;
  return TK_IN_SORTED_NOCASE(azExtension, w + iDot + 1, nLen - iDot - 1);
}
