// peer_markdown.js -- the peer for markdown_text(): remove-markdown (npm,
// the package that strips Markdown to plain text with regular
// expressions) on the same documents as tests/bench/bench_markup.c: the
// Markdown files of the repository's docs/ folder.
//
//   node tests/bench/peer_markdown.js --corpus build/bench/news.txt
//
// Prints its speed in MB of Markdown a second (timed passes over every
// file until at least 2 s of work, the best pass) and writes it beside the
// corpus, in markdown.txt ("remove_markdown.mbs <value>"), for
// bench_markup to print the ratio.  Without the package, or without the
// files, it says so and exits 0 (cd tests/bench && npm install).
"use strict";
const fs = require("fs");
const path = require("path");

// The module named name, or null when it is not installed.
function optional(name) {
  try {
    return require(name);
  } catch (e) {
    return null;
  }
}

// The value of option --name in the command line, or dflt.
function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

function main() {
  const removeMd = optional("remove-markdown");
  const docs = path.join(__dirname, "..", "..", "docs");
  const files = fs.existsSync(docs)
    ? fs.readdirSync(docs).filter((f) => f.endsWith(".md")).sort()
    : [];
  if (!removeMd || files.length === 0) {
    console.log("peer_markdown: remove-markdown or docs/*.md missing: skipped");
    return;
  }
  const texts = files.map((f) => fs.readFileSync(path.join(docs, f), "utf8"));
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  let best = Infinity, chars = 0;
  const t0 = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - t0) / 1e9 < 2) {
    const t1 = process.hrtime.bigint();
    chars = 0;
    for (const t of texts) chars += removeMd(t).length;
    best = Math.min(best, Number(process.hrtime.bigint() - t1) / 1e9);
  }
  const mbs = bytes / 1e6 / best;
  const version = require("remove-markdown/package.json").version;
  console.log(`remove-markdown ${version}: ${files.length} files of docs/, ` +
              `${(bytes / 1e6).toFixed(2)} MB: ${mbs.toFixed(1)} MB/s (${chars} chars out)`);
  const corpus = arg("corpus", "");
  if (corpus)
    fs.writeFileSync(path.join(path.dirname(corpus), "markdown.txt"),
                     `remove_markdown.mbs ${mbs}\n`);
}

main();
