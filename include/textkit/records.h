/*
** textkit/records.h -- the records of a CSV, TSV or JSON-lines text, one at
** a time (ext/core/records/), for text_records() on both faces; gzip
** data inflated, for text_gunzip(); the files of a tar archive, for
** text_tar().
**
**   tk_records_options o;  tk_records_options_init(&o);
**   rc = tk_records_options_parse(&o, "format=csv sep=;", 16, &zErr);
**   tk_records *p;  rc = tk_records_new(&o, &p);
**   tk_records_reset(p, z, n);
**   tk_record r;
**   while ((rc = tk_records_next(p, &r)) == 1) {
**     ... r.iRecord, r.iLine, r.zFields[0..r.nFields), r.zError ...
**   }
**   tk_records_free(p);
**
** Memory is proportional to one record (and the header): each call of
** tk_records_next builds the next record's fields.  docs/records.md gives
** the rules.
*/
#ifndef TEXTKIT_RECORDS_H
#define TEXTKIT_RECORDS_H

#ifdef __cplusplus
extern "C" {
#endif

/* The formats of format=. */
enum tk_records_format {
  TK_RECORDS_CSV = 0,
  TK_RECORDS_TSV = 1,
  TK_RECORDS_JSONL = 2
};

/* sep= of format=csv: TK_RECORDS_SEP_AUTO or the separator byte. */
#define TK_RECORDS_SEP_AUTO 0

/* The options of text_records(). */
typedef struct tk_records_options {
  int eFormat;  /* TK_RECORDS_CSV (default), _TSV, _JSONL */
  int bHeader;  /* csv/tsv: the first record names the fields (default 1) */
  char cSep;    /* csv: the separator, TK_RECORDS_SEP_AUTO (default) */
  int bSetHead; /* internal: header= was given */
  int bSetSep;  /* internal: sep= was given */
} tk_records_options;

/* The defaults: format=csv header=1 sep=auto. */
void tk_records_options_init(tk_records_options *p);
/* Parse "format=... header=... sep=..." into *p: TK_EINVAL with a message
** in *pzErr naming the valid keys or values, and for sep= with a format
** other than csv or header= with jsonl. */
int tk_records_options_parse(tk_records_options *p, const char *z, size_t n,
                             char **pzErr);

/* One record.  zFields and zError stay valid until the next call of
** tk_records_next or tk_records_reset. */
typedef struct tk_record {
  int64_t iRecord;     /* 1-based number among the data records */
  int64_t iLine;       /* 1-based line of the text where it starts */
  const char *zFields; /* csv/tsv: a JSON object (header=1) or array, valid
                          UTF-8; jsonl: the line itself, trimmed (its bytes
                          as they are, not necessarily valid UTF-8) */
  size_t nFields;
  const char *zError; /* NULL, or what is wrong with the record in words */
} tk_record;

/* An iterator over the records of one text. */
typedef struct tk_records tk_records;

/* A new iterator with options *pOpt (NULL: the defaults), over no text
** yet: TK_OK or TK_ENOMEM. */
int tk_records_new(const tk_records_options *pOpt, tk_records **ppOut);
/* Start over on z[0..n), which must stay valid while it is read; a leading
** byte order mark is skipped. */
void tk_records_reset(tk_records *p, const char *z, size_t n);
/* Poll pWork (textkit/base.h; NULL: never) about every megabyte read. */
void tk_records_set_work(tk_records *p, tk_work *pWork);
/* The next record into *pOut: 1, or 0 after the last one; TK_ENOMEM or
** TK_EINTERRUPT (the iterator then gives no more records). */
int tk_records_next(tk_records *p, tk_record *pOut);
/* Free the iterator (NULL is fine). */
void tk_records_free(tk_records *p);

/* ---------------------------------------------------------- text_gunzip */
/* The options of text_gunzip(). */
typedef struct tk_gunzip_options {
  size_t nMax;      /* max_bytes: the most bytes of output */
  size_t nLimit;    /* internal: the largest max_bytes may be */
  int bNullOnError; /* errors=null: damaged data or past max_bytes is NULL */
} tk_gunzip_options;

/* The defaults: max_bytes=nLimit (the face's largest value) errors=raise. */
void tk_gunzip_options_init(tk_gunzip_options *p, size_t nLimit);
/* Parse "max_bytes=N errors=raise|null" into *p; TK_EINVAL with a message
** in *pzErr naming the valid keys or values. */
int tk_gunzip_options_parse(tk_gunzip_options *p, const char *z, size_t n,
                            char **pzErr);
/* gzip data z[0..n) (its members one after another, as gunzip reads them;
** bytes after the last that start no member are ignored) inflated and
** appended to *pOut: TK_OK; TK_EINVAL with a message in *pzErr when it is
** not gzip data, is damaged or is cut short; TK_ELIMIT with a message past
** pOpt->nMax bytes; TK_ENOMEM; TK_EINTERRUPT when pWork's callback (polled
** about every 16 KB of output) says stop. */
int tk_gunzip(const char *z, size_t n, const tk_gunzip_options *pOpt,
              tk_work *pWork, tk_buf *pOut, char **pzErr);
/* 1 when errors=null turns tk_gunzip's result rc into a NULL: data that
** is not gzip, damaged, cut short or past max_bytes (never out of memory
** or an interrupt). */
int tk_gunzip_gives_null(const tk_gunzip_options *pOpt, int rc);

/* ------------------------------------------------------------- text_tar */
/* One regular file of a tar archive (tk_tar_next). */
typedef struct tk_tar_member {
  const char *zName; /* its path in the archive (not NUL-terminated) */
  size_t nName;
  const char *zData; /* its bytes, inside the archive */
  size_t nData;
  size_t iOffset;    /* the byte offset of its header */
  char zJoined[257]; /* internal: a ustar prefix/name joined */
  char zError[96];   /* what is wrong, after TK_EINVAL */
} tk_tar_member;

/* The next regular file of the tar archive z[0..n) (POSIX ustar, GNU long
** names, pax path=) from offset *pi, which moves past it: 1 with *m set
** (pointers into z), 0 at the end (two zero blocks, or the end of z),
** TK_EINVAL with m->zError ("damaged tar header at byte N", "tar member
** cut short at byte N") when the archive is damaged.  Directories, links
** and devices are passed over. */
int tk_tar_next(const char *z, size_t n, size_t *pi, tk_tar_member *m);

/* ------------------------------------------------------------- text_zip */
/* A zip archive being read (tk_zip_open, tk_zip_next). */
typedef struct tk_zip {
  const unsigned char *z; /* the archive */
  size_t n;
  size_t iShift;  /* bytes before the archive (a self-extracting stub) */
  size_t iNext;   /* the next central directory entry */
  uint64_t nLeft; /* entries left to read */
  size_t iPrevHead, iPrevEnd; /* the last member's local header and end */
  int bOpen;                  /* the directory was found */
  int bLocal;        /* cut before its directory: walking local headers */
  size_t nLocalRead; /* files read by that walk */
} tk_zip;

/* One file of a zip archive (tk_zip_next). */
typedef struct tk_zip_member {
  const char *zName; /* its path as stored (tk_zip_name gives UTF-8) */
  size_t nName;
  const char *zPacked; /* its bytes as stored, inside the archive */
  size_t nPacked;
  uint64_t nSize;  /* the size its entry says it inflates to */
  uint32_t iCrc;   /* the CRC-32 its entry says */
  unsigned method; /* 0 stored, 8 deflate, others not read */
  unsigned flags;  /* general purpose flags (bit 0: encrypted) */
  char zError[96]; /* what is wrong, after TK_EINVAL */
} tk_zip_member;

/* Start reading the zip archive z[0..n) (kept, not copied). */
void tk_zip_open(tk_zip *p, const char *z, size_t n);
/* The next file of the archive (directories are passed over): 1 with *m
** set, 0 after the last, TK_EINVAL with m->zError ("not a zip archive (no
** central directory in its N bytes)", "zip member cut short at byte N")
** when it is not a zip archive or is damaged; the files before stay good.
** An archive cut before its central directory is read by its local
** headers up to the cut, which then ends it ("zip archive cut short at
** byte N (no central directory; K files before it read)");
** TK_ENOMEM. */
int tk_zip_next(tk_zip *p, tk_zip_member *m);
/* Append m's path to pOut as UTF-8 (code page 437 read when the entry
** is neither flagged nor valid UTF-8). */
void tk_zip_name(const tk_zip_member *m, tk_buf *pOut);
/* m's bytes, stored or deflated, appended to pOut and checked against
** its CRC-32 and size: TK_OK; TK_EINVAL with a message in *pzErr when it
** is encrypted, compressed by another method or damaged; TK_ELIMIT when
** its entry says more than nMax bytes; TK_ENOMEM; TK_EINTERRUPT when
** pWork's callback says stop. */
int tk_zip_extract(const tk_zip_member *m, size_t nMax, tk_work *pWork,
                   tk_buf *pOut, char **pzErr);

/* ----------------------------------------------------------- text_email */
/* One e-mail message (tk_email_next); its buffers are reused from one
** message to the next. */
typedef struct tk_email {
  tk_buf subject;    /* Subject:, encoded words decoded (UTF-8) */
  tk_buf sender;     /* From: */
  tk_buf recipients; /* To: */
  tk_buf date;       /* Date: as "YYYY-MM-DD HH:MM:SS+hh:mm", or as written */
  tk_buf text;       /* the body's text parts, decoded (UTF-8) */
  int bHtml;         /* text is HTML (the message has no text/plain part) */
  int bMbox;         /* internal: the input is an mbox */
} tk_email;

/* The next message of z[0..n) (one message, or an mbox when it starts
** with "From ") from *pi, which moves past it: 1 with *p filled, 0 at the
** end, TK_ENOMEM.  Parsing never fails: what is missing is empty. */
int tk_email_next(const char *z, size_t n, size_t *pi, tk_email *p);
/* Free p's buffers. */
void tk_email_free(tk_email *p);

#ifdef __cplusplus
}
#endif
#endif /* TEXTKIT_RECORDS_H */
