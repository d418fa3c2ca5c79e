/*
** records/zip.c -- the files of a zip archive, one at a time, read from
** its central directory and inflated with zlib, for text_zip() on both
** faces: a corpus shipped as articles.zip is read without unpacking it.
**
**   tk_zip zip;  tk_zip_member m;
**   tk_zip_open(&zip, z, n);
**   while ((rc = tk_zip_next(&zip, &m)) == 1) {
**     tk_zip_name(&m, &name);                    // UTF-8
**     rc2 = tk_zip_extract(&m, nMax, pWork, &data, &zErr);
**   }
**   if (rc < 0) ... m.zError says what is wrong and where ...
**
** The central directory at the end of the archive lists the members
** (zip64 archives too, and archives with bytes before them, such as a
** self-extracting stub); directories are passed over.  Members stored
** (method 0) or deflated (8) are read and their CRC-32 checked; any other
** method, or encryption, is a member's error, as is a member that
** inflates to another size than its entry says, so a lying size cannot
** make it hold more.  A damaged directory stops the walk with a message,
** never a read past the archive's end.  An archive cut before its
** directory (a download that stopped) is walked by its local headers
** instead, so the files before the cut are read, and the walk ends with a
** message saying where it was cut.
*/
#include "records_internal.h"

#include <stdio.h>
#include <string.h>

#define ZIP_EOCD_SIZE 22        /* end of central directory record */
#define ZIP_LOCATOR_SIZE 20     /* zip64 end of central directory locator */
#define ZIP_EOCD64_SIZE 56      /* zip64 end of central directory record */
#define ZIP_CENTRAL_SIZE 46     /* central directory entry, before its name */
#define ZIP_LOCAL_SIZE 30       /* local header, before its name */
#define ZIP_MAX_COMMENT 0xffff  /* the longest archive comment */
#define ZIP_FLAG_ENCRYPTED 0x1  /* general purpose flag bit 0 */
#define ZIP_FLAG_DESCRIPTOR 0x8 /* bit 3: crc and sizes follow the data */
#define ZIP_FLAG_UTF8 0x800     /* bit 11: the name is UTF-8 */
#define ZIP_EXTRA_ZIP64 0x0001  /* the extra field of 64-bit sizes */
#define ZIP_SIZE_HINT_MAX ((size_t)64 << 20) /* most reserved at once */

/* The little-endian number of 2, 4 or 8 bytes at z. */
static uint64_t le16(const unsigned char *z) {
  return (uint64_t)z[0] | (uint64_t)z[1] << 8;
}
static uint64_t le32(const unsigned char *z) {
  return le16(z) | le16(z + 2) << 16;
}
static uint64_t le64(const unsigned char *z) {
  return le32(z) | le32(z + 4) << 32;
}

/* Set m's error to "zWhat at byte i" and return TK_EINVAL. */
static int zipError(tk_zip_member *m, const char *zWhat, uint64_t i) {
  snprintf(m->zError, sizeof(m->zError), "%s at byte %llu", zWhat,
           (unsigned long long)i);
  return TK_EINVAL;
}

/* The offset of the end of central directory record of z[0..n): the last
** "PK\5\6" whose comment ends within z; n when there is none. */
static size_t findEnd(const unsigned char *z, size_t n) {
  if (n < ZIP_EOCD_SIZE) return n;
  size_t iLow = n - ZIP_EOCD_SIZE > ZIP_MAX_COMMENT
                    ? n - ZIP_EOCD_SIZE - ZIP_MAX_COMMENT
                    : 0;
  for (size_t i = n - ZIP_EOCD_SIZE + 1; i-- > iLow;) {
    if (memcmp(z + i, "PK\5\6", 4) == 0 &&
        i + ZIP_EOCD_SIZE + le16(z + i + 20) <= n) {
      return i;
    }
  }
  return n;
}

