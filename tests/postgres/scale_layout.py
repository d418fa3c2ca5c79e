#!/usr/bin/python3
"""scale_layout.py -- the scale-out layout of docs/postgres.md ("Scale-out")
on three running clusters, and the report's per-document queries; used by
tests/postgres/scaleout.py (the test) and tests/bench/bench_scale.py.

    from scale_layout import write_csv, build, QUERIES
    write_csv(folder, "docs.csv")          # id, name, body of every file
    build(coord, [shard0, shard1], "docs.csv")

Layout: textkit in schema textkit on every server. Each shard k holds
docs_k(id, name, body) and the views doc_tokens_k, doc_entities_k and
doc_minhash_k: the per-document queries over its own documents. The
coordinator has
  - docs, partitioned by hash of id, its partitions the foreign tables
    docs_k on shard k (postgres_fdw, the server option extensions
    'textkit' so textkit's functions may be shipped in the remote SQL);
  - doc_tokens, doc_entities and doc_minhash, partitioned the same way by
    doc_id, over the shards' views (the work runs where the documents are);
  - docs_local: the same rows in one plain table (the single-server run).
The corpus is loaded once through the coordinator (\\copy into docs routes
each row to its shard) and once into docs_local.
"""
import csv
import glob
import os

# name: (the query over a docs table {docs}, the columns of its rows)
QUERIES = {
    "tokens": ("SELECT d.id AS doc_id, count(*) AS tokens, count(*) FILTER (WHERE t.kind = 'word') AS words "
               "FROM {docs} d, textkit.tokens(d.body) t GROUP BY d.id",
               "doc_id bigint, tokens bigint, words bigint"),
    "entities": ("SELECT d.id AS doc_id, e.type, e.entity, e.canonical, e.norm, e.start, e.length, "
                 "e.score, e.source FROM {docs} d, textkit.entities(d.body, 'ref=auto') e",
                 "doc_id bigint, type text, entity text, canonical text, norm text, start integer, "
                 "length integer, score double precision, source text"),
    "minhash": ("SELECT d.id AS doc_id, textkit.minhash(d.body) AS sig FROM {docs} d "
                "WHERE textkit.token_count(d.body) > 0",
                "doc_id bigint, sig bytea"),
}


def write_csv(folder, path):
    """Every file under folder as a CSV row (id, name relative to folder,
    body), ids from 1 in name order; the number of rows."""
    files = sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        for i, name in enumerate(files, 1):
            with open(name, encoding="utf-8") as doc:
                writer.writerow([i, os.path.relpath(name, folder), doc.read()])
    return len(files)


def build(coord, shards, csv_path):
    """Create the layout on the running clusters and load csv_path."""
    n = len(shards)
    for k, shard in enumerate(shards):
        script = ("CREATE SCHEMA textkit; CREATE EXTENSION textkit SCHEMA textkit;\n"
                  f"CREATE TABLE docs_{k}(id bigint PRIMARY KEY, name text, body text);\n")
        for name, (query, _) in QUERIES.items():
            script += f"CREATE VIEW doc_{name}_{k} AS {query.format(docs=f'docs_{k}')};\n"
        shard.sql(script)
    script = ("CREATE SCHEMA textkit; CREATE EXTENSION textkit SCHEMA textkit;\n"
              "CREATE EXTENSION postgres_fdw;\n"
              "CREATE TABLE docs(id bigint, name text, body text) PARTITION BY HASH (id);\n"
              "CREATE TABLE docs_local(id bigint PRIMARY KEY, name text, body text);\n")
    for name, (_, columns) in QUERIES.items():
        script += f"CREATE TABLE doc_{name}({columns}) PARTITION BY HASH (doc_id);\n"
    for k, shard in enumerate(shards):
        script += (f"CREATE SERVER shard{k} FOREIGN DATA WRAPPER postgres_fdw OPTIONS ("
                   f"host '{shard.host}', port '{shard.port}', dbname 'postgres', "
                   "extensions 'textkit', async_capable 'true', fetch_size '1000', batch_size '100');\n"
                   f"CREATE USER MAPPING FOR CURRENT_USER SERVER shard{k} OPTIONS (user 'postgres');\n")
        for table in ["docs"] + [f"doc_{name}" for name in QUERIES]:
            script += (f"CREATE FOREIGN TABLE {table}_{k} PARTITION OF {table} "
                       f"FOR VALUES WITH (MODULUS {n}, REMAINDER {k}) "
                       f"SERVER shard{k} OPTIONS (table_name '{table}_{k}');\n")
    coord.sql(script)
    for table in ("docs", "docs_local"):
        coord.psql(["-c", f"\\copy {table} FROM '{csv_path}' CSV"])
    coord.sql("ANALYZE docs_local;")
    for k, shard in enumerate(shards):
        shard.sql(f"ANALYZE docs_{k};")
