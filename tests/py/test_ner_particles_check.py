"""test_ner_particles_check.py -- ext/tools/ner_particles.py, the dev check
of names with particles scored by `make eval`: a particle run goes before
the last word of each PERSON name of two words or more, labelled inside
the name, in turn from its list; one-word names, other types, document
and sentence breaks are kept; empty input gives empty output."""
import os
import unittest

from tk_harness import ROOT, load_module, main

TOOL_MODULE = load_module("ner_particles", "ext/tools/ner_particles.py")

CONLL = """-DOCSTART- -X- -X- O

President NNP B-NP O
Bill NNP I-NP B-PER
Clinton NNP I-NP I-PER
met VBD B-VP O
Kohl NNP B-NP B-PER
in IN B-PP O
New NNP B-NP B-LOC
York NNP I-NP I-LOC
. . O O

George NNP B-NP B-PER
W. NNP I-NP I-PER
Bush NNP I-NP I-PER
""".splitlines(keepends=True)


class ParticleCheck(unittest.TestCase):
    def test_rewrite(self):
        out = TOOL_MODULE.rewrite(CONLL, ["von der", "ibn"])
        words = [(l.split()[0], l.split()[-1]) for l in out if l.strip() and not l.startswith("-DOC")]
        self.assertEqual(words[:6], [("President", "O"), ("Bill", "B-PER"), ("von", "I-PER"),
                                     ("der", "I-PER"), ("Clinton", "I-PER"), ("met", "O")])
        self.assertIn(("Kohl", "B-PER"), words)
        self.assertIn(("New", "B-LOC"), words)
        self.assertEqual(words[-4:], [("George", "B-PER"), ("W.", "I-PER"), ("ibn", "I-PER"),
                                      ("Bush", "I-PER")])
        self.assertEqual(sum(1 for l in out if not l.strip()), 2)  # breaks kept

    def test_empty_and_odd(self):
        self.assertEqual(TOOL_MODULE.rewrite([], ["de"]), [])
        self.assertEqual(TOOL_MODULE.rewrite(["\n"], ["de"]), ["\n"])
        out = TOOL_MODULE.rewrite(["Ünal X X B-PER\n", "\ufffd X X I-PER\n"], ["de"])
        self.assertEqual([l.split()[0] for l in out], ["Ünal", "de", "\ufffd"])

    def test_check_particles_unlike_training(self):
        header = open(os.path.join(ROOT, "ext", "tools", "ner_case.h"), encoding="utf-8").read()
        trained = header[header.index("PARTICLES[] = {"):].split("};")[0]
        for run in TOOL_MODULE.CHECK_PARTICLES:
            self.assertNotIn(f'"{run}"', trained)


if __name__ == "__main__":
    main()
