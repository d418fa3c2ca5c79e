/*
** ner_eval_core.c -- scores the built-in NER model on CoNLL-2003 dev with
** the raw-text protocol (ext/tools/ner_conll.h) through the core tagger
** tk_ner_tag; `make eval` runs it until entities() is registered, then
** ext/tools/ner_eval.py runs the same protocol through SQL.
**
**   build/release/tools/ner_eval_core
**       --dev ../shared/data/ner/conll2003/dev.txt [--model FILE]
*/
#include "ner_conll.h"
#include "tool_file.h"

int main(int argc, char **argv) {
  const char *zDev = 0, *zModel = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--dev") == 0) zDev = argv[i + 1];
    if (strcmp(argv[i], "--model") == 0) zModel = argv[i + 1];
  }
  Doc *aDoc;
  int nDoc;
  if (!zDev || conllRead(zDev, &aDoc, &nDoc)) {
    fprintf(stderr, "usage: %s --dev CONLL-FILE [--model FILE]\n", argv[0]);
    return 2;
  }
  const tk_ner_model *m = tk_ner_builtin();
  tk_ner_model *pOpen = 0;
  unsigned char *aData = 0;
  if (zModel) {
    size_t n = 0;
    char *zErr = 0;
    aData = toolReadFile(zModel, &n);
    if (!aData || tk_ner_model_open(aData, n, &pOpen, &zErr) != TK_OK) {
      fprintf(stderr, "%s: %s\n", zModel, zErr ? zErr : "cannot read");
      return 1;
    }
    m = pOpen;
  }
  Score s;
  evalDocs(m, aDoc, nDoc, &s);
  static const char *az[] = {0, "PER", "ORG", "LOC", "MISC"};
  double p, r, f;
  printf("NER on %s (%d documents), raw-text protocol, core tk_ner_tag, "
         "model %s\n",
         zDev, nDoc, tk_ner_model_name(m));
  printf("  %-12s %9s %9s %9s\n", "type", "precision", "recall", "F1");
  for (int k = 1; k <= 4; k++) {
    f = scoreF1(&s, 1 << k, &p, &r);
    printf("  %-12s %9.4f %9.4f %9.4f\n", az[k], p, r, f);
  }
  f = scoreF1(&s, MASK_PLO, &p, &r);
  printf("  %-12s %9.4f %9.4f %9.4f  (target >= 0.88: %s)\n", "PER+ORG+LOC", p,
         r, f, f >= 0.88 ? "PASS" : "SHORT");
  f = scoreF1(&s, MASK_ALL, &p, &r);
  printf("  %-12s %9.4f %9.4f %9.4f\n", "all types", p, r, f);
  tk_ner_model_close(pOpen);
  free(aData);
  return 0;
}
