/*
** pg_records.c -- the set-returning functions text_records(), text_tar(),
** text_zip() and text_email() and the scalar text_gunzip() in PostgreSQL:
**
**   SELECT record, line, fields::jsonb ->> 'title', error
**     FROM text_records(pg_read_file('/data/articles.csv'));
**   SELECT fields::jsonb FROM text_records(body, 'format=jsonl');
**   SELECT text_decode(text_gunzip(pg_read_binary_file('/data/p.html.gz')));
**   SELECT name, size
**     FROM text_tar(text_gunzip(pg_read_binary_file('/a.tgz')));
**   SELECT name, text_decode(data), error
**     FROM text_zip(pg_read_binary_file('/a.zip'));
**
** Columns as in the SQLite face: record (1-based among the data records),
** line (1-based line where it starts), fields (JSON as text: an object
** keyed by the header, an array with header=0, the line itself for jsonl)
** and error (NULL or words).  x is text or bytea (bytes as they are,
** invalid UTF-8 read as U+FFFD).  A materialized SRF: the iterator holds
** one record at a time and is freed before any error is raised.
*/
#include "pg_common.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(tk_pg_text_records);

/* The options argument (when given) parsed, or its error raised. */
static void parseOptions(FunctionCallInfo fcinfo, tk_records_options *pOpt) {
  tk_records_options_init(pOpt);
  if (PG_NARGS() < 2) return;
  size_t nOpt;
  const char *zOpt = tk_pg_text_arg(fcinfo, 1, "text_records", &nOpt);
  char *zErr = NULL;
  int rc = tk_records_options_parse(pOpt, zOpt, nOpt, &zErr);
  if (rc != TK_OK) tk_pg_error_rc("text_records", rc, zErr);
}

/* text_records(x [, options]): one row per record. */
Datum tk_pg_text_records(PG_FUNCTION_ARGS) {
  size_t n;
  const char *z = tk_pg_text_arg(fcinfo, 0, "text_records", &n);
  tk_records_options opt;
  parseOptions(fcinfo, &opt);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_records *pIter = NULL;
  int rc = tk_records_new(&opt, &pIter);
  if (rc != TK_OK) tk_pg_error_rc("text_records", rc, NULL);
  tk_work work;
  tk_pg_work_init(&work);
  tk_records_set_work(pIter, &work);
  tk_records_reset(pIter, z, n);
  tk_record r;
  while ((rc = tk_records_next(pIter, &r)) == 1) {
    Datum aVal[4];
    bool aNull[4] = {false, false, false, r.zError == NULL};
    aVal[0] = Int32GetDatum((int32)r.iRecord);
    aVal[1] = Int32GetDatum((int32)r.iLine);
    aVal[2] = PointerGetDatum(
        opt.eFormat == TK_RECORDS_JSONL
            ? tk_pg_bytes_text(r.zFields, r.nFields, "text_records")
            : cstring_to_text_with_len(r.zFields, (int)r.nFields));
    aVal[3] = r.zError ? CStringGetTextDatum(r.zError) : (Datum)0;
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    pfree(DatumGetPointer(aVal[2]));
    if (r.zError) pfree(DatumGetPointer(aVal[3]));
  }
  tk_records_free(pIter);
  if (rc != 0) tk_pg_error_rc("text_records", rc, NULL);
  return (Datum)0;
}

/* A new bytea holding z[0..n). */
static bytea *bytesToBytea(const char *z, size_t n) {
  bytea *p = (bytea *)palloc(VARHDRSZ + n);
  SET_VARSIZE(p, VARHDRSZ + n);
  if (n) memcpy(VARDATA(p), z, n);
  return p;
}

PG_FUNCTION_INFO_V1(tk_pg_text_gunzip);

/* text_gunzip(x bytea [, options text]): the gzip data inflated, as
** bytea; errors=null gives NULL for data that is not gzip, is damaged or
** inflates past max_bytes (default and largest: the most a bytea holds). */
Datum tk_pg_text_gunzip(PG_FUNCTION_ARGS) {
  bytea *pIn = PG_GETARG_BYTEA_PP(0);
  tk_gunzip_options opt;
  tk_gunzip_options_init(&opt, (size_t)(MaxAllocSize - VARHDRSZ));
  char *zErr = NULL;
  if (PG_NARGS() > 1) {
    size_t nOpt;
    const char *zOpt = tk_pg_text_arg(fcinfo, 1, "text_gunzip", &nOpt);
    int rc = tk_gunzip_options_parse(&opt, zOpt, nOpt, &zErr);
    if (rc != TK_OK) tk_pg_error_rc("text_gunzip", rc, zErr);
  }
  tk_buf b = {0};
  tk_work work;
  tk_pg_work_init(&work);
  int rc = tk_gunzip(VARDATA_ANY(pIn), VARSIZE_ANY_EXHDR(pIn), &opt, &work, &b,
                     &zErr);
  if (rc != TK_OK) {
    tk_buf_free(&b);
    if (tk_gunzip_gives_null(&opt, rc)) {
      tk_free(zErr);
      PG_RETURN_NULL();
    }
    tk_pg_error_rc("text_gunzip", rc, zErr);
  }
  bytea *pOut = bytesToBytea(b.z, b.n);
  tk_buf_free(&b);
  PG_RETURN_BYTEA_P(pOut);
}

PG_FUNCTION_INFO_V1(tk_pg_text_tar);

