// The fixed part of a generated C reproducer: expected content (the self-describing pattern,
// updated by what a correct kernel would have written), the I/O of one op, the comparison and
// its report, --prepare and the final disk check. cReproducer.ts puts the scenario's tables
// around it. Plain C11 + POSIX (preadv is glibc's, hence _GNU_SOURCE, which O_DIRECT needs too).

/** Declarations every generated program starts with (after its header comment). */
export const C_PRELUDE = String.raw`#define _GNU_SOURCE /* O_DIRECT, readv/writev */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define SECTOR_BYTES 512

enum fill_kind { FILL_NONE, FILL_BYTE, FILL_TEXT };

/* length bytes at byte address of the arena: page p of the scenario is arena + p * PAGE_BYTES */
struct span {
	size_t address;
	size_t length;
};

/* what the process writes into its buffer before the syscall: bytes [offset, offset + length)
 * of the op's data (its spans in order), one byte value or a text repeated by position */
struct fill {
	enum fill_kind kind;
	unsigned char byte;
	const char *text;
	size_t offset;
	size_t length;
};

struct op {
	int index;
	int is_write;
	long long sector;
	const struct span *spans;
	int n_spans;
	struct fill fill;
	int model_ok;     /* the model expects the syscall to succeed */
	const char *skip; /* not NULL: this program cannot issue the op (why) */
	const char *label;
};

struct range {
	long long first;
	long long count;
};
`;

