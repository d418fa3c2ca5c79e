// peer_compromise.js -- the peer for the named-entity tagger: compromise
// (npm), its people(), places() and organizations() on the same news text.
//
//   node tests/bench/peer_compromise.js --lib dist/textkit.so --corpus build/bench/news.txt
//
// Prints its speed in MB/s on the corpus (documents separated by blank
// lines, at least 3 s of work) and, when ../shared/data/ner/conll2003 is
// present, its F1 on dev.txt with the raw-text protocol of tests/tools/
// ner_eval.py (PERSON, ORG, LOC; compromise has no MISC).  Skips with a
// message when compromise is not installed (cd tests/bench && npm install).
"use strict";
const fs = require("fs");
const path = require("path");

let nlp;
try {
  nlp = require("compromise");
} catch (e) {
  console.log("compromise: skipped (not installed; run: cd tests/bench && npm install)");
  process.exit(0);
}

const args = process.argv.slice(2);
const corpus = args[args.indexOf("--corpus") + 1];
const root = path.resolve(__dirname, "..", "..");
const dev = path.join(root, "..", "shared", "data", "ner", "conll2003", "dev.txt");
const TRIM = " \t\n\r.,;:!?\"'()[]{}-";

// The entities of text as [type, start (0-based chars), length].
function tag(text) {
  const doc = nlp(text);
  const out = [];
  for (const [type, view] of [["PERSON", doc.people()], ["LOC", doc.places()],
                              ["ORG", doc.organizations()]]) {
    for (const m of view.json({ offset: true })) {
      out.push([type, m.offset.start, m.offset.length]);
    }
  }
  return out;
}

// Each CoNLL document as {text, gold: [[start, end, type]]}.
function documents(file) {
  const docs = [];
  let text = "", gold = [], ent = null, sentOpen = false;
  const types = { PER: "PERSON", ORG: "ORG", LOC: "LOC", MISC: "MISC" };
  const close = () => { if (ent) gold.push(ent); ent = null; };
  const finish = () => { close(); if (text) docs.push({ text: text.replace(/\n+$/, ""), gold }); };
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      finish();
      text = ""; gold = []; sentOpen = false;
      continue;
    }
    if (!line.trim()) {
      close();
      if (sentOpen) text += "\n";
      sentOpen = false;
      continue;
    }
    const parts = line.split(" ");
    const word = parts[0], t = parts[parts.length - 1];
    const type = /^[BI]-/.test(t) ? types[t.slice(2)] : null;
    if (ent && (type !== ent[2] || t.startsWith("B-"))) close();
    if (sentOpen) text += " ";
    if (type && !ent) ent = [text.length, text.length, type];
    text += word;
    if (ent) ent[1] = text.length;
    sentOpen = true;
  }
  finish();
  return docs;
}

// [start, end) without edge whitespace and punctuation.
function trim(text, s, e) {
  while (s < e && TRIM.includes(text[s])) s++;
  while (e > s && TRIM.includes(text[e - 1])) e--;
  return s + ":" + e;
}

function speed() {
  const docs = fs.readFileSync(corpus, "utf8").split("\n\n");
  let bytes = 0, n = 0;
  const t0 = process.hrtime.bigint();
  let secs = 0;
  for (const d of docs) {
    n += tag(d).length;
    bytes += Buffer.byteLength(d);
    secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (secs > 3) break;
  }
  console.log(`compromise people/places/organizations  ${(bytes / 1e6 / secs).toFixed(2).padStart(7)} MB/s` +
              `  (${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s)`);
}

function accuracy() {
  if (!fs.existsSync(dev)) {
    console.log("compromise F1: skipped (../shared/data/ner/conll2003 absent)");
    return;
  }
  let tp = 0, fp = 0, fn = 0;
  for (const d of documents(dev)) {
    const want = new Map();
    for (const [s, e, t] of d.gold) {
      if (t === "MISC") continue;
      const k = trim(d.text, s, e) + t;
      want.set(k, (want.get(k) || 0) + 1);
    }
    for (const [t, s, len] of tag(d.text)) {
      const k = trim(d.text, s, s + len) + t;
      if (want.get(k)) { want.set(k, want.get(k) - 1); tp++; } else fp++;
    }
    for (const v of want.values()) fn += v;
  }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  const f = p + r ? 2 * p * r / (p + r) : 0;
  console.log(`compromise on CoNLL dev, PER+ORG+LOC, raw-text protocol: P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f.toFixed(4)}`);
}

speed();
accuracy();