/* Read the directory's place from the zip64 records before the end
** record at iEnd (they hold it when the end record's fields are full, and
** are then the ones to read even for the fields that fit): TK_OK with
**pnEntries, *piDir (as the archive says it)
** and *piShift (how far the archive starts into z), or TK_EINVAL. */
static int readZip64End(tk_zip *p, size_t iEnd, tk_zip_member *m,
                        uint64_t *pnEntries, uint64_t *piDir,
                        uint64_t *piShift) {
  const unsigned char *z = p->z;
  if (iEnd < ZIP_LOCATOR_SIZE ||
      memcmp(z + iEnd - ZIP_LOCATOR_SIZE, "PK\6\7", 4) != 0) {
    return zipError(m, "zip64 archive without its locator", iEnd);
  }
  uint64_t iRecSaid = le64(z + iEnd - ZIP_LOCATOR_SIZE + 8);
  /* the zip64 record sits just before the locator */
  if (iEnd < ZIP_LOCATOR_SIZE + ZIP_EOCD64_SIZE) {
    return zipError(m, "damaged zip64 end record", iEnd);
  }
  size_t iRec = iEnd - ZIP_LOCATOR_SIZE - ZIP_EOCD64_SIZE;
  if (memcmp(z + iRec, "PK\6\6", 4) != 0 || iRecSaid > iRec) {
    return zipError(m, "damaged zip64 end record", iRec);
  }
  *pnEntries = le64(z + iRec + 32);
  uint64_t nDir = le64(z + iRec + 40);
  *piDir = le64(z + iRec + 48);
  *piShift = iRec - iRecSaid;
  if (nDir > iRecSaid || *piDir > iRecSaid - nDir) {
    return zipError(m, "damaged zip64 end record", iRec);
  }
  return TK_OK;
}

/* Find the central directory: TK_OK with p->iNext and p->nLeft set (or,
** for an archive cut before its directory, p->bLocal), or TK_EINVAL with
** m->zError. */
static int openDirectory(tk_zip *p, tk_zip_member *m) {
  const unsigned char *z = p->z;
  size_t n = p->n, iEnd = findEnd(z, n);
  if (iEnd == n) {
    if (n >= 4 && memcmp(z, "PK\3\4", 4) == 0) {
      p->bLocal = 1; /* cut short: walk its local headers */
      p->iNext = 0;
      return TK_OK;
    }
    snprintf(m->zError, sizeof(m->zError),
             "not a zip archive (no central directory in its %zu bytes)", n);
    return TK_EINVAL;
  }
  if (le16(z + iEnd + 4) != 0 || le16(z + iEnd + 6) != 0) {
    return zipError(m, "zip archive in several parts: join them first", iEnd);
  }
  uint64_t nEntries = le16(z + iEnd + 10), nDir = le32(z + iEnd + 12);
  uint64_t iDir = le32(z + iEnd + 16), iShift = 0;
  int bLocator = iEnd >= ZIP_LOCATOR_SIZE &&
                 memcmp(z + iEnd - ZIP_LOCATOR_SIZE, "PK\6\7", 4) == 0;
  if (bLocator || nEntries == 0xffff || nDir == 0xffffffff ||
      iDir == 0xffffffff) {
    int rc = readZip64End(p, iEnd, m, &nEntries, &iDir, &iShift);
    if (rc != TK_OK) return rc;
  } else {
    if (nDir > iEnd || iDir > iEnd - nDir) {
      return zipError(m, "damaged zip end record", iEnd);
    }
    iShift = iEnd - nDir - iDir; /* bytes before the archive */
  }
  p->iShift = iShift;
  p->iNext = iDir + iShift;
  p->nLeft = nEntries;
  return TK_OK;
}

/* Start reading the zip archive z[0..n) (nothing is read until
** tk_zip_next). */
void tk_zip_open(tk_zip *p, const char *z, size_t n) {
  memset(p, 0, sizeof(*p));
  p->z = (const unsigned char *)z;
  p->n = n;
}

/* The 64-bit sizes and offset of the zip64 extra field in x[0..nx), for
** those of *pnSize, *pnPacked and *piLocal that are 0xffffffff (in that
** order): TK_OK, or TK_EINVAL when the field is missing or too short. */
static int readZip64Extra(const unsigned char *x, size_t nx, uint64_t *pnSize,
                          uint64_t *pnPacked, uint64_t *piLocal) {
  size_t i = 0;
  while (i + 4 <= nx) {
    size_t id = (size_t)le16(x + i), nField = (size_t)le16(x + i + 2);
    if (nField > nx - i - 4) return TK_EINVAL;
    if (id == ZIP_EXTRA_ZIP64) {
      const unsigned char *f = x + i + 4, *fEnd = f + nField;
      uint64_t *ap[3] = {pnSize, pnPacked, piLocal};
      for (int k = 0; k < 3; k++) {
        if (*ap[k] != 0xffffffff) continue;
        if (fEnd - f < 8) return TK_EINVAL;
        *ap[k] = le64(f);
        f += 8;
      }
      return TK_OK;
    }
    i += 4 + nField;
  }
  return TK_EINVAL;
}

