/*
 * The counterexample search's inner loop as a straightforward C program, for `npm run bench` to
 * compare rates with the TypeScript engine (src/model/search). Same enumeration (page labels in
 * first-use order, intervals in (offset, length) order, overlap pruning), same checks
 * (blk_rq_map_sg merge rules, the 0a8704a51 and d62f69185 bio_vec walks, b7649158's BUG_ON,
 * failure patterns) and same tallies (weighted counts, per-pattern counts, minimal layouts).
 *
 * usage: search PAGES MAX_BVECS GRANULARITY [PAGE_SIZE MAX_SEGMENTS MAX_SEGMENT_SIZE
 *        BOUNDARY_MASK CLUSTERING MAX_HW_SECTORS CONTIGUITY(0 none,1 physical,2 machine)]
 * prints one JSON object: shapes visited, CPU seconds of the loop, and the per-version tallies.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_BVECS 6
#define MAX_PAGES 16
#define VERSIONS 3
#define PATTERNS 8
#define FRAME_BASE 0x1000

enum { P_PARTIAL_FIRST, P_PARTIAL_LATER, P_FORWARD, P_GAP, P_BACKWARDS, P_SPLIT, P_SPANS, P_OTHER };

static int page_size, max_segments, max_segment_size, clustering, max_bytes;
static double window_bytes;
static double pfn[MAX_PAGES], mfn[MAX_PAGES];

/* Layout and per-bio_vec results. */
static int pg[MAX_BVECS], off[MAX_BVECS], len[MAX_BVECS];
static int seg[MAX_BVECS], joined[MAX_BVECS];
static double expected_src[MAX_BVECS];
static int segments;

static double misdirected[VERSIONS];
static int bug[VERSIONS], failure_at[VERSIONS], pattern[VERSIONS];

static int classify(int f) {
  if (f <= 0) return P_OTHER;
  int same_page = pg[f] == pg[f - 1];
  int prev_end = off[f - 1] + len[f - 1];
  if (joined[f]) return same_page ? P_OTHER : P_SPANS;
  if (same_page) {
    if (off[f] == prev_end) return P_SPLIT;
    return off[f] > prev_end ? P_GAP : P_BACKWARDS;
  }
  if (off[f] >= prev_end) return P_FORWARD;
  return seg[f] == 1 ? P_PARTIAL_FIRST : P_PARTIAL_LATER;
}

static void finish(int v, double mis, int b, int f) {
  misdirected[v] = mis;
  bug[v] = b;
  failure_at[v] = f;
  pattern[v] = f < 0 ? -1 : classify(f);
}

/* blk_rq_map_sg; returns 0 when the layout is outside the space. */
static int map_sg(int n) {
  int count = 0, bytes = 0;
  double entry_offset = 0, entry_length = 0;
  for (int j = 0; j < n; j++) {
    bytes += len[j];
    int join = 0;
    if (j > 0 && clustering && entry_length + len[j] <= max_segment_size) {
      double prev_phys = pfn[pg[j - 1]] * page_size + off[j - 1];
      double cur_phys = pfn[pg[j]] * page_size + off[j];
      double pm = mfn[pg[j - 1]], cm = mfn[pg[j]];
      join = prev_phys + len[j - 1] == cur_phys && (pm == cm || pm + 1 == cm) &&
             (int64_t)(prev_phys / window_bytes) == (int64_t)((cur_phys + len[j] - 1) / window_bytes);
    }
    if (join) {
      expected_src[j] = entry_offset + entry_length;
      entry_length += len[j];
      joined[j] = 1;
    } else {
      count++;
      entry_offset = off[j];
      entry_length = len[j];
      expected_src[j] = entry_offset;
      joined[j] = 0;
    }
    seg[j] = count - 1;
  }
  segments = count;
  return count <= max_segments && bytes <= max_bytes;
}

static void bvec_walk(int n, int v) {
  int i = 0, running = 0, f = -1, b = 0;
  double mis = 0;
  for (int j = 0; j < n; j++) {
    if (v == 0) i = running / page_size;
    else if (off[j] < running) i++;
    if (i >= segments) {
      b = 1;
      if (f < 0) f = j;
      break;
    }
    if (i != seg[j] || off[j] != expected_src[j]) {
      mis += len[j];
      if (f < 0) f = j;
    }
    running = v == 0 ? running + len[j] : off[j] + len[j];
  }
  finish(v, mis, b, f);
}

static void sg_walk(int n) {
  int entry_end = 0, f = -1;
  for (int j = 0; j < n; j++) {
    entry_end = joined[j] ? entry_end + len[j] : off[j] + len[j];
    if (entry_end > page_size) {
      f = j;
      break;
    }
  }
  finish(2, 0, f >= 0, f);
}

/* Tallies. */
static double checked[VERSIONS], t_mis[VERSIONS], t_bugs[VERSIONS], t_failed[VERSIONS];
static double pattern_counts[PATTERNS][VERSIONS];
typedef struct { int n, bytes, pg[MAX_BVECS], off[MAX_BVECS], len[MAX_BVECS]; } minimal_t;
static minimal_t min_version[VERSIONS], min_pattern[PATTERNS];

static void offer(minimal_t *m, int n, int bytes) {
  if (m->n != 0) {
    if (n != m->n) { if (n > m->n) return; }
    else if (bytes != m->bytes) { if (bytes > m->bytes) return; }
    else {
      int smaller = 0;
      for (int i = 0; i < n; i++) {
        if (pg[i] != m->pg[i]) { smaller = pg[i] < m->pg[i]; break; }
        if (off[i] != m->off[i]) { smaller = off[i] < m->off[i]; break; }
        if (len[i] != m->len[i]) { smaller = len[i] < m->len[i]; break; }
      }
      if (!smaller) return;
    }
  }
  m->n = n;
  m->bytes = bytes;
  memcpy(m->pg, pg, sizeof pg);
  memcpy(m->off, off, sizeof off);
  memcpy(m->len, len, sizeof len);
}

