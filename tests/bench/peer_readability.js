// peer_readability.js -- the peer for html_main(): Mozilla's Readability.js
// (npm @mozilla/readability, with linkedom as its DOM) on the same pages as
// tests/bench/bench_html.c, the 91 pages of ../shared/data/html-articles.
//
//   node tests/bench/peer_readability.js [--data ../shared/data/html-articles]
//
// Prints its speed in MB of HTML a second (parse + extraction, every page
// once, at least 1 s of work) and its F1 with the metric of
// ext/tools/html_eval.py (word 4-gram shingles, macro precision and
// recall; words are runs of Unicode letters, marks, digits and '_', as
// Python's \w).  Skips with a message when the packages or the pages are
// absent (cd tests/bench && npm install).  --lib and --corpus, which
// run_bench.py passes to every peer, are ignored.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

let Readability, parseHTML;
try {
  ({ Readability } = require("@mozilla/readability"));
  ({ parseHTML } = require("linkedom"));
} catch (e) {
  console.log("readability: skipped (not installed; run: cd tests/bench && npm install)");
  process.exit(0);
}

const args = process.argv.slice(2);
const root = path.resolve(__dirname, "..", "..");
const data = args.includes("--data")
  ? args[args.indexOf("--data") + 1]
  : path.join(root, "..", "shared", "data", "html-articles");
const truthPath = path.join(data, "ground-truth.json");
if (!fs.existsSync(truthPath)) {
  console.log(`readability: skipped: ${data} is absent`);
  process.exit(0);
}
const truth = JSON.parse(fs.readFileSync(truthPath, "utf8"));
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

// The word 4-grams of text, counted.
function shingles(text) {
  const words = (text || "").match(WORD) || [];
  const out = new Map();
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const g = words.slice(i, i + 4).join(" ");
    if (g) out.set(g, (out.get(g) || 0) + 1);
  }
  return out;
}

// [precision, recall] of one page.
function pageScores(got, want) {
  const g = shingles(got), w = shingles(want);
  let tp = 0, ng = 0, nw = 0;
  for (const [k, v] of g) { ng += v; tp += Math.min(v, w.get(k) || 0); }
  for (const v of w.values()) nw += v;
  if (ng === 0 && nw === 0) return [1, 1];
  return [ng ? tp / ng : 0, nw ? tp / nw : 0];
}

// The article text of one page (paragraphs as Readability's textContent).
function extract(html) {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article ? article.textContent : "";
}

const pages = Object.keys(truth).sort().map((id) => {
  const file = path.join(data, "html", id + ".html.gz");
  return fs.existsSync(file) ? [id, zlib.gunzipSync(fs.readFileSync(file)).toString("utf8")] : null;
}).filter(Boolean);

const scores = [];
let bytes = 0;
const t0 = process.hrtime.bigint();
let secs = 0;
for (let round = 0; round === 0 || secs < 1; round++) {
  for (const [id, html] of pages) {
    const text = extract(html);
    if (round === 0) scores.push(pageScores(text, truth[id].articleBody));
    bytes += Buffer.byteLength(html);
  }
  secs = Number(process.hrtime.bigint() - t0) / 1e9;
}
const p = scores.reduce((a, s) => a + s[0], 0) / scores.length;
const r = scores.reduce((a, s) => a + s[1], 0) / scores.length;
console.log(`readability (Readability.js + linkedom): ${pages.length} pages`);
console.log(`readability ${(bytes / 1e6 / secs).toFixed(1).padStart(33)} MB/s`);
console.log(`readability P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)}`);
