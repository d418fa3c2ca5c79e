// peer_duckdb.js -- the peer for string similarity, regular expressions and
// CSV / JSON-lines reading:
// DuckDB (npm @duckdb/node-api, MIT), its built-in SQL functions on the same
// data and in the same query shape as bench_strsim.c and bench_regex.c.
//
//   node tests/bench/peer_duckdb.js --lib dist/textkit.so --corpus build/bench/news.txt
//
// In one in-memory DuckDB limited to one thread (every textkit bench runs on
// one core), it builds the three pair tables of bench_strsim.c from the
// corpus the same deterministic way (200,000 consecutive words; 1,000
// unrelated 500-byte passages; the same passages against a copy with ~5%
// edits from the same LCG) and times SELECT sum(f(a, b)) FROM pairs for
// levenshtein, damerau_levenshtein, jaro_similarity and
// jaro_winkler_similarity; then the corpus lines of bench_regex.c with
// SELECT count(*) FROM lines WHERE regexp_matches(line, DATE_PATTERN);
// then read_csv and read_json on records.csv and records.jsonl, which
// run_bench.py writes beside the corpus (the files bench_records.c times
// text_records on).  Best of 3 runs each.  It prints DuckDB's figures and writes them to
// duckdb.txt beside the corpus as "key value" lines, with an FNV-1a hash of
// each pair table, the sums and the match count, so that bench_strsim and
// bench_regex (run after the peers by run_bench.py) print textkit / DuckDB
// only when they timed the same pairs, and say whether the answers agree.
// Skips with a message when @duckdb/node-api is not installed (cd
// tests/bench && npm install).  --lib is accepted and unused.  DuckDB's fts
// extension (stem(), match_bm25) is left out: INSTALL fts downloads it at
// run time, which fails on a machine that reaches only package registries.
"use strict";
const fs = require("fs");
const path = require("path");

const N_RUNS = 3;
const N_WORD_PAIRS = 200000;
const N_PASSAGES = 1000;
const PASSAGE_BYTES = 500;
const FUNCTIONS = ["levenshtein", "damerau_levenshtein", "jaro_similarity",
                   "jaro_winkler_similarity"];
// bench_regex.c's DATE_PATTERN, character for character.
const DATE_PATTERN =
  "\\b(?:\\d{1,2}\\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|" +
  "May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|" +
  "Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+\\d{4})?" +
  "|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|" +
  "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|" +
  "Dec(?:ember)?)\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?" +
  "|\\d{4}-\\d{2}-\\d{2})\\b";

const args = process.argv.slice(2);
const corpus = args[args.indexOf("--corpus") + 1];

// True for the bytes that separate words in bench_strsim.c.
function isSeparator(c) {
  return c === 0x20 || c === 0x0a;
}

// [a, b] byte buffers of consecutive words, as bench_strsim.c cuts them.
function wordPairs(z) {
  const pairs = [];
  let i = 0, prev = null;
  while (i < z.length && pairs.length < N_WORD_PAIRS) {
    while (i < z.length && isSeparator(z[i])) i++;
    const s = i;
    while (i < z.length && !isSeparator(z[i])) i++;
    if (i === s) break;
    if (prev) pairs.push([prev, z.subarray(s, i)]);
    prev = z.subarray(s, i);
  }
  return pairs;
}

// The passage pairs and the edited pairs of bench_strsim.c: passage k
// against passage k + 1, and passage k against a copy with random deletes,
// inserts, transpositions and substitutions drawn from its 32-bit LCG.
function passagePairs(z) {
  const passages = [], edited = [];
  let seed = 12345;
  for (let k = 0; k < N_PASSAGES && (k + 2) * PASSAGE_BYTES < z.length; k++) {
    const a = z.subarray(k * PASSAGE_BYTES, (k + 1) * PASSAGE_BYTES);
    passages.push([a, z.subarray((k + 1) * PASSAGE_BYTES, (k + 2) * PASSAGE_BYTES)]);
    const buf = [];
    for (let j = 0; j < PASSAGE_BYTES; j++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const r = (seed >>> 16) % 100;
      if (r === 0) continue; // delete
      if (r === 1) buf.push(0x61 + (seed % 26)); // insert
      if (r === 2 && j + 1 < PASSAGE_BYTES) { // transpose
        buf.push(a[j + 1], a[j]);
        j++;
        continue;
      }
      buf.push(r === 3 ? 0x78 : a[j]); // substitute or keep
    }
    edited.push([a, Buffer.from(buf)]);
  }
  return { passages, edited };
}

