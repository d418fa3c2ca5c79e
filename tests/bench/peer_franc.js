// peer_franc.js -- the peer for text_language(): franc (npm, MIT), the
// trigram language detector, on the same texts as bench_language.c.
//
//   node tests/bench/peer_franc.js --lib dist/textkit.so --corpus build/bench/news.txt
//
// Prints franc's MB/s (best of 3 runs) on the corpus' English documents
// (blank-line separated; the first 0.5 MB of them, franc being slow) and on
// the texts of tests/bench/multilingual.txt (repeated to 0.2 MB), then
// franc's answer for each multilingual text (ISO 639-3, with its 639-1
// code), and writes both MB/s to franc.txt beside the corpus, which
// bench_language reads for its PASS/SHORT against franc (run_bench.py runs
// the peers first).  franc reads at most the first 2,048 characters of a
// text; the MB/s count every byte of each text, as text_language's do.
// Skips with a message when franc is not installed (cd tests/bench && npm
// install).  --lib is accepted and unused.
"use strict";
const fs = require("fs");
const path = require("path");

const ENGLISH_BYTES = 500000;
const MULTI_BYTES = 200000;
const N_RUNS = 3;
// 639-3 -> 639-1 for the languages text_language can answer (franc names
// Mandarin cmn and Standard Arabic arb).
const ISO1 = {
  eng: "en", fra: "fr", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl",
  ces: "cs", dan: "da", fin: "fi", hun: "hu", nob: "nb", pol: "pl", ron: "ro",
  swe: "sv", tur: "tr", ukr: "uk", rus: "ru", ell: "el", arb: "ar", heb: "he",
  hin: "hi", tha: "th", kor: "ko", jpn: "ja", cmn: "zh",
};

const args = process.argv.slice(2);
const corpus = args[args.indexOf("--corpus") + 1];
const textsFile = path.join(__dirname, "multilingual.txt");

// The corpus' English documents, to ENGLISH_BYTES.
function englishDocs() {
  const docs = [];
  let bytes = 0;
  for (const d of fs.readFileSync(corpus, "utf8").split(/\n\n+/)) {
    if (!d || bytes >= ENGLISH_BYTES) continue;
    docs.push(d);
    bytes += Buffer.byteLength(d);
  }
  return { docs, bytes };
}

// The multilingual texts as [code, text], from "code<TAB>text" lines.
function multilingualTexts() {
  return fs.readFileSync(textsFile, "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#") && l.includes("\t"))
    .map((l) => [l.slice(0, l.indexOf("\t")), l.slice(l.indexOf("\t") + 1)]);
}

// The texts in turn, repeated to MULTI_BYTES.
function repeated(texts) {
  const docs = [];
  let bytes = 0;
  for (let i = 0; bytes < MULTI_BYTES; i = (i + 1) % texts.length) {
    docs.push(texts[i][1]);
    bytes += Buffer.byteLength(texts[i][1]);
  }
  return { docs, bytes };
}

// Best-of-N_RUNS MB/s of franc over set.docs.
function speed(franc, set) {
  let best = Infinity;
  for (let r = 0; r < N_RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const d of set.docs) franc(d);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return set.bytes / 1e6 / best;
}

async function main() {
  let franc;
  try {
    ({ franc } = await import("franc"));
  } catch (e) {
    console.log("franc: skipped (not installed; run: cd tests/bench && npm install)");
    return;
  }
  const texts = multilingualTexts();
  const en = englishDocs(), multi = repeated(texts);
  const vEn = speed(franc, en), vMulti = speed(franc, multi);
  console.log(`franc: English news ${(en.bytes / 1e6).toFixed(2)} MB (${en.docs.length} documents), ` +
              `${texts.length} multilingual texts repeated to ${(multi.bytes / 1e6).toFixed(2)} MB, best of ${N_RUNS}`);
  console.log(`  franc english      ${vEn.toFixed(2).padStart(8)} MB/s`);
  console.log(`  franc multilingual ${vMulti.toFixed(2).padStart(8)} MB/s`);
  let right = 0, line = "  franc answers (written in -> 639-3 (639-1)):";
  texts.forEach(([code, text], i) => {
    const got = franc(text);
    const iso1 = ISO1[got] || "-";
    if (iso1 === code) right++;
    line += (i % 7 ? "" : "\n   ") + ` ${code}->${got} (${iso1})`;
  });
  console.log(line);
  console.log(`  ${right} of ${texts.length} right`);
  fs.writeFileSync(path.join(path.dirname(corpus), "franc.txt"),
                   `english ${vEn}\nmultilingual ${vMulti}\n`);
}

main();
