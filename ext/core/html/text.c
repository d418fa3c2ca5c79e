/*
** text.c -- the plain-text writer of the html family and html_text(): a
** page's visible text as a browser lays it out in plain text.
**
**   tk_buf b = {0};
**   rc = tk_html_text("<p>One<br>two</p><p>Three</p>", 30, &b, &zErr);
**   // "One\ntwo\n\nThree"
**
** Blocks (p, div, h1...) are paragraphs (a blank line between them), li,
** tr, dt, dd lines, td/th cells separated by a tab, <br> a line break;
** inside pre whitespace is kept, elsewhere each run of whitespace (and
** no-break spaces) is one space.  Never rendered: script, style, template,
** noscript, head, form controls, embedded objects, comments, and hidden
** elements (hidden, aria-hidden="true", display:none, visibility:hidden).
*/
#include "html_internal.h"

#include <string.h>

/* Start writing at the end of pBuf. */
void tk_html__out_init(tk_html__out *o, tk_buf *pBuf) {
  o->pBuf = pBuf;
  o->iStart = pBuf->n;
  o->ePending = 0;
  o->nPre = 0;
  o->pWork = 0;
  o->bStopped = 0;
}

/* Ask for a break of level e before the next text. */
void tk_html__out_break(tk_html__out *o, int e) {
  if (e > o->ePending) o->ePending = e;
}

/* Write the owed break, unless nothing was written yet. */
static void flushBreak(tk_html__out *o) {
  static const char *azBreak[] = {"", " ", "\t", "\n", "\n\n"};
  if (o->ePending && o->pBuf->n > o->iStart) {
    tk_buf_append(o->pBuf, azBreak[o->ePending], strlen(azBreak[o->ePending]));
  }
  o->ePending = 0;
}

/* A line break (<br>, a newline inside pre): owed like the other breaks,
** so none ends the text; a second one in a row makes a blank line. */
static void lineBreak(tk_html__out *o) {
  if (o->ePending == TK_HTML__NEWLINE)
    o->ePending = TK_HTML__PARAGRAPH;
  else
    tk_html__out_break(o, TK_HTML__NEWLINE);
}

/* 1 for the whitespace that collapses: ASCII space characters. */
static int isSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Append text z with the whitespace rule in force. */
void tk_html__out_text(tk_html__out *o, const char *z) {
  const unsigned char *s = (const unsigned char *)z;
  size_t i = 0;
  while (s[i]) {
    if (o->nPre > 0) {
      if (s[i] == '\r') {
        i++;
        continue;
      }
      if (s[i] == '\n') {
        lineBreak(o);
        i++;
        continue;
      }
    } else if (isSpace(s[i])) {
      tk_html__out_break(o, TK_HTML__SPACE);
      i++;
      continue;
    } else if (s[i] == 0xC2 && s[i + 1] == 0xA0) {
      tk_html__out_break(o, TK_HTML__SPACE);
      i += 2;
      continue;
    }
    size_t j = i + 1;
    while (s[j] && !isSpace(s[j]) && !(s[j] == 0xC2 && s[j + 1] == 0xA0))
      j++;
    flushBreak(o);
    tk_buf_append(o->pBuf, z + i, j - i);
    i = j;
  }
  if (tk_work_poll(o->pWork, i * TK_WORK_CELLS_PER_BYTE)) o->bStopped = 1;
}

/* The break an element makes around itself. */
static int elementBreak(int eKind) {
  if (eKind & TK_HTML__BLOCK) return TK_HTML__PARAGRAPH;
  if (eKind & (TK_HTML__LINE | TK_HTML__BR)) return TK_HTML__NEWLINE;
  if (eKind & TK_HTML__CELL) return TK_HTML__TAB;
  return 0;
}

/* Render the subtree under pRoot (see html_internal.h). */
void tk_html__render(xmlNode *pRoot, tk_html__out *o,
                     int (*xSkip)(void *, xmlNode *), void *pCtx) {
  tk_html__walk w;
  tk_html__walk_start(&w, pRoot);
  xmlNode *p = w.p;
  while (p && !o->bStopped) {
    int bDescend = 1;
    if (p->type == XML_TEXT_NODE || p->type == XML_CDATA_SECTION_NODE) {
      if (p->content) tk_html__out_text(o, (const char *)p->content);
    } else if (p->type == XML_ELEMENT_NODE) {
      int eKind = tk_html__kind_of(p);
      if (!w.bLeave && ((eKind & TK_HTML__SKIP) || tk_html__hidden(p) ||
                        (xSkip && xSkip(pCtx, p)))) {
        bDescend = 0;
      } else {
        int eBreak = elementBreak(eKind);
        if (eKind & TK_HTML__CELL) {
          if (!w.bLeave) tk_html__out_break(o, eBreak);
        } else if (eKind & TK_HTML__BR) {
          if (!w.bLeave) lineBreak(o);
        } else if (eBreak) {
          tk_html__out_break(o, eBreak);
        }
        if (eKind & TK_HTML__PRE) o->nPre += w.bLeave ? -1 : 1;
      }
    } else {
      bDescend = 0; /* comments, processing instructions, ... */
    }
    p = tk_html__walk_next(&w, bDescend);
  }
}

/* The text of p on one line into pBuf (reset first). */
void tk_html__inline_text(xmlNode *p, tk_buf *pBuf) {
  tk_buf_reset(pBuf);
  tk_html__out o;
  tk_html__out_init(&o, pBuf);
  tk_html__walk w;
  tk_html__walk_start(&w, p);
  for (xmlNode *q = w.p; q;) {
    int bDescend = 1;
    if (q->type == XML_TEXT_NODE || q->type == XML_CDATA_SECTION_NODE) {
      if (q->content) tk_html__out_text(&o, (const char *)q->content);
    } else if (q->type == XML_ELEMENT_NODE) {
      int eKind = tk_html__kind_of(q);
      if (!w.bLeave && q != p && tk_html__invisible(q))
        bDescend = 0;
      else if (eKind)
        tk_html__out_break(&o, TK_HTML__SPACE);
    } else {
      bDescend = 0;
    }
    q = tk_html__walk_next(&w, bDescend);
  }
}

/* html_text(): the visible text of the whole page. */
int tk_html_text(const char *z, size_t n, tk_buf *pOut, char **pzErr) {
  return tk_html_text_w(z, n, NULL, pOut, pzErr);
}

/* tk_html_text polling pWork (NULL: never) while parsing. */
int tk_html_text_w(const char *z, size_t n, tk_work *pWork, tk_buf *pOut,
                   char **pzErr) {
  tk_html__doc *pDoc;
  int rc = tk_html__parse(z, n, 0, pWork, &pDoc, pzErr);
  if (rc != TK_OK || !pDoc) return rc;
  xmlNode *pRoot = tk_html__root(pDoc);
  if (pRoot) {
    tk_html__out o;
    tk_html__out_init(&o, pOut);
    o.pWork = pWork;
    tk_html__render(pRoot, &o, 0, 0);
    if (o.bStopped) rc = TK_EINTERRUPT;
  }
  tk_html__doc_free(pDoc);
  if (rc == TK_OK && pOut->oom) rc = TK_ENOMEM;
  return rc;
}
