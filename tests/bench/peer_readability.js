// peer_readability.js -- the peer for html_main(): Mozilla's Readability.js
// (npm @mozilla/readability) on the same pages as tests/bench/bench_html.c,
// the 91 pages of ../shared/data/html-articles, with each of two DOMs:
// jsdom (the setup Readability's README documents) and linkedom (faster).
//
//   node tests/bench/peer_readability.js [--data ../shared/data/html-articles]
//
// For each DOM: its speed in MB of HTML a second (parse + extraction; one
// untimed warm-up pass over every page, which is also the pass that is
// scored, then timed passes over every page until at least 3 s of work)
// and its F1 with the metric of ext/tools/html_eval.py (word 4-gram
// shingles, macro precision and recall; words are runs of Unicode letters,
// marks, digits and '_', as Python's \w); then the faster configuration,
// the one html_main's ratio is judged against.  With --lib (run_bench.py
// passes it), html_main is measured by build/release/bench/bench_html
// --only main just before and just after the peers, and the ratio of the
// mean of the two to the faster DOM is printed (target >= 20).  A DOM that is not installed is skipped;
// with neither, or without the pages, the script says so and exits 0
// (cd tests/bench && npm install).  --lib and --corpus, which run_bench.py
// passes to every peer, are ignored.
"use strict";
const childProcess = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// The module named name, or null when it is not installed.
function optional(name) {
  try {
    return require(name);
  } catch (e) {
    return null;
  }
}

const readability = optional("@mozilla/readability");
const linkedom = optional("linkedom");
const jsdom = optional("jsdom");
// Each DOM: its name and a function from HTML to [document, release].
// linkedom first, so that jsdom's garbage does not slow the faster one.
const doms = [];
if (linkedom)
  doms.push(["linkedom", (html) => [linkedom.parseHTML(html).document, () => {}]]);
if (jsdom)
  doms.push(["jsdom", (html) => {
    // a console of its own: jsdom's complaints about the pages' CSS unheard
    const dom = new jsdom.JSDOM(html, { virtualConsole: new jsdom.VirtualConsole() });
    return [dom.window.document, () => dom.window.close()];
  }]);
if (!readability || doms.length === 0) {
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

// The article text of one page with DOM dom (Readability's textContent).
function extract(dom, html) {
  const [document, release] = dom[1](html);
  const article = new readability.Readability(document).parse();
  release();
  return article ? article.textContent : "";
}

const pages = Object.keys(truth).sort().map((id) => {
  const file = path.join(data, "html", id + ".html.gz");
  return fs.existsSync(file) ? [id, zlib.gunzipSync(fs.readFileSync(file)).toString("utf8")] : null;
}).filter(Boolean);

// The least timed work per DOM, in seconds (whole passes over the pages).
const MIN_SECONDS = 3;

// Speed (MB/s) and [P, R, F1] of Readability.js with DOM dom.
function measure(dom) {
  const scores = pages.map(([id, html]) => pageScores(extract(dom, html), truth[id].articleBody));
  let bytes = 0;
  let secs = 0;
  const t0 = process.hrtime.bigint();
  while (secs < MIN_SECONDS) {
    for (const [, html] of pages) {
      extract(dom, html);
      bytes += Buffer.byteLength(html);
    }
    secs = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const p = scores.reduce((a, s) => a + s[0], 0) / scores.length;
  const r = scores.reduce((a, s) => a + s[1], 0) / scores.length;
  return [bytes / 1e6 / secs, p, r, (2 * p * r) / (p + r)];
}

// html_main's MB/s from bench_html on the same pages, or null without it.
function htmlMainSpeed() {
  const lib = args.includes("--lib") ? args[args.indexOf("--lib") + 1] : null;
  const bench = path.join(root, "build", "release", "bench", "bench_html");
  if (!lib || !fs.existsSync(bench)) return null;
  const out = childProcess.execFileSync(bench, ["--lib", lib, "--pages", path.join(data, "html"), "--only", "main"]).toString();
  const m = out.match(/html_main\s+([0-9.]+) MB\/s/);
  return m ? Number(m[1]) : null;
}

const mainBefore = htmlMainSpeed();
console.log(`readability (Readability.js ${require("@mozilla/readability/package.json").version}): ${pages.length} pages`);
let best = null;
for (const dom of doms) {
  const [mbps, p, r, f1] = measure(dom);
  const version = require(`${dom[0]}/package.json`).version;
  const label = `readability+${dom[0]}`;
  console.log(`${label.padEnd(22)} ${mbps.toFixed(1).padStart(20)} MB/s  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}  (${dom[0]} ${version})`);
  if (!best || mbps > best[1]) best = [dom[0], mbps];
}
console.log(`readability faster DOM: ${best[0]} ${best[1].toFixed(1)} MB/s`);
const mainAfter = htmlMainSpeed();
if (mainBefore !== null && mainAfter !== null) {
  const main = (mainBefore + mainAfter) / 2;
  const ratio = main / best[1];
  console.log(`html_main ${main.toFixed(1)} MB/s (before ${mainBefore.toFixed(1)}, after ${mainAfter.toFixed(1)}) = ${ratio.toFixed(1)}x Readability.js+${best[0]}  target >= 20x: ${ratio >= 20 ? "met" : "NOT met"}`);
}
