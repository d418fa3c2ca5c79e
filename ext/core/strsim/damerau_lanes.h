/*
** strsim/damerau_lanes.h -- the anti-diagonal loop of
** strsim/damerau_diag.c, written once for any vector width.  That file
** includes it once per instruction set, after defining:
**
**   #define DL_LANES  16                               int16 lanes a step
**   #define DL_RUN    diagRunAvx2                      the function's name
**   #define DL_TARGET __attribute__((target("avx2")))  or empty
**   #define VMIN(x, y) ..., VMAX(x, y) ...           lane-wise, on `vec`
**   #include "damerau_lanes.h"
**
** and the file's Diag, PAD_*, DL_NONE, VLOAD and VSTORE.
*/

/* Every diagonal t from 2 to m + n of p's table; returns H[m][n].  A
** diagonal's cells are rows i in [iLo, iHi], DL_LANES at a time (the
** lanes past iHi compute harmless garbage, see the file comment). */
DL_TARGET static int DL_RUN(Diag *p, int m, int n) {
  typedef int16_t vec __attribute__((vector_size(2 * DL_LANES)));
  vec iota, one, none;
  for (int k = 0; k < DL_LANES; k++) {
    iota[k] = (int16_t)k;
    one[k] = 1;
    none[k] = DL_NONE;
  }
  for (int t = 2; t <= m + n; t++) {
    int16_t *D0 = p->D[t & 3];
    const int16_t *D1 = p->D[(t - 1) & 3], *D2 = p->D[(t - 2) & 3];
    const int16_t *D3 = p->D[(t - 3) & 3];
    const int16_t *Bt = p->Br + (n - t); /* Bt[i] = id of b[t - i] */
    int16_t *Ct = p->CS + (n - t);       /* Ct[i] = CS[t - i] */
    int iLo = t - n > 1 ? t - n : 1, iHi = t - 1 < m ? t - 1 : m;
    for (int i = iLo; i <= iHi; i += DL_LANES) {
      vec a, a1, b, b1, d1a, d1b, d2, d3a, d3b, rs, cs;
      VLOAD(a, p->A + i);
      VLOAD(a1, p->A + i - 1);
      VLOAD(b, Bt + i);
      VLOAD(b1, Bt + i + 1);
      VLOAD(d1a, D1 + i - 1);
      VLOAD(d1b, D1 + i);
      VLOAD(d2, D2 + i - 1);
      VLOAD(d3a, D3 + i - 2);
      VLOAD(d3b, D3 + i - 1);
      VLOAD(rs, p->RS + i);
      VLOAD(cs, Ct + i);
      vec vi = iota + (int16_t)i, vj = (int16_t)t - vi;
      vec eq = a == b, useRow = a1 == b, useCol = b1 == a;
      vec v = d2 + one + eq; /* eq lanes are -1 */
      vec indel = VMIN(d1a, d1b) + one;
      v = VMIN(v, indel);
      vec tRow = VMAX(rs + vj, none & ~useRow);
      v = VMIN(v, tRow);
      vec tCol = VMAX(cs + vi, none & ~useCol);
      v = VMIN(v, tCol);
      VSTORE(D0 + i, v);
      rs = ((d3a - vj) & eq) | (rs & ~eq);
      cs = ((d3b - vi) & eq) | (cs & ~eq);
      VSTORE(p->RS + i, rs);
      VSTORE(Ct + i, cs);
    }
    D0[0] = (int16_t)t;             /* H[0][t] */
    if (t <= m) D0[t] = (int16_t)t; /* H[t][0] */
  }
  return p->D[(m + n) & 3][m];
}

#undef DL_LANES
#undef DL_RUN
#undef DL_TARGET
#undef VMIN
#undef VMAX