/* Fill m from the central directory entry at p->iNext (and the local
** header it points at) and move past it: TK_OK or TK_EINVAL. */
static int readEntry(tk_zip *p, tk_zip_member *m) {
  const unsigned char *z = p->z;
  size_t n = p->n, i = p->iNext;
  if (i > n || n - i < ZIP_CENTRAL_SIZE || memcmp(z + i, "PK\1\2", 4) != 0) {
    return zipError(m, "damaged zip central directory", i);
  }
  size_t nName = (size_t)le16(z + i + 28), nExtra = (size_t)le16(z + i + 30);
  size_t nComment = (size_t)le16(z + i + 32);
  if (nName + nExtra + nComment > n - i - ZIP_CENTRAL_SIZE) {
    return zipError(m, "zip central directory cut short", i);
  }
  m->flags = (unsigned)le16(z + i + 8);
  m->method = (unsigned)le16(z + i + 10);
  m->iCrc = (uint32_t)le32(z + i + 16);
  uint64_t nPacked = le32(z + i + 20), nSize = le32(z + i + 24);
  uint64_t iLocal = le32(z + i + 42);
  m->zName = (const char *)z + i + ZIP_CENTRAL_SIZE;
  m->nName = nName;
  if ((nPacked == 0xffffffff || nSize == 0xffffffff || iLocal == 0xffffffff) &&
      readZip64Extra(z + i + ZIP_CENTRAL_SIZE + nName, nExtra, &nSize, &nPacked,
                     &iLocal) != TK_OK) {
    return zipError(m, "damaged zip64 sizes in the central directory", i);
  }
  p->iNext = i + ZIP_CENTRAL_SIZE + nName + nExtra + nComment;
  m->nSize = nSize;
  /* the data follows the local header, whose name and extra field may
  ** differ in length from the central entry's */
  if (iLocal > n - p->iShift) return zipError(m, "zip member missing", i);
  size_t iHead = (size_t)(iLocal + p->iShift);
  if (n - iHead < ZIP_LOCAL_SIZE || memcmp(z + iHead, "PK\3\4", 4) != 0) {
    return zipError(m, "damaged zip local header", iHead);
  }
  size_t iData = iHead + ZIP_LOCAL_SIZE + (size_t)le16(z + iHead + 26) +
                 (size_t)le16(z + iHead + 28);
  if (iData > n || nPacked > n - iData) {
    return zipError(m, "zip member cut short", iHead);
  }
  /* a member that starts inside the one before it shares its bytes: the
  ** "overlapping" zip bomb, where each entry inflates the whole */
  if (p->iPrevEnd > 0 && iHead >= p->iPrevHead && iHead < p->iPrevEnd) {
    return zipError(m, "zip members overlap (a zip bomb?)", iHead);
  }
  p->iPrevHead = iHead;
  p->iPrevEnd = iData + (size_t)nPacked;
  m->zPacked = (const char *)z + iData;
  m->nPacked = (size_t)nPacked;
  return TK_OK;
}

/* The length of the deflate stream at the start of z[0..n) (a member
** whose sizes follow its data): TK_OK with it in *pnPacked and what it
** inflates to in *pnSize; TK_EINVAL when it is damaged or cut; TK_ENOMEM.
** The output is counted, not kept. */
static int deflatedLength(const unsigned char *z, size_t n, size_t *pnPacked,
                          size_t *pnSize) {
  z_stream zs;
  if (tk_records__inflate_init(&zs, -MAX_WBITS) != TK_OK) return TK_ENOMEM;
  size_t i = 0, nOut = 0;
  char *zErr = 0;
  int rc = tk_records__inflate(&zs, z, n, &i, SIZE_MAX / 2, &nOut, NULL, NULL,
                               "deflate data", &zErr);
  inflateEnd(&zs);
  tk_free(zErr);
  *pnPacked = i;
  *pnSize = nOut;
  return rc;
}

/* Stop the walk of a cut archive at byte i: TK_EINVAL with a message
** that says so and how many files were read before. */
static int localCut(tk_zip *p, tk_zip_member *m, size_t i) {
  snprintf(m->zError, sizeof(m->zError),
           "zip archive cut short at byte %zu (no central directory; %zu "
           "file%s before it read)",
           i, p->nLocalRead, p->nLocalRead == 1 ? "" : "s");
  return TK_EINVAL;
}

