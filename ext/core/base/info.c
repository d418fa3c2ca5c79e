/*
** info.c -- the versions of the libraries the core is built on, as JSON
** members for textkit_info():
**
**   "icu":"72.1","unicode":"15.0","pcre2":"10.42 2022-12-11","pcre2_jit":true,
**   "utf8proc":"2.8.0","utf8proc_unicode":"15.0.0",
**   "ner_model":"conll2003-perceptron-ddf9f43f","snowball_languages":29
*/
#include "textkit.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libstemmer.h>
#include <pcre2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <utf8proc.h>

#include <stdio.h>
#include <string.h>

/* Append "key":"value", to p. */
static void putString(tk_buf *p, const char *zKey, const char *zVal) {
  tk_buf_putc(p, '"');
  tk_buf_append(p, zKey, strlen(zKey));
  tk_buf_append(p, "\":\"", 3);
  tk_buf_append(p, zVal, strlen(zVal));
  tk_buf_append(p, "\",", 2);
}

/* Append the dependency members (each followed by a comma except the
** last) to p, which holds an open JSON object. */
void tk_info_append_json(tk_buf *p) {
  char zVer[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  u_getVersion(v);
  u_versionToString(v, zVer);
  putString(p, "icu", zVer);
  u_getUnicodeVersion(v);
  u_versionToString(v, zVer);
  putString(p, "unicode", zVer);

  char zPcre[64] = "";
  pcre2_config(PCRE2_CONFIG_VERSION, zPcre);
  putString(p, "pcre2", zPcre);
  uint32_t bJit = 0;
  pcre2_config(PCRE2_CONFIG_JIT, &bJit);
  tk_buf_append(p, bJit ? "\"pcre2_jit\":true," : "\"pcre2_jit\":false,",
                bJit ? 17 : 18);

  putString(p, "utf8proc", utf8proc_version());
  putString(p, "utf8proc_unicode", utf8proc_unicode_version());
  putString(p, "ner_model", tk_ner_model_name(tk_ner_builtin()));

  int nLang = 0;
  for (const char **az = sb_stemmer_list(); *az; az++)
    nLang++;
  char zNum[32];
  int n = snprintf(zNum, sizeof zNum, "\"snowball_languages\":%d", nLang);
  tk_buf_append(p, zNum, (size_t)n);
}
