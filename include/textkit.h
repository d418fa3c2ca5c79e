/*
** textkit.h -- the public C API of the textkit core (ext/core).
**
** The core is plain C over ICU, PCRE2, utf8proc and libstemmer; it never
** includes sqlite3.h, so it can be unit-tested and fuzzed without a database
** and reused under another engine.  The SQLite face (ext/sqlite) is its only
** caller in the extension.
**
** Conventions:
**   - every exported name starts with tk_ / TK_;
**   - text is UTF-8 given as (pointer, byte length); it need not be valid:
**     every decoder treats each invalid byte as one U+FFFD character, so
**     character positions are the same wherever they are computed;
**   - spans are reported as byte offsets into the caller's buffer; the face
**     turns them into 1-based character positions (tk_charpos);
**   - functions that can fail return TK_OK (0) or a negative TK_E* code;
**     tk_errstr() names a code; where a message says more it is returned in
**     *pzErr, allocated with tk_malloc (the caller frees it with tk_free);
**   - all memory goes through tk_malloc/tk_realloc/tk_free, which the face
**     points at sqlite3_malloc64/sqlite3_realloc64/sqlite3_free.
*/
#ifndef TEXTKIT_H
#define TEXTKIT_H

/* The ground floor first; then one header per family of the core, each
** depending only on base.h. */
#include "textkit/base.h"
#include "textkit/normalize.h"
#include "textkit/regex.h"
#include "textkit/sentences.h"
#include "textkit/tokenize.h"
#include "textkit/ner.h"
#include "textkit/stem.h"
#include "textkit/entities.h"
#include "textkit/strsim.h"
#include "textkit/passages.h"
#include "textkit/docsim.h"
#include "textkit/corpus.h"
#include "textkit/html.h"
#include "textkit/records.h"

#endif /* TEXTKIT_H */