/* Fill m from the local header at p->iNext of an archive cut before its
** central directory, and move past the member: TK_OK; TK_EINVAL (with
** m->zError) where the walk stops; TK_ENOMEM.  A member whose sizes follow
** its data (flag bit 3) is measured by inflating it, so only when it is
** deflated. */
static int readLocal(tk_zip *p, tk_zip_member *m) {
  const unsigned char *z = p->z;
  size_t n = p->n, i = p->iNext;
  if (n - i >= 4 && memcmp(z + i, "PK\1\2", 4) == 0) {
    snprintf(m->zError, sizeof(m->zError),
             "zip archive cut short in its central directory (%zu file%s "
             "read)",
             p->nLocalRead, p->nLocalRead == 1 ? "" : "s");
    return TK_EINVAL;
  }
  if (n - i < ZIP_LOCAL_SIZE || memcmp(z + i, "PK\3\4", 4) != 0) {
    return localCut(p, m, i);
  }
  size_t nName = (size_t)le16(z + i + 26), nExtra = (size_t)le16(z + i + 28);
  size_t iData = i + ZIP_LOCAL_SIZE + nName + nExtra;
  if (iData > n) return localCut(p, m, i);
  m->flags = (unsigned)le16(z + i + 6);
  m->method = (unsigned)le16(z + i + 8);
  m->iCrc = (uint32_t)le32(z + i + 14);
  uint64_t nPacked = le32(z + i + 18), nSize = le32(z + i + 22), iUnused = 0;
  int bZip64 = nPacked == 0xffffffff || nSize == 0xffffffff;
  if (bZip64 && readZip64Extra(z + i + ZIP_LOCAL_SIZE + nName, nExtra, &nSize,
                               &nPacked, &iUnused) != TK_OK) {
    return zipError(m, "damaged zip64 sizes in a local header", i);
  }
  size_t iNext;
  if (m->flags & ZIP_FLAG_DESCRIPTOR) {
    size_t nP, nS;
    if (m->method != 8) return localCut(p, m, i); /* its end is unknown */
    int rc = deflatedLength(z + iData, n - iData, &nP, &nS);
    if (rc == TK_ENOMEM) return rc;
    if (rc != TK_OK) return localCut(p, m, i);
    /* the descriptor: [PK 7 8] crc, then sizes of 4 bytes (8 in zip64) */
    size_t iDesc = iData + nP, nSizes = bZip64 ? 16 : 8;
    if (n - iDesc >= 4 && memcmp(z + iDesc, "PK\7\10", 4) == 0) iDesc += 4;
    if (n - iDesc < 4 + nSizes) return localCut(p, m, i);
    m->iCrc = (uint32_t)le32(z + iDesc);
    nPacked = nP;
    nSize = nS;
    iNext = iDesc + 4 + nSizes;
  } else {
    if (nPacked > n - iData) return localCut(p, m, i);
    iNext = iData + (size_t)nPacked;
  }
  m->zName = (const char *)z + i + ZIP_LOCAL_SIZE;
  m->nName = nName;
  m->zPacked = (const char *)z + iData;
  m->nPacked = (size_t)nPacked;
  m->nSize = nSize;
  p->iNext = iNext;
  return TK_OK;
}

/* The next file of the archive: 1 with *m set (pointers into the
** archive), 0 after the last, TK_EINVAL with m->zError when the archive
** is not a zip archive, its directory is damaged, or (cut before its
** directory) where its walk stops; TK_ENOMEM.  Directories (a name ending
** in '/') are passed over. */
int tk_zip_next(tk_zip *p, tk_zip_member *m) {
  memset(m, 0, sizeof(*m));
  if (!p->bOpen) {
    int rc = openDirectory(p, m);
    if (rc != TK_OK) return rc;
    p->bOpen = 1;
  }
  while (p->bLocal) {
    int rc = readLocal(p, m);
    if (rc != TK_OK) return rc;
    if (m->nName > 0 && m->zName[m->nName - 1] == '/') continue;
    p->nLocalRead++;
    return 1;
  }
  while (p->nLeft > 0) {
    p->nLeft--;
    int rc = readEntry(p, m);
    if (rc != TK_OK) return rc;
    if (m->nName > 0 && m->zName[m->nName - 1] == '/') continue;
    return 1;
  }
  return 0;
}

/* Code points of the bytes 0x80-0xff in code page 437, the zip names'
** encoding when the UTF-8 flag is clear. */
static const uint16_t aCp437[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea,
    0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6,
    0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc,
    0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc,
    0x00a1, 0x00ab, 0x00bb, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561,
    0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b,
    0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568,
    0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518,
    0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580, 0x03b1, 0x00df, 0x0393,
    0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00f7, 0x2248, 0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2,
    0x25a0, 0x00a0,
};