// The corpus lines of bench_regex.c (split on '\n'; no line after a final
// newline) and their bytes.
function corpusLines(z) {
  const lines = [];
  let bytes = 0;
  for (let i = 0; i < z.length;) {
    let j = z.indexOf(0x0a, i);
    if (j < 0) j = z.length;
    lines.push(z.toString("utf8", i, j));
    bytes += j - i;
    i = j + 1;
  }
  return { lines, bytes };
}

// 32-bit FNV-1a of the pairs' bytes as DuckDB stores them (UTF-8, a
// malformed byte replaced by U+FFFD), each string followed by a 0 byte;
// bench_strsim.c hashes its tables the same way.
function pairsHash(strPairs) {
  let h = 0x811c9dc5;
  for (const pair of strPairs) {
    for (const s of pair) {
      for (const c of Buffer.from(s, "utf8")) h = Math.imul(h ^ c, 0x01000193) >>> 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h;
}

// Create table name(a VARCHAR, b VARCHAR) holding strPairs.
async function loadPairs(con, name, strPairs) {
  await con.run(`CREATE TABLE ${name}(a VARCHAR, b VARCHAR)`);
  const app = await con.createAppender(name);
  for (const [a, b] of strPairs) {
    app.appendVarchar(a);
    app.appendVarchar(b);
    app.endRow();
  }
  app.closeSync();
}

// Best-of-N_RUNS seconds of a one-row query, and its first value.
async function bestOf(con, sql) {
  let best = Infinity, row;
  for (let r = 0; r < N_RUNS; r++) {
    const t0 = process.hrtime.bigint();
    const rows = (await con.runAndReadAll(sql)).getRowsJS();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    row = rows[0].map(Number);
  }
  return { secs: best, value: row[0], row };
}

// Time each similarity function on each pair table; returns "key value"
// lines for duckdb.txt.
async function benchStrsim(con, z) {
  const { passages, edited } = passagePairs(z);
  const tables = { words: wordPairs(z), passages, edited };
  const out = [];
  for (const [name, pairs] of Object.entries(tables)) {
    const strPairs = pairs.map(([a, b]) => [a.toString("utf8"), b.toString("utf8")]);
    await loadPairs(con, name, strPairs);
    out.push(`${name}.hash ${pairsHash(strPairs)}`, `${name}.rows ${strPairs.length}`);
    for (const fn of FUNCTIONS) {
      const { secs, value } = await bestOf(con, `SELECT sum(${fn}(a, b))::DOUBLE FROM ${name}`);
      const rate = strPairs.length / secs;
      console.log(`  DuckDB ${fn.padEnd(24)} ${name.padEnd(9)} ${rate.toFixed(0).padStart(12)} calls/s` +
                  `  sum ${value}`);
      out.push(`${fn}.${name} ${rate}`, `${fn}.${name}.sum ${value}`);
    }
  }
  return out;
}

// Time the date pattern over the corpus lines and (a+)+$ on 40 a's and a
// 'b'; returns "key value" lines for duckdb.txt.
async function benchRegex(con, z) {
  const { lines, bytes } = corpusLines(z);
  await con.run("CREATE TABLE lines(line VARCHAR)");
  const app = await con.createAppender("lines");
  for (const line of lines) {
    app.appendVarchar(line);
    app.endRow();
  }
  app.closeSync();
  const pattern = DATE_PATTERN.replace(/'/g, "''");
  const { secs, value } = await bestOf(
    con, `SELECT count(*) FROM lines WHERE regexp_matches(line, '${pattern}')`);
  const mbs = bytes / 1e6 / secs;
  console.log(`  DuckDB regexp_matches date pattern, ${lines.length} lines, ` +
              `${(bytes / 1e6).toFixed(1)} MB: ${mbs.toFixed(1)} MB/s (${value} lines match)`);
  const cat = await bestOf(con, "SELECT regexp_matches(repeat('a', 40) || 'b', '(a+)+$')::INT");
  console.log(`  DuckDB regexp_matches (a+)+$ on 40 a's + b: ${cat.secs.toFixed(4)} s ` +
              `(returned ${cat.value ? "true" : "false"}; RE2 has no backtracking)`);
  return [`regex.lines ${lines.length}`, `regex.mbs ${mbs}`, `regex.matches ${value}`,
          `regex.catastrophic_secs ${cat.secs}`];
}

// Time the count/sum query over reader, a table function call in which
// FILE stands for the quoted path of file; print its line and return its
// "key value" lines under key.
async function timeReader(con, key, reader, file, label) {
  const bytes = fs.statSync(file).size;
  const sql = "SELECT count(*), sum(length(content)) FROM " +
    reader.replace("FILE", `'${file.replace(/'/g, "''")}'`);
  const { secs, row } = await bestOf(con, sql);
  const mbs = bytes / 1e6 / secs;
  console.log(`  DuckDB ${label.padEnd(40)} ${(bytes / 1e6).toFixed(1).padStart(6)} MB ` +
              `${mbs.toFixed(1).padStart(8)} MB/s  ${row[0]} rows, content ${row[1]} chars`);
  return [`${key}.mbs ${mbs}`, `${key}.rows ${row[0]}`, `${key}.content_chars ${row[1]}`];
}

// read_csv on a copy of csvFile in /dev/shm, removed after; no lines when
// /dev/shm cannot hold it.
async function timeShmCopy(con, csvFile) {
  const copy = path.join("/dev/shm", `textkit-bench-records-${process.pid}.csv`);
  try {
    fs.copyFileSync(csvFile, copy);
  } catch (e) {
    console.log(`  DuckDB read_csv on /dev/shm: skipped (${e.message})`);
    return [];
  }
  try {
    return await timeReader(con, "records.csv_shm", "read_csv(FILE, header=true)", copy,
                            "read_csv, a copy in /dev/shm");
  } finally {
    fs.unlinkSync(copy);
  }
}

// DuckDB's read_csv and read_json on the records files that run_bench.py
// wrote beside the corpus (make_records.py): the peers of bench_records.
async function benchRecords(con) {
  const folder = path.dirname(corpus);
  const csvFile = path.join(folder, "records.csv");
  const jsonlFile = path.join(folder, "records.jsonl");
  if (!fs.existsSync(csvFile) || !fs.existsSync(jsonlFile)) {
    console.log(`  DuckDB records: skipped (${csvFile} or ${jsonlFile} absent; run_bench.py writes them)`);
    return [];
  }
  console.log("  records files: DuckDB reads the FILE (I/O included, page cache warm), " +
              "textkit parses bytes in memory");
  return [
    ...await timeReader(con, "records.csv", "read_csv(FILE, header=true)", csvFile,
                        "read_csv(header=true)"),
    ...await timeShmCopy(con, csvFile),
    ...await timeReader(con, "records.jsonl", "read_json(FILE, format='newline_delimited')",
                        jsonlFile, "read_json(format='newline_delimited')")];
}

async function main() {
  let DuckDBInstance;
  try {
    ({ DuckDBInstance } = require("@duckdb/node-api"));
  } catch (e) {
    console.log("DuckDB: skipped (@duckdb/node-api not installed; run: cd tests/bench && npm install)");
    return;
  }
  const z = fs.readFileSync(corpus);
  const db = await DuckDBInstance.create(":memory:", { threads: "1" });
  const con = await db.connect();
  const version = (await con.runAndReadAll("SELECT version()")).getRowsJS()[0][0];
  console.log(`DuckDB ${version} (@duckdb/node-api), 1 thread, best of ${N_RUNS}; ` +
              "the pairs and lines of bench_strsim and bench_regex, the files of bench_records");
  const out = [`version ${version.replace(/^v/, "")}`];
  out.push(...await benchStrsim(con, z));
  out.push(...await benchRegex(con, z));
  out.push(...await benchRecords(con));
  con.closeSync();
  fs.writeFileSync(path.join(path.dirname(corpus), "duckdb.txt"), out.join("\n") + "\n");
}

main().catch((e) => {
  console.error(`peer_duckdb: ${e.message}`);
  process.exit(1);
});
