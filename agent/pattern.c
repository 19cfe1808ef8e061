// SPDX-License-Identifier: GPL-2.0
/*
 * Deterministic content: word i of a buffer seeded with s is mix(s + i),
 * a bijection, so every word of every page differs and a page that is
 * zeroed, stale or moved is caught. The target regenerates it and so can
 * name the first differing offset, not only say that a hash differs. The
 * hash (FNV-1a over words) goes to the host, which compares both stages'.
 * mix() is a multiply and a xor-shift, not splitmix64: under TCG each
 * guest instruction counts, and 64 MiB is 8 M words.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "suite.h"

static uint64_t mix(uint64_t x)
{
	x *= 0x9e3779b97f4a7c15ull;
	return x ^ (x >> 29);
}

uint64_t pattern_word(uint64_t seed, size_t i)
{
	return mix(seed + i);
}

uint64_t pattern_hash_word(uint64_t h, uint64_t w)
{
	return (h ^ w) * 0x100000001b3ull;
}

/*
 * TCG ends a translated block at every branch, and a block's entry and
 * exit cost more than the arithmetic in it: the hot loops below are
 * unrolled and have no branch in their body, so a block does 8 words.
 */
uint64_t pattern_fill(void *buf, size_t len, uint64_t seed, uint64_t h)
{
	size_t words = len / 8, i;
	uint64_t *p = buf, w;

#pragma GCC unroll 8
	for (i = 0; i < words; i++) {
		p[i] = mix(seed + i);
		h = pattern_hash_word(h, p[i]);
	}
	if (len % 8) {
		w = mix(seed + i);
		memcpy(p + i, &w, len % 8);
		w = 0;
		memcpy(&w, p + i, len % 8);
		h = pattern_hash_word(h, w);
	}
	return h;
}

/* the first byte (0 to 7) in which two different words differ */
static size_t first_byte(uint64_t a, uint64_t b)
{
	size_t n;

	for (n = 0; ((a ^ b) >> (8 * n) & 0xff) == 0; n++)
		;
	return n;
}

/* the byte offset of the first of words that differs from the pattern & keep */
static size_t first_difference(const uint64_t *p, size_t words, uint64_t seed,
			       uint64_t keep)
{
	uint64_t want;
	size_t i;

	for (i = 0; i < words; i++) {
		want = mix(seed + i) & keep;
		if (p[i] != want)
			return i * 8 + first_byte(want, p[i]);
	}
	return words * 8;
}

/*
 * Hashes words of p into *h and compares them with the pattern of seed
 * (or with zeros: the words a hole must read as); returns -1 with
 * *first_bad (a byte offset in p) at the first difference, else 0. Only a
 * difference takes the slow path.
 */
int pattern_scan(const uint64_t *p, size_t words, uint64_t seed, int zeros,
		 uint64_t *h, size_t *first_bad)
{
	uint64_t diff = 0, hash = *h, keep = zeros ? 0 : ~0ull;
	size_t i;

#pragma GCC unroll 8
	for (i = 0; i < words; i++) {
		diff |= p[i] ^ (mix(seed + i) & keep);
		hash = pattern_hash_word(hash, p[i]);
	}
	*h = hash;
	if (!diff)
		return 0;
	*first_bad = first_difference(p, words, seed, keep);
	return -1;
}

/* Returns 0 when the buffer holds the pattern, else -1 with *first_bad. */
int pattern_check(const void *buf, size_t len, uint64_t seed,
		  size_t *first_bad, uint64_t *hash)
{
	const uint64_t *p = buf;
	size_t words = len / 8;
	uint64_t h = PATTERN_HASH_INIT, want = 0, got = 0, full;
	int bad;

	bad = pattern_scan(p, words, seed, 0, &h, first_bad);
	if (len % 8) {
		full = mix(seed + words);
		memcpy(&want, &full, len % 8);
		memcpy(&got, p + words, len % 8);
		if (want != got && !bad) {
			bad = -1;
			*first_bad = words * 8 + first_byte(want, got);
		}
		h = pattern_hash_word(h, got);
	}
	*hash = h;
	return bad;
}

