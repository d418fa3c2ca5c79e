/*
** pg_passages.c -- passages of text in PostgreSQL, the SQLite face's
** functions and columns:
**
**   SELECT passage, a_start, b_start, words
**     FROM text_overlap(press_release, article, 8);
**   SELECT kind, block FROM text_blocks(page);
**   SELECT text_main(body) FROM docs;   -- the content blocks
**
** text_overlap columns: passage, a_start, a_length, b_start, b_length
** (1-based characters / characters), words, position; min_words defaults
** to TK_OVERLAP_DEFAULT_MIN_WORDS.  text_blocks columns: block, kind,
** start, length, position.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_text_overlap);
PG_FUNCTION_INFO_V1(tk_pg_text_blocks);
PG_FUNCTION_INFO_V1(tk_pg_text_main);

/* text_overlap(a, b [, min_words]): the passages a and b share. */
Datum tk_pg_text_overlap(PG_FUNCTION_ARGS) {
  size_t nA, nB;
  const char *zA = tk_pg_text_arg(fcinfo, 0, "text_overlap", &nA);
  const char *zB = tk_pg_text_arg(fcinfo, 1, "text_overlap", &nB);
  int32 nMin =
      PG_NARGS() > 2 ? PG_GETARG_INT32(2) : TK_OVERLAP_DEFAULT_MIN_WORDS;
  if (nMin < 1) {
    tk_pg_error("text_overlap", "min_words must be an integer of at least 1");
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_passage *aPsg = NULL;
  size_t nPsg = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_overlap_w(zA, nA, zB, nB, (size_t)nMin, &work, &aPsg, &nPsg);
  if (rc == TK_ELIMIT) tk_pg_error("text_overlap", "a text is 2 GB or longer");
  if (rc != TK_OK) tk_pg_error_rc("text_overlap", rc, NULL);
  for (size_t i = 0; i < nPsg; i++) {
    const tk_passage *r = &aPsg[i];
    Datum aVal[7];
    bool aNull[7] = {false, false, false, false, false, false, false};
    aVal[0] = PointerGetDatum(
        cstring_to_text_with_len(zA + r->iAStart, (int)r->nABytes));
    aVal[1] = Int32GetDatum((int32)r->iAChar + 1);
    aVal[2] = Int32GetDatum((int32)r->nAChars);
    aVal[3] = Int32GetDatum((int32)r->iBChar + 1);
    aVal[4] = Int32GetDatum((int32)r->nBChars);
    aVal[5] = Int32GetDatum((int32)r->nWords);
    aVal[6] = Int32GetDatum((int32)i);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    pfree(DatumGetPointer(aVal[0]));
    if ((i & 1023) == 1023) CHECK_FOR_INTERRUPTS();
  }
  tk_free(aPsg);
  return (Datum)0;
}

/* text_blocks(text): the paragraphs, each content or boilerplate. */
Datum tk_pg_text_blocks(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_blocks", &n);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_block *aBlk = NULL;
  size_t nBlk = 0;
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_blocks_w(z, n, &work, &aBlk, &nBlk);
  if (rc != TK_OK) tk_pg_error_rc("text_blocks", rc, NULL);
  for (size_t i = 0; i < nBlk; i++) {
    const tk_block *b = &aBlk[i];
    Datum aVal[5];
    bool aNull[5] = {false, false, false, false, false};
    aVal[0] = PointerGetDatum(
        cstring_to_text_with_len(z + b->iStart, (int)b->nBytes));
    aVal[1] = CStringGetTextDatum(tk_block_kind_name(b->eKind));
    aVal[2] = Int32GetDatum((int32)b->iChar + 1);
    aVal[3] = Int32GetDatum((int32)b->nChars);
    aVal[4] = Int32GetDatum((int32)i);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    pfree(DatumGetPointer(aVal[0]));
    pfree(DatumGetPointer(aVal[1]));
    if ((i & 1023) == 1023) CHECK_FOR_INTERRUPTS();
  }
  tk_free(aBlk);
  return (Datum)0;
}

/* text_main(text): the content blocks joined by blank lines. */
Datum tk_pg_text_main(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_main", &n);
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_text_main_w(z, n, &work, &b);
  if (rc != TK_OK) {
    tk_buf_free(&b);
    tk_pg_error_rc("text_main", rc, NULL);
  }
  PG_RETURN_TEXT_P(tk_pg_buf_text(&b, "text_main"));
}
