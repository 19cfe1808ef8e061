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

#include "agent.h"

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

uint64_t pattern_fill(void *buf, size_t len, uint64_t seed)
{
	size_t words = len / 8, i;
	uint64_t *p = buf, h = PATTERN_HASH_INIT, w;

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

/* Returns 0 when the buffer holds the pattern, else -1 with *first_bad. */
int pattern_check(const void *buf, size_t len, uint64_t seed,
		  size_t *first_bad, uint64_t *hash)
{
	const uint64_t *p = buf;
	size_t words = len / 8, i, b;
	uint64_t h = PATTERN_HASH_INIT, want, got;
	int bad = 0;

	for (i = 0; i < words; i++) {
		want = mix(seed + i);
		if (p[i] != want && !bad) {
			bad = 1;
			for (b = 0; ((want ^ p[i]) >> (8 * b) & 0xff) == 0; b++)
				;
			*first_bad = i * 8 + b;
		}
		h = pattern_hash_word(h, p[i]);
	}
	if (len % 8) {
		uint64_t full = mix(seed + i);

		want = 0;
		got = 0;
		memcpy(&want, &full, len % 8);
		memcpy(&got, p + i, len % 8);
		if (want != got && !bad) {
			bad = 1;
			*first_bad = i * 8;
		}
		h = pattern_hash_word(h, got);
	}
	*hash = h;
	return bad ? -1 : 0;
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

/*
 * A memfd of size bytes holding the pattern of seed; returns it or -errno
 * (and leaves nothing open). MAP_SHARED reserves hugetlb pages at mmap
 * time, so a missing huge page is ENOMEM here, not a SIGBUS later.
 */
int pattern_memfd(const char *name, unsigned int flags, size_t size,
		  uint64_t seed, uint64_t *hash)
{
	void *map;
	int fd, err;

	fd = memfd_create(name, MFD_CLOEXEC | flags);
	if (fd < 0)
		return -errno;
	if (ftruncate(fd, size) < 0)
		goto fail;
	*hash = PATTERN_HASH_INIT;
	if (size) {
		map = mmap(NULL, size, PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_POPULATE, fd, 0);
		if (map == MAP_FAILED)
			goto fail;
		*hash = pattern_fill(map, size, seed);
		munmap(map, size);
	}
	return fd;
fail:
	err = -errno;
	close(fd);
	return err;
}