/*
 * pattern_check()'s contract for len bytes of whole pages (len a multiple
 * of page, page of 8) whose content changes from page to page: rule()
 * says what the page at byte off holds, at most page / 8 words of the
 * pattern and zeros after them. The hash is over every word in order, as
 * pattern_check()'s; the rule is asked once a page, the words are scanned
 * by pattern_scan().
 */
int pattern_check_pages(const void *buf, size_t len, uint64_t seed,
			size_t page,
			struct page_rule (*rule)(size_t off, size_t len,
						 uint64_t seed),
			size_t *first_bad, uint64_t *hash)
{
	const uint64_t *p = buf;
	uint64_t h = PATTERN_HASH_INIT;
	size_t off, at, words = page / 8;
	struct page_rule r;
	int bad = 0;

	for (off = 0; off < len; off += page, p += words) {
		r = rule(off, len, seed);
		if (pattern_scan(p, r.words, r.seed, 0, &h, &at) && !bad) {
			bad = -1;
			*first_bad = off + at;
		}
		if (pattern_scan(p + r.words, words - r.words, 0, 1, &h, &at) &&
		    !bad) {
			bad = -1;
			*first_bad = off + r.words * 8 + at;
		}
	}
	*hash = h;
	return bad;
}

/*
 * Test-only: flip the byte in the middle of a preserved file after its
 * hash was reported, so the target must see different content. Returns 0,
 * or -1 with errno.
 */
int pattern_damage(const char *suite, const char *item, int fd, size_t size)
{
	unsigned char *map;

	/* through a mapping: hugetlbfs files have no write() */
	map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED)
		return -1;
	map[size / 2] ^= 0xff;
	munmap(map, size);
	ktap_diag("luqual: corrupted item=%s/%s on purpose", suite, item);
	return 0;
}

/* through a shared mapping: how hugetlbfs files, which have no write(), are filled */
static int pattern_map_fill(int fd, size_t size, uint64_t seed, uint64_t *hash)
{
	void *map;

	if (ftruncate(fd, size) < 0)
		return -errno;
	*hash = PATTERN_HASH_INIT;
	if (!size)
		return 0;
	map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
		   fd, 0);
	if (map == MAP_FAILED)
		return -errno;
	*hash = pattern_fill(map, size, seed, *hash);
	munmap(map, size);
	return 0;
}

/*
 * Appends size bytes of the pattern with write(2), a chunk at a time.
 * Under TCG this fills 256 MiB of shmem in about half the time a populated
 * mapping takes (0.45-0.59 s against 0.92-2.17 s): shmem does not zero a
 * page that a write covers whole, and one write takes 16 pages where
 * populating walks the page-fault path once a page.
 */
int pattern_write(int fd, size_t size, uint64_t seed, uint64_t *hash)
{
	static uint64_t chunk[8192];
	size_t off, n;
	ssize_t done;

	*hash = PATTERN_HASH_INIT;
	for (off = 0; off < size; off += n) {
		n = size - off < sizeof(chunk) ? size - off : sizeof(chunk);
		*hash = pattern_fill(chunk, n, seed + off / 8, *hash);
		done = write(fd, chunk, n);
		if (done != (ssize_t)n)
			return done < 0 ? -errno : -EIO;
	}
	return 0;
}

/*
 * A memfd of size bytes holding the pattern of seed, written with write(2)
 * or (how == PATTERN_BY_MMAP) through a mapping; returns it or -errno (and
 * leaves nothing open). MAP_SHARED reserves hugetlb pages at mmap time, so
 * a missing huge page is ENOMEM here, not a SIGBUS later.
 */
int pattern_memfd(const char *name, unsigned int flags, enum pattern_how how,
		  size_t size, uint64_t seed, uint64_t *hash)
{
	int fd, err;

	fd = memfd_create(name, MFD_CLOEXEC | flags);
	if (fd < 0)
		return -errno;
	err = how == PATTERN_BY_MMAP ? pattern_map_fill(fd, size, seed, hash) :
				       pattern_write(fd, size, seed, hash);
	if (err) {
		close(fd);
		return err;
	}
	return fd;
}
