/*
** fuzz_normalize.c -- libFuzzer target for the normalization core and the
** option parser: every entry point gets arbitrary bytes (invalid UTF-8,
** NULs, huge mark runs) and must neither crash nor leak; decoding (auto and
** a few ICU charsets) and mojibake repair must also give valid UTF-8, and
** a repair that replaced nothing cannot shorten the text; dehyphenation
** gives valid UTF-8 no longer than the text made valid.
**
**   make fuzz FUZZ_SECONDS=60
*/
#include "textkit.h"

#include <string.h>

/* Accept every option pair. */
static int acceptOption(void *pCtx, const char *zKey, size_t nKey,
                        const char *zVal, size_t nVal, char **pzErr) {
  (void)pCtx, (void)zKey, (void)nKey, (void)zVal, (void)nVal, (void)pzErr;
  return TK_OK;
}

/* One fuzz input: the first byte picks the operation, the rest is text. */
int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (nData < 1) return 0;
  const char *z = (const char *)aData + 1;
  size_t n = nData - 1;
  tk_buf out = {0};
  char *zErr = 0;
  static const char *azCharset[] = {"auto",         "utf-16le", "utf-32be",
                                    "shift_jis",    "gb18030",  "latin1",
                                    "windows-1252", "utf-8"};
  switch (aData[0] % 11) {
  case 0:
    tk_normalize(z, n, aData[0] / 8 % 4, &out);
    break;
  case 1:
    tk_casefold(z, n, &out);
    break;
  case 2:
    tk_unaccent(z, n, &out);
    break;
  case 3:
    tk_fold_unaccent(z, n, &out);
    break;
  case 4:
    tk_case_map(z, n, (aData[0] & 8) ? "tr" : "", aData[0] & 16, &out, &zErr);
    break;
  case 5:
    tk_clean(z, n, &out);
    break;
  case 6:
    tk_options_parse(z, n, acceptOption, 0, &zErr);
    break;
  case 7: {
    const char *zCharset = azCharset[aData[0] / 10 % 8];
    int rc = tk_decode(z, n, zCharset, strlen(zCharset), 0, &out, &zErr);
    if (rc == TK_OK && !tk_utf8_is_valid(out.z ? out.z : "", out.n)) {
      __builtin_trap();
    }
    /* auto's charset, named, reads the same (but the utf-* of a BOM,
    ** which a name keeps as U+FEFF, and utf-8-repaired, no ICU name) */
    const char *zFound = tk_decode_detect(z, n);
    if (rc == TK_OK && strcmp(zCharset, "auto") == 0 &&
        strncmp(zFound, "utf-", 4) != 0) {
      tk_buf again = {0};
      char *zErr2 = 0;
      if (tk_decode(z, n, zFound, strlen(zFound), 0, &again, &zErr2) != TK_OK ||
          again.n != out.n || (out.n && memcmp(again.z, out.z, out.n) != 0)) {
        __builtin_trap();
      }
      tk_buf_free(&again);
      tk_free(zErr2);
    }
    break;
  }
  case 8: {
    size_t nFixed = 0;
    int rc = tk_fix_mojibake(z, n, &out, &nFixed);
    if (rc == TK_OK && (!tk_utf8_is_valid(out.z ? out.z : "", out.n) ||
                        (nFixed == 0 && out.n < n))) {
      __builtin_trap();
    }
    break;
  }
  case 9: {
    /* dehyphenation gives valid UTF-8 and drops at most the hyphens, line
    ** breaks and indentation it joins, so never more bytes than it read */
    int rc = tk_dehyphenate(z, n, &out);
    tk_buf clean = {0};
    tk_utf8_sanitize(&clean, z, n);
    if (rc == TK_OK &&
        (!tk_utf8_is_valid(out.z ? out.z : "", out.n) || out.n > clean.n)) {
      __builtin_trap();
    }
    tk_buf_free(&clean);
    break;
  }
  default:
    tk_utf8_sanitize(&out, z, n);
    if (!out.oom && !tk_utf8_is_valid(out.z ? out.z : "", out.n)) {
      __builtin_trap();
    }
    break;
  }
  tk_free(zErr);
  tk_buf_free(&out);
  return 0;
}
