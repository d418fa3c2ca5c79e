-- report.sql -- the corpus report over sql/sample/ (run by `make demo`).
-- Loads every sample document into a table and prints figures computed by
-- textkit's functions.  Later families extend it.
.headers on
.mode box
CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, body TEXT);
INSERT INTO docs(name, body)
  SELECT 'sample/' || value, CAST(readfile('sql/sample/' || value) AS TEXT)
  FROM json_each('["000_e883b99e6786e584.txt","001_78030f9c6c91f2f6.txt","002_3e05964d87f74417.txt"]');
SELECT textkit_version() AS textkit, count(*) AS documents FROM docs;
