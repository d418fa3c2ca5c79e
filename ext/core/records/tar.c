/*
** records/tar.c -- the regular files of a tar archive (POSIX ustar, GNU
** and pax), one at a time, for text_tar() on both faces: a corpus
** shipped as articles.tar.gz is read without unpacking it first.
**
**   tk_tar_member m;  size_t i = 0;
**   while ((rc = tk_tar_next(z, n, &i, &m)) == 1) {
**     ... m.zName[0..m.nName), m.zData[0..m.nData) (pointers into z) ...
**   }
**   if (rc < 0) ... m.zError says what is wrong and where ...
**
** Directories, links and devices are passed over; a GNU long name (type
** L) or a pax header's path= (type x) names the member after it.  Every
** header's checksum is checked and every size against the data left, so
** a damaged archive stops with a message, never a read past its end.
*/
#include "textkit.h"

#include <stdio.h>
#include <string.h>

#define TAR_BLOCK 512

/* The value of the octal (or, top bit set, base-256) number field
** z[0..n); -1 when it is neither. */
static long long tarNumber(const unsigned char *z, size_t n) {
  long long v = 0;
  if (z[0] & 0x80) { /* GNU base-256: big sizes */
    for (size_t i = 1; i < n; i++) {
      if (v > (0x7fffffffffffffffLL >> 8)) return -1;
      v = (v << 8) | z[i];
    }
    return (z[0] & 0x40) ? -1 : v;
  }
  size_t i = 0;
  while (i < n && (z[i] == ' ' || z[i] == 0))
    i++;
  if (i == n) return 0;
  for (; i < n && z[i] >= '0' && z[i] <= '7'; i++) {
    if (v > (0x7fffffffffffffffLL >> 3)) return -1;
    v = v * 8 + (z[i] - '0');
  }
  for (; i < n; i++)
    if (z[i] != ' ' && z[i] != 0) return -1;
  return v;
}

/* 1 when the header h verifies: its checksum field is the sum of its
** bytes with that field read as spaces (unsigned, or signed as old tars
** wrote it). */
static int tarChecksumOk(const unsigned char *h) {
  long long want = tarNumber(h + 148, 8);
  long long u = 0, s = 0;
  for (int i = 0; i < TAR_BLOCK; i++) {
    unsigned char c = (i >= 148 && i < 156) ? ' ' : h[i];
    u += c;
    s += (signed char)c;
  }
  return want >= 0 && (want == u || want == s);
}

/* 1 when the block at z[i] is all zero (the end of the archive). */
static int tarZeroBlock(const unsigned char *z, size_t i) {
  for (int k = 0; k < TAR_BLOCK; k++)
    if (z[i + k]) return 0;
  return 1;
}

/* The length of the NUL-terminated field z[0..n). */
static size_t tarFieldLen(const unsigned char *z, size_t n) {
  const unsigned char *e = memchr(z, 0, n);
  return e ? (size_t)(e - z) : n;
}

/* The path= value of pax records z[0..n) ("LEN path=VALUE\n"...): 1 with
** *pz, *pn set, or 0 when there is none. */
static int paxPath(const unsigned char *z, size_t n, const char **pz,
                   size_t *pn) {
  size_t i = 0;
  while (i < n) {
    size_t nRec = 0, k = i;
    while (k < n && z[k] >= '0' && z[k] <= '9' && nRec < n)
      nRec = nRec * 10 + (size_t)(z[k++] - '0');
    if (nRec == 0 || i + nRec > n || k >= n || z[k] != ' ') return 0;
    const unsigned char *zKv = z + k + 1, *zEnd = z + i + nRec - 1;
    if (zEnd - zKv > 5 && memcmp(zKv, "path=", 5) == 0) {
      *pz = (const char *)zKv + 5;
      *pn = (size_t)(zEnd - zKv - 5);
      return 1;
    }
    i += nRec;
  }
  return 0;
}

/* Set m's error to "zWhat at byte i" and return TK_EINVAL. */
static int tarError(tk_tar_member *m, const char *zWhat, size_t i) {
  snprintf(m->zError, sizeof(m->zError), "%s at byte %zu", zWhat, i);
  return TK_EINVAL;
}

/* The next regular file of the archive z[0..n) from offset *pi: 1 with
** *m set (pointers into z), 0 at the end, TK_EINVAL with m->zError when
** the archive is damaged or cut short.  *pi moves past the member. */
int tk_tar_next(const char *zArchive, size_t n, size_t *pi, tk_tar_member *m) {
  const unsigned char *z = (const unsigned char *)zArchive;
  const char *zLong = 0; /* a name from a GNU L or pax x header before */
  size_t nLong = 0;
  memset(m, 0, sizeof(*m));
  while (1) {
    size_t i = *pi;
    if (n - i < TAR_BLOCK) { /* the end, or zero padding; else cut */
      for (size_t k = i; k < n; k++)
        if (z[k]) return tarError(m, "tar archive cut short", i);
      return 0;
    }
    if (tarZeroBlock(z, i)) return 0; /* the end marker */
    const unsigned char *h = z + i;
    if (!tarChecksumOk(h)) return tarError(m, "damaged tar header", i);
    long long nSize = tarNumber(h + 124, 12);
    if (nSize < 0) return tarError(m, "bad size in tar header", i);
    size_t nData = (size_t)nSize;
    size_t iData = i + TAR_BLOCK;
    if (nData > n - iData) return tarError(m, "tar member cut short", i);
    /* past the data and its padding to a whole block (a last member may
    ** lack the padding) */
    size_t iNext = iData + (nData + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK;
    *pi = iNext < n ? iNext : n;
    char cType = (char)h[156];
    if (cType == 'L') { /* GNU: the next member's long name */
      zLong = (const char *)z + iData;
      nLong = tarFieldLen(z + iData, nData);
      continue;
    }
    if (cType == 'x') { /* pax: the next member's path, if given */
      const char *zp;
      size_t np;
      if (paxPath(z + iData, nData, &zp, &np)) zLong = zp, nLong = np;
      continue;
    }
    if (cType != '0' && cType != 0 && cType != '7') { /* not a file */
      zLong = 0;
      continue;
    }
    if (zLong) {
      m->zName = zLong;
      m->nName = nLong;
    } else {
      size_t nName = tarFieldLen(h, 100), nPrefix = 0;
      if (memcmp(h + 257, "ustar", 5) == 0) nPrefix = tarFieldLen(h + 345, 155);
      m->zName = (const char *)h;
      m->nName = nName;
      if (nPrefix) { /* prefix/name (155 + 1 + 100: zJoined holds it) */
        memcpy(m->zJoined, h + 345, nPrefix);
        m->zJoined[nPrefix] = '/';
        memcpy(m->zJoined + nPrefix + 1, h, nName);
        m->zName = m->zJoined;
        m->nName = nPrefix + 1 + nName;
      }
    }
    m->zData = (const char *)z + iData;
    m->nData = nData;
    m->iOffset = i;
    return 1;
  }
}