/* Append m's name to pOut as UTF-8: as it is when the entry flags it
** UTF-8 or it is valid UTF-8 (what zip tools on Unix write without the
** flag), else read as code page 437, as the format says. */
void tk_zip_name(const tk_zip_member *m, tk_buf *pOut) {
  if ((m->flags & ZIP_FLAG_UTF8) || tk_utf8_is_valid(m->zName, m->nName)) {
    tk_utf8_sanitize(pOut, m->zName, m->nName);
    return;
  }
  for (size_t i = 0; i < m->nName; i++) {
    unsigned char c = (unsigned char)m->zName[i];
    tk_buf_put_utf8(pOut, c < 0x80 ? c : aCp437[c - 0x80]);
  }
}

/* The name of compression method k, for the message that it is not
** read. */
static const char *methodName(unsigned k) {
  switch (k) {
  case 9:
    return "Deflate64";
  case 12:
    return "bzip2";
  case 14:
    return "LZMA";
  case 93:
    return "Zstandard";
  case 95:
    return "xz";
  case 98:
    return "PPMd";
  case 99:
    return "AES-encrypted";
  default:
    return "unknown";
  }
}

/* Inflate m's deflated bytes into pOut: exactly m->nSize bytes. */
static int inflateMember(const tk_zip_member *m, tk_work *pWork, tk_buf *pOut,
                         char **pzErr) {
  z_stream zs;
  if (tk_records__inflate_init(&zs, -MAX_WBITS) != TK_OK) return TK_ENOMEM;
  size_t i = 0, nDone = 0, nSize = (size_t)m->nSize;
  int rc = tk_records__inflate(&zs, (const unsigned char *)m->zPacked,
                               m->nPacked, &i, nSize, &nDone, pWork, pOut,
                               "deflate data", pzErr);
  inflateEnd(&zs);
  if (rc == TK_ELIMIT) { /* more than its entry said */
    tk_free(*pzErr);
    *pzErr = tk_mprintf("damaged zip member: it inflates to more than the "
                        "%zu bytes its entry says",
                        nSize);
    return TK_EINVAL;
  }
  if (rc == TK_OK && nDone != nSize) {
    *pzErr = tk_mprintf("damaged zip member: it inflates to %zu bytes, not "
                        "the %zu its entry says",
                        nDone, nSize);
    return TK_EINVAL;
  }
  return rc;
}

/* m's bytes appended to pOut: TK_OK; TK_EINVAL with a message in *pzErr
** when it is encrypted, compressed by a method other than stored or
** deflate, damaged (its CRC-32 or size does not match); TK_ELIMIT when
** its entry says more than nMax bytes; TK_ENOMEM; TK_EINTERRUPT. */
int tk_zip_extract(const tk_zip_member *m, size_t nMax, tk_work *pWork,
                   tk_buf *pOut, char **pzErr) {
  if (m->flags & ZIP_FLAG_ENCRYPTED) {
    *pzErr = tk_mprintf("encrypted zip member: textkit does not decrypt");
    return TK_EINVAL;
  }
  if (m->method != 0 && m->method != 8) {
    *pzErr = tk_mprintf("zip member compressed with method %u (%s): "
                        "textkit reads stored and deflated members",
                        m->method, methodName(m->method));
    return TK_EINVAL;
  }
  if (m->nSize > nMax) {
    *pzErr = tk_mprintf("zip member of %llu bytes, more than the %zu a value "
                        "may hold",
                        (unsigned long long)m->nSize, nMax);
    return TK_ELIMIT;
  }
  size_t nSize = (size_t)m->nSize, n0 = pOut->n;
  size_t nHint = nSize < ZIP_SIZE_HINT_MAX ? nSize : ZIP_SIZE_HINT_MAX;
  if (!tk_buf_reserve(pOut, nHint + 1)) return TK_ENOMEM;
  int rc;
  if (m->method == 0) {
    if (m->nPacked != nSize) {
      *pzErr = tk_mprintf("damaged zip member: stored with %zu bytes, its "
                          "entry says %zu",
                          m->nPacked, nSize);
      return TK_EINVAL;
    }
    tk_buf_append(pOut, m->zPacked, nSize);
    if (pOut->oom) return TK_ENOMEM;
    rc = tk_work_poll(pWork, TK_WORK_CELLS_PER_BYTE * (nSize + 1));
  } else {
    rc = inflateMember(m, pWork, pOut, pzErr);
  }
  if (rc != TK_OK) return rc;
  uLong iCrc = crc32_z(0, (const Bytef *)pOut->z + n0, nSize);
  if ((uint32_t)iCrc != m->iCrc) {
    *pzErr = tk_mprintf("damaged zip member: its CRC-32 does not match");
    return TK_EINVAL;
  }
  return TK_OK;
}
