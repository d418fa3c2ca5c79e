/*
** fuzz_sentences.c -- libFuzzer target for the sentence segmenter: any
** bytes (invalid UTF-8, NULs, runs of dots, quotes and list markers) must
** give spans that are in order, inside the text, never empty, never start
** or end with an ASCII space, and the segmenter must always finish.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

/* One fuzz input: the first byte picks the options, the rest is text. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  const char *z = (const char *)aData + 1;
  size_t n = nData - 1;
  tk_sentence_options o;
  tk_sentence_options_init(&o);
  o.eNewline = aData[0] % 3;
  tk_sentences *p;
  if (tk_sentences_new(&o, &p) != TK_OK) return 0;
  tk_sentences_reset(p, z, n);
  size_t iStart, nLen, iEnd = 0, nRows = 0;
  while (tk_sentences_next(p, &iStart, &nLen) == 1) {
    if (iStart < iEnd || nLen == 0 || iStart + nLen > n || z[iStart] == ' ' ||
        z[iStart + nLen - 1] == ' ' || ++nRows > n) {
      __builtin_trap();
    }
    iEnd = iStart + nLen;
  }
  tk_sentences_free(p);
  return 0;
}