/** Everything after the scenario's tables: the engine and main(). */
export const C_ENGINE = String.raw`
/* What a correct kernel would have written: later extents win. */
struct extent {
	long long sector;
	long long sectors;
	unsigned char *data;
};

static unsigned char *arena; /* what the kernel put in the process's buffers */
static unsigned char *ideal; /* what a correct kernel would have put there */
static unsigned char *bounce; /* one page-aligned page for --prepare and the final check */
static struct extent written[sizeof ops / sizeof ops[0]];
static int n_written;
static int fd = -1;
static int mismatches;
static int failures;

/* The pattern --prepare writes: 32 records of 16 bytes per sector, "LBA 0000012 +1f0", each
 * naming its own sector and byte offset, so a misplaced byte is readable in a hexdump. */
static void pattern_sector(long long lba, unsigned char *out)
{
	static const char hex[] = "0123456789abcdef";
	for (int off = 0; off < SECTOR_BYTES; off += 16) {
		unsigned char *r = out + off;
		long long n = lba;
		memcpy(r, "LBA 0000000 +000", 16);
		for (int i = 10; i >= 4; i--, n /= 10)
			r[i] = (unsigned char)('0' + n % 10);
		r[13] = (unsigned char)hex[(off >> 8) & 15];
		r[14] = (unsigned char)hex[(off >> 4) & 15];
		r[15] = (unsigned char)hex[off & 15];
	}
}

/* The 512 bytes sector lba should hold now. */
static void expected_sector(long long lba, unsigned char *out)
{
	for (int i = n_written - 1; i >= 0; i--) {
		const struct extent *e = &written[i];
		if (lba >= e->sector && lba < e->sector + e->sectors) {
			memcpy(out, e->data + (lba - e->sector) * SECTOR_BYTES, SECTOR_BYTES);
			return;
		}
	}
	pattern_sector(lba, out);
}

static void print_bytes(const char *what, const unsigned char *p, size_t n)
{
	printf("    %-9s", what);
	for (size_t i = 0; i < n; i++)
		putchar(p[i] >= 0x20 && p[i] < 0x7f ? p[i] : '.');
	printf("  |");
	for (size_t i = 0; i < n; i++)
		printf(" %02x", p[i]);
	printf("\n");
}

/* Prints a differing range: where, then 16 bytes expected and got from the 16-byte line that
 * holds the first differing byte (hexdump -C lines, so the pattern's records line up). */
static void report(const struct op *op, size_t data_offset, size_t length, size_t first_diff,
		   const unsigned char *want, const unsigned char *got, size_t shown)
{
	long long first = op->sector + (long long)(data_offset / SECTOR_BYTES);
	long long last = op->sector + (long long)((data_offset + length - 1) / SECTOR_BYTES);
	mismatches++;
	printf("MISMATCH op %d (%s sector %lld): buffer bytes %zu..%zu, disk sectors %lld..%lld\n",
	       op->index, op->is_write ? "write" : "read", op->sector, data_offset,
	       data_offset + length - 1, first, last);
	printf("    first difference at buffer byte %zu; its 16-byte line:\n", first_diff);
	print_bytes("expected", want, shown);
	print_bytes("got", got, shown);
}

/* Offset of the first differing byte of a and b, rounded down to a 16-byte line (n if none). */
static size_t first_line(const unsigned char *a, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return i & ~(size_t)15;
	return n;
}

/* Byte at op-data offset pos of the op's buffer (arena or ideal). */
static unsigned char *at(unsigned char *base, const struct op *op, size_t pos)
{
	for (int i = 0; i < op->n_spans; i++) {
		if (pos < op->spans[i].length)
			return base + op->spans[i].address + pos;
		pos -= op->spans[i].length;
	}
	return NULL;
}

static size_t op_bytes(const struct op *op)
{
	size_t n = 0;
	for (int i = 0; i < op->n_spans; i++)
		n += op->spans[i].length;
	return n;
}

static void apply_fill(const struct op *op)
{
	const struct fill *f = &op->fill;
	size_t end = f->offset + f->length;
	size_t text_len = f->kind == FILL_TEXT ? strlen(f->text) : 0;
	if (f->kind == FILL_NONE)
		return;
	for (size_t pos = f->offset; pos < end; pos++) {
		unsigned char v = f->kind == FILL_BYTE ? f->byte : (unsigned char)f->text[pos % text_len];
		*at(arena, op, pos) = v;
		*at(ideal, op, pos) = v;
	}
}

/* After a read: put the expected bytes in ideal, then report each run of differing sectors. */
static void check_read(const struct op *op, size_t total)
{
	unsigned char want[SECTOR_BYTES], got[SECTOR_BYTES];
	unsigned char run_want[16] = { 0 }, run_got[16] = { 0 };
	size_t run_start = 0, run_len = 0, run_diff = 0, run_shown = 0;
	for (size_t pos = 0; pos < total; pos += SECTOR_BYTES) {
		size_t n = total - pos < SECTOR_BYTES ? total - pos : SECTOR_BYTES;
		size_t line;
		expected_sector(op->sector + (long long)(pos / SECTOR_BYTES), want);
		for (size_t i = 0; i < n; i++) {
			got[i] = *at(arena, op, pos + i);
			*at(ideal, op, pos + i) = want[i];
		}
		line = first_line(want, got, n);
		if (line < n && run_len == 0) {
			run_start = pos;
			run_diff = pos + line;
			run_shown = n - line < 16 ? n - line : 16;
			memcpy(run_want, want + line, run_shown);
			memcpy(run_got, got + line, run_shown);
		}
		if (line < n)
			run_len += n;
		if ((line == n || pos + n >= total) && run_len > 0) {
			report(op, run_start, run_len, run_diff, run_want, run_got, run_shown);
			run_len = 0;
		}
	}
}

/* After a write: remember what a correct kernel would have written (the ideal buffer). */
static void record_write(const struct op *op, size_t total)
{
	struct extent *e = &written[n_written];
	e->sector = op->sector;
	e->sectors = (long long)((total + SECTOR_BYTES - 1) / SECTOR_BYTES);
	e->data = malloc((size_t)e->sectors * SECTOR_BYTES);
	if (!e->data) {
		perror("malloc");
		exit(2);
	}
	for (long long s = 0; s < e->sectors; s++)
		expected_sector(e->sector + s, e->data + s * SECTOR_BYTES);
	for (size_t pos = 0; pos < total; pos++)
		e->data[pos] = *at(ideal, op, pos);
	n_written++;
}

static void run_op(const struct op *op)
{
	struct iovec iov[MAX_SPANS];
	size_t total = op_bytes(op);
	ssize_t done;
	printf("op %d: %s %zu bytes at sector %lld in %d buffer piece%s", op->index,
	       op->is_write ? "write" : "read", total, op->sector, op->n_spans,
	       op->n_spans == 1 ? "" : "s");
	if (op->label)
		printf(" (%s)", op->label);
	printf("\n");
	if (op->skip) {
		printf("  skipped: %s\n", op->skip);
		return;
	}
	apply_fill(op);
	for (int i = 0; i < op->n_spans; i++) {
		iov[i].iov_base = arena + op->spans[i].address;
		iov[i].iov_len = op->spans[i].length;
	}
	if (lseek(fd, (off_t)op->sector * SECTOR_BYTES, SEEK_SET) < 0) {
		perror("lseek");
		exit(2);
	}
	if (op->n_spans == 1)
		done = op->is_write ? write(fd, iov[0].iov_base, iov[0].iov_len)
				    : read(fd, iov[0].iov_base, iov[0].iov_len);
	else
		done = op->is_write ? writev(fd, iov, op->n_spans) : readv(fd, iov, op->n_spans);
	if (done < 0) {
		int e = errno;
		printf("  failed: %s%s\n", strerror(e),
		       op->model_ok ? " (unexpected: the model says it succeeds)"
				    : " (the model expects this op to fail too)");
		failures += op->model_ok;
		return;
	}
	if ((size_t)done != total) {
		printf("  short %s: %zd of %zu bytes\n", op->is_write ? "write" : "read", done, total);
		failures++;
		return;
	}
	if (op->is_write)
		record_write(op, total);
	else
		check_read(op, total);
}

static void write_bounce(long long sector, size_t bytes)
{
	if (pwrite(fd, bounce, bytes, (off_t)sector * SECTOR_BYTES) != (ssize_t)bytes) {
		perror("--prepare: pwrite");
		exit(2);
	}
}

/* Writes the pattern over every sector the scenario touches, one page at a time (page-aligned,
 * whole sectors: every completion version handles such writes right). */
static void prepare(void)
{
	for (size_t r = 0; r < sizeof prepare_ranges / sizeof prepare_ranges[0]; r++) {
		const struct range *rg = &prepare_ranges[r];
		long long per_page = PAGE_BYTES / SECTOR_BYTES;
		for (long long s = 0; s < rg->count; s += per_page) {
			long long n = rg->count - s < per_page ? rg->count - s : per_page;
			for (long long i = 0; i < n; i++)
				pattern_sector(rg->first + s + i, bounce + i * SECTOR_BYTES);
			write_bounce(rg->first + s, (size_t)n * SECTOR_BYTES);
		}
	}
	if (fsync(fd) < 0)
		perror("--prepare: fsync");
	printf("prepared: pattern written to the scenario's sectors\n");
}

/* Reads back every written sector, one sector into a page-aligned buffer (offset 0: right in
 * every completion version), and compares with what a correct kernel would have written. */
static void check_disk(void)
{
	unsigned char want[SECTOR_BYTES], first_want[16] = { 0 }, first_got[16] = { 0 };
	size_t run_diff = 0;
	for (int i = 0; i < n_written; i++) {
		const struct extent *e = &written[i];
		long long run = -1;
		for (long long s = e->sector; s <= e->sector + e->sectors; s++) {
			int bad = 0, later = 0;
			if (s < e->sector + e->sectors) {
				for (int j = i + 1; j < n_written; j++)
					later |= s >= written[j].sector &&
						 s < written[j].sector + written[j].sectors;
			}
			if (s < e->sector + e->sectors && !later) {
				if (pread(fd, bounce, SECTOR_BYTES, (off_t)s * SECTOR_BYTES) != SECTOR_BYTES) {
					perror("final check: pread");
					exit(2);
				}
				expected_sector(s, want);
				bad = memcmp(bounce, want, SECTOR_BYTES) != 0;
			}
			if (bad && run < 0) {
				size_t line = first_line(want, bounce, SECTOR_BYTES);
				run = s;
				run_diff = line;
				memcpy(first_want, want + line, 16);
				memcpy(first_got, bounce + line, 16);
			}
			if (!bad && run >= 0) {
				mismatches++;
				printf("MISMATCH on disk: sectors %lld..%lld differ from what a correct kernel "
				       "would have written\n",
				       run, s - 1);
				printf("    first difference at byte %zu of sector %lld; its 16-byte line:\n",
				       run_diff, run);
				print_bytes("expected", first_want, 16);
				print_bytes("got", first_got, 16);
				run = -1;
			}
		}
	}
}

static void usage(const char *argv0)
{
	fprintf(stderr,
		"usage: %s [--prepare] [--no-direct] DEVICE\n"
		"  --prepare    first OVERWRITE the scenario's sectors of DEVICE with a test pattern\n"
		"  --no-direct  open without O_DIRECT (only for testing this program on a file system\n"
		"               that refuses O_DIRECT, such as tmpfs: it bypasses the bug)\n",
		argv0);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *device = NULL;
	int do_prepare = 0, direct = 1, flags;
	struct stat st;
	off_t size;
	void *mem;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--prepare") == 0)
			do_prepare = 1;
		else if (strcmp(argv[i], "--no-direct") == 0)
			direct = 0;
		else if (argv[i][0] == '-' || device)
			usage(argv[0]);
		else
			device = argv[i];
	}
	if (!device)
		usage(argv[0]);
	if (stat(device, &st) < 0) {
		perror(device);
		return 2;
	}
	/* O_EXCL on a block device fails with EBUSY while it is mounted or otherwise in use. */
	flags = O_RDWR | (direct ? O_DIRECT : 0) | (S_ISBLK(st.st_mode) ? O_EXCL : 0);
	fd = open(device, flags);
	if (fd < 0) {
		int e = errno;
		fprintf(stderr, "%s: %s\n", device, strerror(e));
		if (e == EBUSY)
			fprintf(stderr, "refusing: the device is mounted or in use\n");
		if (e == EINVAL && direct)
			fprintf(stderr, "this file system refuses O_DIRECT; --no-direct runs without it\n");
		return 2;
	}
	size = lseek(fd, 0, SEEK_END);
	if (size < NEEDED_SECTORS * SECTOR_BYTES) {
		fprintf(stderr, "%s: too small: the scenario needs %lld bytes\n", device,
			NEEDED_SECTORS * SECTOR_BYTES);
		return 2;
	}
	/* One arena, page-aligned, so each buffer sits at the scenario's page offsets. */
	if (posix_memalign(&mem, PAGE_BYTES, ARENA_PAGES * PAGE_BYTES) != 0)
		mem = NULL;
	arena = mem;
	if (posix_memalign(&mem, PAGE_BYTES, PAGE_BYTES) != 0)
		mem = NULL;
	bounce = mem;
	ideal = calloc(ARENA_PAGES, PAGE_BYTES);
	if (!arena || !bounce || !ideal) {
		fprintf(stderr, "out of memory\n");
		return 2;
	}
	/* Fresh anonymous memory is zero, as the model assumes. */
	memset(arena, 0, ARENA_PAGES * PAGE_BYTES);
	if (do_prepare)
		prepare();
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		run_op(&ops[i]);
	check_disk();
	if (failures)
		printf("result: %d unexpected I/O failure%s, %d mismatch%s\n", failures,
		       failures == 1 ? "" : "s", mismatches, mismatches == 1 ? "" : "es");
	else if (mismatches)
		printf("result: %d mismatch%s\n", mismatches, mismatches == 1 ? "" : "es");
	else
		printf("result: no mismatch\n");
	close(fd);
	return mismatches ? 1 : failures ? 2 : 0;
}
`;