static void tally(int n, double weight) {
  int bytes = -1;
  for (int v = 0; v < VERSIONS; v++) {
    checked[v] += weight;
    int wrong = misdirected[v] > 0, b = bug[v];
    if (!wrong && !b) continue;
    if (wrong) t_mis[v] += weight;
    if (b) t_bugs[v] += weight;
    t_failed[v] += weight;
    pattern_counts[pattern[v]][v] += weight;
    if (bytes < 0) {
      bytes = 0;
      for (int i = 0; i < n; i++) bytes += len[i];
    }
    offer(&min_version[v], n, bytes);
    offer(&min_pattern[pattern[v]], n, bytes);
  }
}

int main(int argc, char **argv) {
  if (argc != 4 && argc != 11) {
    fprintf(stderr, "usage: search PAGES MAX_BVECS GRANULARITY [7 kernel/contiguity args]\n");
    return 2;
  }
  int pages = atoi(argv[1]), max_bvecs = atoi(argv[2]), granularity = atoi(argv[3]);
  int contiguity = 0, max_hw_sectors = 512;
  double mask = 4095;
  page_size = 4096, max_segments = 11, max_segment_size = 4096, clustering = 1;
  if (argc == 11) {
    page_size = atoi(argv[4]);
    max_segments = atoi(argv[5]);
    max_segment_size = atoi(argv[6]);
    mask = atof(argv[7]);
    clustering = atoi(argv[8]);
    max_hw_sectors = atoi(argv[9]);
    contiguity = atoi(argv[10]);
  }
  if (pages < 1 || pages > MAX_PAGES || max_bvecs < 1 || max_bvecs > MAX_BVECS) return 2;
  window_bytes = mask + 1;
  max_bytes = max_hw_sectors * 512;
  for (int p = 0; p < pages; p++) {
    pfn[p] = contiguity == 0 ? FRAME_BASE + 2 * p : FRAME_BASE + p;
    mfn[p] = contiguity == 0 ? FRAME_BASE + 2 * p : contiguity == 1 ? 2 * FRAME_BASE + 2 * p : FRAME_BASE + p;
  }
  int symmetric = !(contiguity == 2 && clustering && window_bytes > page_size);

  /* Intervals of a page in (offset, length) order. */
  int units = page_size / granularity, count = 0;
  int *iv_off = malloc(sizeof(int) * units * (units + 1) / 2);
  int *iv_len = malloc(sizeof(int) * units * (units + 1) / 2);
  for (int o = 0; o < units; o++)
    for (int l = 1; o + l <= units; l++) {
      iv_off[count] = o * granularity;
      iv_len[count] = l * granularity;
      count++;
    }
  double weights[MAX_BVECS + 1];
  for (int d = 0; d <= MAX_BVECS; d++) {
    weights[d] = 1;
    for (int i = 0; i < d; i++) weights[d] *= pages - i;
  }

  struct timespec t0, t1;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
  long long visited = 0, excluded = 0;
  int label[MAX_BVECS], interval[MAX_BVECS], top[MAX_BVECS];
  for (int n = 1; n <= max_bvecs; n++) {
    int p = 0;
    label[0] = 0;
    interval[0] = -1;
    for (;;) {
      if (++interval[p] >= count) {
        interval[p] = 0;
        label[p]++;
      }
      int limit = symmetric ? (p == 0 ? 0 : top[p - 1] + 1) : pages - 1;
      if (limit > pages - 1) limit = pages - 1;
      if (label[p] > limit) {
        if (p == 0) break;
        p--;
        continue;
      }
      int l = label[p], start = iv_off[interval[p]], end = start + iv_len[interval[p]];
      int overlaps = 0;
      for (int q = 0; q < p; q++)
        if (label[q] == l && off[q] < end && start < off[q] + len[q]) {
          overlaps = 1;
          break;
        }
      if (overlaps) continue;
      top[p] = p == 0 ? l : (top[p - 1] > l ? top[p - 1] : l);
      pg[p] = l;
      off[p] = start;
      len[p] = end - start;
      if (p < n - 1) {
        p++;
        label[p] = 0;
        interval[p] = -1;
        continue;
      }
      visited++;
      if (!map_sg(n)) {
        excluded++;
        continue;
      }
      bvec_walk(n, 0);
      bvec_walk(n, 1);
      sg_walk(n);
      tally(n, symmetric ? weights[top[p] + 1] : 1);
    }
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
  double seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;

  printf("{\"shapes\":%lld,\"excluded\":%lld,\"seconds\":%.6f,\"versions\":[", visited, excluded, seconds);
  for (int v = 0; v < VERSIONS; v++)
    printf("%s{\"checked\":%.0f,\"misdirected\":%.0f,\"bugs\":%.0f,\"failed\":%.0f,\"minimalBvecs\":%d,\"minimalBytes\":%d}",
           v ? "," : "", checked[v], t_mis[v], t_bugs[v], t_failed[v], min_version[v].n, min_version[v].bytes);
  printf("],\"patterns\":[");
  for (int k = 0; k < PATTERNS; k++)
    printf("%s[%.0f,%.0f,%.0f]", k ? "," : "", pattern_counts[k][0], pattern_counts[k][1], pattern_counts[k][2]);
  printf("]}\n");
  free(iv_off);
  free(iv_len);
  return 0;
}
