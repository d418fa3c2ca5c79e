"""test_ner_model_reproduces.py -- the committed NER model is what `make
model` writes: `make model-check` runs its training steps (CoNLL-2003 train
+ dev, self-training on the Wikipedia text of ../shared) into build/ and
compares the bytes with ext/core/ner/model/ner-conll2003.bin.  A change to
the tagger's tokenizer or features changes what training sees, and this
test then fails until the model is retrained and measured (docs/ner.md,
"Training").  About 45 s of one core.  Skipped when ../shared's training
text is absent (the project builds and tests without it), and in the
sanitizer run: the tools are checked once, unsanitized."""
import os
import subprocess
import unittest

from tk_harness import ROOT, main

SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
NEEDED = [os.path.join(SHARED, "ner", "conll2003", "train.txt"),
          os.path.join(SHARED, "ner", "conll2003", "dev.txt"),
          os.path.join(SHARED, "unlabeled", "enwiki-2015-30k-articles.txt.xz")]


def make_env():
    """The environment for a make of its own: no parent make's flags (its
    jobserver is not ours) and no sanitizer runtime preloaded."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "LD_PRELOAD",
                        "ASAN_OPTIONS", "UBSAN_OPTIONS")}
    return env


class ModelReproduces(unittest.TestCase):
    def test_make_model_writes_the_committed_model(self):
        missing = [p for p in NEEDED if not os.path.exists(p)]
        if missing:
            self.skipTest("training data absent: " + ", ".join(missing))
        if os.environ.get("ASAN_OPTIONS"):
            self.skipTest("checked in the run without sanitizers")
        proc = subprocess.run(["make", "--no-print-directory", "-s", "model-check"],
                              cwd=ROOT, env=make_env(), capture_output=True,
                              text=True, timeout=900)
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertIn("byte for byte", proc.stdout)


if __name__ == "__main__":
    main()
