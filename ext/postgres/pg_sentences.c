/*
** pg_sentences.c -- the set-returning function sentences() in PostgreSQL:
**
**   SELECT sentence, start, length, position
**     FROM sentences('Mr. Smith went to Washington. He arrived at 5 p.m.');
**   SELECT d.id, s.sentence FROM docs d, sentences(d.body, 'newline=space') s;
**
** Columns as in the SQLite face: sentence, start (1-based character),
** length (characters), position (0-based).  A materialized SRF; the
** segmenter is made for the call and freed before it returns.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_sentences);

/* sentences(text [, options]): one row per sentence. */
Datum tk_pg_sentences(PG_FUNCTION_ARGS) {
  size_t n, nOpt;
  const char *z = tk_pg_text_arg(fcinfo, 0, "sentences", &n);
  tk_sentence_options opt;
  tk_sentence_options_init(&opt);
  if (PG_NARGS() > 1) {
    const char *zOpt = tk_pg_text_arg(fcinfo, 1, "sentences", &nOpt);
    char *zErr = NULL;
    int rc = tk_sentence_options_parse(&opt, zOpt, nOpt, &zErr);
    if (rc != TK_OK) tk_pg_error_rc("sentences", rc, zErr);
  }
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_sentences *pSeg = NULL;
  int rc = tk_sentences_new(&opt, &pSeg);
  if (rc != TK_OK) tk_pg_error_rc("sentences", rc, NULL);
  tk_sentences_reset(pSeg, z, n);
  tk_charpos cp;
  tk_charpos_init(&cp, z, n);
  size_t iStart, nLen;
  /* polled per sentence; the segmenter is freed before the error */
  tk_work work;
  tk_pg_work_init(&work);
  int bStop = 0;
  for (int32 iPos = 0; !bStop && tk_sentences_next(pSeg, &iStart, &nLen) == 1;
       iPos++) {
    size_t iChar = tk_charpos_at(&cp, iStart);
    size_t iEnd = tk_charpos_at(&cp, iStart + nLen);
    Datum aVal[4];
    bool aNull[4] = {false, false, false, false};
    aVal[0] = PointerGetDatum(cstring_to_text_with_len(z + iStart, (int)nLen));
    aVal[1] = Int32GetDatum((int32)iChar + 1);
    aVal[2] = Int32GetDatum((int32)(iEnd - iChar));
    aVal[3] = Int32GetDatum(iPos);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    pfree(DatumGetPointer(aVal[0]));
    bStop = tk_work_poll(&work, (uint64_t)nLen * TK_WORK_CELLS_PER_BYTE) != 0;
  }
  tk_sentences_free(pSeg);
  if (bStop) tk_pg_error_rc("sentences", TK_EINTERRUPT, NULL);
  return (Datum)0;
}
