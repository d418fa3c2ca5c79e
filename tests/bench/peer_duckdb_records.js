// peer_duckdb_records.js -- the DuckDB peer of text_records(): read_csv and
// read_json (npm @duckdb/node-api, MIT) on the records.csv and
// records.jsonl that run_bench.py writes beside the corpus
// (make_records.py), the files bench_records reads.
//
//   node tests/bench/peer_duckdb_records.js --lib dist/textkit.so --corpus build/bench/news.txt
//
// In one in-memory DuckDB limited to one thread (every textkit bench runs on
// one core) it times, best of 3 runs each:
//   SELECT count(*), sum(length(content)) FROM read_csv(FILE, header=true)
//   the same on a copy of the CSV in /dev/shm (memory, no disk at all)
//   SELECT count(*), sum(length(content)) FROM read_json(FILE, format='newline_delimited')
// DuckDB reads the FILE (I/O included, the page cache warm after the first
// run), where bench_records parses bytes already in memory; the /dev/shm
// line shows how much of DuckDB's time the file system takes.  The figures
// (MB/s of the file's bytes, the row count and the content length sum) go
// to duckdb.txt beside the corpus as "records.*" lines; the lines that
// peer_duckdb.js wrote there in this run (the file is newer than the
// corpus) are kept.  Skips with a message when @duckdb/node-api is not
// installed (cd tests/bench && npm install).  --lib is accepted and unused.
"use strict";
const fs = require("fs");
const path = require("path");

const N_RUNS = 3;

const args = process.argv.slice(2);
const corpus = args[args.indexOf("--corpus") + 1];
const folder = path.dirname(corpus);

// Best-of-N_RUNS seconds of a one-row query, and its row.
async function bestOf(con, sql) {
  let best = Infinity, row;
  for (let r = 0; r < N_RUNS; r++) {
    const t0 = process.hrtime.bigint();
    const rows = (await con.runAndReadAll(sql)).getRowsJS();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    row = rows[0].map(Number);
  }
  return { secs: best, row };
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

// The lines of duckdb.txt that this run's peer_duckdb.js wrote (the file
// is newer than the corpus), without earlier records.* lines.
function keptLines(file) {
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(corpus).mtimeMs) return [];
  return fs.readFileSync(file, "utf8").split("\n")
    .filter((line) => line && !line.startsWith("records."));
}

async function main() {
  let DuckDBInstance;
  try {
    ({ DuckDBInstance } = require("@duckdb/node-api"));
  } catch (e) {
    console.log("DuckDB: skipped (@duckdb/node-api not installed; run: cd tests/bench && npm install)");
    return;
  }
  const csvFile = path.join(folder, "records.csv");
  const jsonlFile = path.join(folder, "records.jsonl");
  if (!fs.existsSync(csvFile) || !fs.existsSync(jsonlFile)) {
    console.log(`DuckDB records: skipped (${csvFile} or ${jsonlFile} absent; run_bench.py writes them)`);
    return;
  }
  const db = await DuckDBInstance.create(":memory:", { threads: "1" });
  const con = await db.connect();
  const version = (await con.runAndReadAll("SELECT version()")).getRowsJS()[0][0];
  console.log(`DuckDB ${version} (@duckdb/node-api), 1 thread, best of ${N_RUNS}; ` +
              "reads the FILE (I/O included, page cache warm), textkit parses bytes in memory");
  const out = [`records.version ${version.replace(/^v/, "")}`];
  out.push(...await timeReader(con, "records.csv", "read_csv(FILE, header=true)", csvFile,
                               "read_csv(header=true)"));
  out.push(...await timeShmCopy(con, csvFile));
  out.push(...await timeReader(con, "records.jsonl",
                               "read_json(FILE, format='newline_delimited')", jsonlFile,
                               "read_json(format='newline_delimited')"));
  con.closeSync();
  const txt = path.join(folder, "duckdb.txt");
  fs.writeFileSync(txt, [...keptLines(txt), ...out].join("\n") + "\n");
}

main().catch((e) => {
  console.error(`peer_duckdb_records: ${e.message}`);
  process.exit(1);
});
