/*
** base/work.c -- the cap on the work of one call (textkit/base.h's
** tk_work): a quadratic function asks tk_work_admit before each pass of
** its table, and polls tk_work_poll (inline in the header) in its loops.
**
**   if ((rc = tk_work_admit(pWork, cells, m, n)) != TK_OK) return rc;
*/
#include "textkit.h"

/* TK_ELIMIT when nCell exceeds p's cap (noting the shape), else TK_OK. */
int tk_work_admit(tk_work *p, uint64_t nCell, size_t nA, size_t nB) {
  if (!p || !p->nCellMax || nCell <= p->nCellMax) return TK_OK;
  p->nA = nA;
  p->nB = nB;
  p->nCell = nCell;
  return TK_ELIMIT;
}