/* text_tar(x bytea): one row per regular file of the tar archive (name,
** size, data bytea, error NULL); a damaged archive ends with a row of
** NULLs but error. */
Datum tk_pg_text_tar(PG_FUNCTION_ARGS) {
  bytea *pIn = PG_GETARG_BYTEA_PP(0);
  const char *z = VARDATA_ANY(pIn);
  size_t n = VARSIZE_ANY_EXHDR(pIn), i = 0;
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_tar_member m;
  int rc;
  while ((rc = tk_tar_next(z, n, &i, &m)) != 0) {
    Datum aVal[4] = {0, 0, 0, 0};
    bool aNull[4] = {true, true, true, true};
    if (rc == 1) {
      bytea *pData = bytesToBytea(m.zData, m.nData);
      aVal[0] = PointerGetDatum(tk_pg_bytes_text(m.zName, m.nName, "text_tar"));
      aVal[1] = Int64GetDatum((int64)m.nData);
      aVal[2] = PointerGetDatum(pData);
      aNull[0] = aNull[1] = aNull[2] = false;
    } else {
      aVal[3] = CStringGetTextDatum(m.zError);
      aNull[3] = false;
    }
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    for (int k = 0; k < 4; k++)
      if (!aNull[k] && k != 1) pfree(DatumGetPointer(aVal[k]));
    if (rc != 1) break;
    CHECK_FOR_INTERRUPTS();
  }
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(tk_pg_text_zip);

/* One row of text_zip for member m: its name, size and bytes, or (NULL
** data) why they cannot be read. */
static void zipMemberRow(ReturnSetInfo *rsinfo, const tk_zip_member *m) {
  Datum aVal[4] = {0, 0, 0, 0};
  bool aNull[4] = {false, false, true, true};
  tk_buf name = {0}, data = {0};
  tk_zip_name(m, &name);
  aVal[0] = PointerGetDatum(tk_pg_buf_text(&name, "text_zip"));
  aVal[1] = Int64GetDatum((int64)m->nSize);
  tk_work work;
  tk_pg_work_init(&work);
  char *zErr = NULL;
  int rc =
      tk_zip_extract(m, (size_t)(MaxAllocSize - VARHDRSZ), &work, &data, &zErr);
  if (rc == TK_OK) {
    aVal[2] = PointerGetDatum(bytesToBytea(data.z, data.n));
    aNull[2] = false;
  } else if (rc == TK_EINVAL || rc == TK_ELIMIT) {
    aVal[3] = CStringGetTextDatum(zErr);
    aNull[3] = false;
  }
  tk_buf_free(&data);
  if (rc != TK_OK && aNull[3]) tk_pg_error_rc("text_zip", rc, zErr);
  tk_free(zErr);
  tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  for (int k = 0; k < 4; k++)
    if (!aNull[k] && k != 1) pfree(DatumGetPointer(aVal[k]));
}

/* text_zip(x bytea): one row per file of the zip archive (name, size,
** data bytea, error NULL or why the member cannot be read); a damaged
** archive ends with a row of NULLs but error. */
Datum tk_pg_text_zip(PG_FUNCTION_ARGS) {
  bytea *pIn = PG_GETARG_BYTEA_PP(0);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_zip zip;
  tk_zip_member m;
  tk_zip_open(&zip, VARDATA_ANY(pIn), VARSIZE_ANY_EXHDR(pIn));
  int rc;
  while ((rc = tk_zip_next(&zip, &m)) == 1) {
    zipMemberRow(rsinfo, &m);
    CHECK_FOR_INTERRUPTS();
  }
  if (rc == TK_ENOMEM) tk_pg_error_rc("text_zip", rc, NULL);
  if (rc < 0) {
    Datum aVal[4] = {0, 0, 0, CStringGetTextDatum(m.zError)};
    bool aNull[4] = {true, true, true, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
  }
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(tk_pg_text_email);

/* A text datum of a message field (tk_pg_bytes_text: a NUL decoded from
** base64 becomes U+FFFD, as text cannot hold it). */
static Datum fieldDatum(const tk_buf *b) {
  return PointerGetDatum(
      tk_pg_bytes_text(b->z ? b->z : "", b->n, "text_email"));
}

/* text_email(x bytea): one row per message (message, subject, sender,
** recipients, date, text, html), as in the SQLite face. */
Datum tk_pg_text_email(PG_FUNCTION_ARGS) {
  bytea *pIn = PG_GETARG_BYTEA_PP(0);
  const char *z = VARDATA_ANY(pIn);
  size_t n = VARSIZE_ANY_EXHDR(pIn), i = 0;
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
  tk_email e;
  memset(&e, 0, sizeof(e));
  int rc, iMessage = 0;
  while ((rc = tk_email_next(z, n, &i, &e)) == 1) {
    Datum aVal[7];
    bool aNull[7] = {false, false, false, false, e.date.n == 0, false, false};
    aVal[0] = Int32GetDatum(++iMessage);
    aVal[1] = fieldDatum(&e.subject);
    aVal[2] = fieldDatum(&e.sender);
    aVal[3] = fieldDatum(&e.recipients);
    aVal[4] = fieldDatum(&e.date);
    aVal[5] = fieldDatum(&e.text);
    aVal[6] = BoolGetDatum(e.bHtml != 0);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, aVal, aNull);
    for (int k = 1; k < 6; k++)
      pfree(DatumGetPointer(aVal[k]));
    CHECK_FOR_INTERRUPTS();
  }
  tk_email_free(&e);
  if (rc == TK_ENOMEM) tk_pg_error_rc("text_email", rc, NULL);
  return (Datum)0;
}
