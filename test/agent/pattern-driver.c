// SPDX-License-Identifier: GPL-2.0
/*
 * Host-side driver for test/agent-pattern.test.ts: runs agent/pattern.c
 * against a plain word-by-word reference and prints one line per
 * failed check ("FAIL ...") and a last line "checked N".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"

void ktap_diag(const char *fmt, ...)
{
	(void)fmt;
}

static int checked, failed;

static void expect(int ok, const char *what, size_t len, size_t at)
{
	checked++;
	if (!ok) {
		failed++;
		printf("FAIL %s len=%zu at=%zu\n", what, len, at);
	}
}

/* the pattern and hash as plainly as they can be written */
static uint64_t ref_hash(const unsigned char *buf, size_t len)
{
	uint64_t h = PATTERN_HASH_INIT, w;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, buf + i, 8);
		h = pattern_hash_word(h, w);
	}
	if (len % 8) {
		w = 0;
		memcpy(&w, buf + i, len % 8);
		h = pattern_hash_word(h, w);
	}
	return h;
}

static void ref_fill(unsigned char *buf, size_t len, uint64_t seed)
{
	uint64_t w;

	for (size_t i = 0; i < len; i += 8) {
		w = pattern_word(seed, i / 8);
		memcpy(buf + i, &w, len - i < 8 ? len - i : 8);
	}
}

static void one_size(size_t len, uint64_t seed)
{
	unsigned char *buf = calloc(1, len + 8), *ref = calloc(1, len + 8);
	uint64_t h, hash;
	size_t bad = 0, at;

	h = pattern_fill(buf, len, seed, PATTERN_HASH_INIT);
	ref_fill(ref, len, seed);
	expect(!memcmp(buf, ref, len), "fill matches the reference", len, 0);
	expect(h == ref_hash(ref, len), "fill hash", len, 0);
	expect(!pattern_check(buf, len, seed, &bad, &hash), "check passes", len, 0);
	expect(hash == h, "check hash", len, 0);
	/* a flipped byte anywhere: found at its offset, and the hash moves */
	for (at = 0; at < len; at += 1 + at / 3) {
		buf[at] ^= 0x40;
		bad = ~(size_t)0;
		expect(pattern_check(buf, len, seed, &bad, &hash) == -1, "flip caught", len, at);
		expect(bad == at, "first bad offset", len, at);
		expect(hash != h, "hash differs", len, at);
		buf[at] ^= 0x40;
	}
	free(buf);
	free(ref);
}

/* zeros mode and offsets within a scan, as the sparse check uses it */
static void zeros(void)
{
	uint64_t page[512] = { 0 }, h = PATTERN_HASH_INIT;
	size_t bad = 0;

	expect(!pattern_scan(page, 512, 7, 1, &h, &bad), "zeros pass", 4096, 0);
	expect(h == ref_hash((unsigned char *)page, 4096), "zeros hash", 4096, 0);
	for (size_t w = 0; w < 512; w += 37) {
		page[w] = 1ull << 40;
		h = PATTERN_HASH_INIT;
		expect(pattern_scan(page, 512, 7, 1, &h, &bad) == -1, "non-zero caught", 4096, w * 8);
		expect(bad == w * 8 + 5, "non-zero offset", 4096, w * 8);
		page[w] = 0;
	}
	h = PATTERN_HASH_INIT;
	expect(pattern_scan(page, 512, 7, 0, &h, &bad) == -1, "zeros are not the pattern", 4096, 0);
	expect(bad < 8, "zeros differ in the first word", 4096, bad);
}

/*
 * pattern_check_pages() with the suites' two rules, against a plain
 * reference: memfd's sparse file (data in its first, middle and last
 * page, each as in a full file; holes read as zeros), scaled down from
 * 16 MiB, and vfio's DMA buffer (XFER bytes of the pattern from the seed
 * in each page, then zeros).
 */
#define PAGE	4096
#define XFER	2048

static struct page_rule sparse_page(size_t off, size_t len, uint64_t seed)
{
	size_t page = off / PAGE, last = (len - 1) / PAGE;
	int data = page == 0 || page == last / 2 || page == last;

	return (struct page_rule){ data ? PAGE / 8 : 0, seed + off / 8 };
}

static struct page_rule xfer_page(size_t off, size_t len, uint64_t seed)
{
	(void)off;
	(void)len;
	return (struct page_rule){ XFER / 8, seed };
}

/* word i of each layout, written out plainly */
static uint64_t ref_word(int xfer, size_t i, size_t len, uint64_t seed)
{
	size_t pages = len / PAGE, page = i / (PAGE / 8);

	if (xfer)
		return i % (PAGE / 8) < XFER / 8 ? pattern_word(seed, i % (PAGE / 8)) : 0;
	if (page == 0 || page == (pages - 1) / 2 || page == pages - 1)
		return pattern_word(seed, i);
	return 0;
}

static size_t ref_first_bad(const unsigned char *buf, const unsigned char *ref,
			    size_t len)
{
	size_t i;

	for (i = 0; i < len && buf[i] == ref[i]; i++)
		;
	return i;
}

static void one_layout(int xfer, size_t pages, uint64_t seed)
{
	struct page_rule (*rule)(size_t, size_t, uint64_t) =
		xfer ? xfer_page : sparse_page;
	const char *name = xfer ? "xfer" : "sparse";
	static const size_t in_page[] = { 0, 7, 8, XFER - 1, XFER, XFER + 9, PAGE - 1 };
	size_t len = pages * PAGE, bad, at, i, p, k;
	unsigned char *buf = malloc(len), *ref = malloc(len);
	uint64_t w, hash;
	char what[64];

	for (i = 0; i < len / 8; i++) {
		w = ref_word(xfer, i, len, seed);
		memcpy(ref + i * 8, &w, 8);
	}
	memcpy(buf, ref, len);
	bad = ~(size_t)0;
	snprintf(what, sizeof(what), "%s pages pass", name);
	expect(!pattern_check_pages(buf, len, seed, PAGE, rule, &bad, &hash), what, len, 0);
	expect(bad == ~(size_t)0, what, len, bad);
	snprintf(what, sizeof(what), "%s pages hash", name);
	expect(hash == ref_hash(ref, len), what, len, 0);
	/* a flipped byte in every page, in its data and in its zeros */
	for (p = 0; p < pages; p++) {
		for (k = 0; k < ARRAY_SIZE(in_page); k++) {
			at = p * PAGE + in_page[k];
			buf[at] ^= 0x21;
			snprintf(what, sizeof(what), "%s pages flip in %s", name,
				 ref_word(xfer, at / 8, len, seed) ? "data" : "a hole");
			bad = ~(size_t)0;
			expect(pattern_check_pages(buf, len, seed, PAGE, rule, &bad, &hash) == -1,
			       what, len, at);
			expect(bad == at && bad == ref_first_bad(buf, ref, len), what, len, bad);
			expect(hash == ref_hash(buf, len), what, len, at);
			buf[at] ^= 0x21;
		}
	}
	/* two: a hole that holds the pattern is caught, and named first */
	at = (pages - 2) * PAGE + XFER + 16;
	memcpy(buf + at, ref + 16, 8);
	buf[len - 1] ^= 1;
	snprintf(what, sizeof(what), "%s pages pattern in a hole", name);
	expect(!ref_word(xfer, at / 8, len, seed), what, len, at);
	expect(pattern_check_pages(buf, len, seed, PAGE, rule, &bad, &hash) == -1, what, len, at);
	expect(bad >= at && bad < at + 8 && bad == ref_first_bad(buf, ref, len),
	       what, len, bad);
	expect(hash == ref_hash(buf, len), what, len, at);
	free(buf);
	free(ref);
}

/* a memfd written chunk by chunk, or through a mapping, holds the same words and hash */
static void one_memfd(size_t len, uint64_t seed, enum pattern_how how)
{
	unsigned char *got = calloc(1, len + 1), *ref = calloc(1, len + 1);
	uint64_t h = 0;
	int fd = pattern_memfd("pattern-test", 0, how, len, seed, &h);

	expect(fd >= 0, how == PATTERN_BY_MMAP ? "mmap memfd" : "written memfd", len, 0);
	if (fd >= 0) {
		expect(pread(fd, got, len + 1, 0) == (ssize_t)len, "memfd size", len, 0);
		ref_fill(ref, len, seed);
		expect(!memcmp(got, ref, len), "memfd matches the reference", len, 0);
		expect(h == ref_hash(ref, len), "memfd hash", len, 0);
		close(fd);
	}
	free(got);
	free(ref);
}

int main(void)
{
	static const size_t sizes[] = { 0, 1, 7, 8, 9, 63, 64, 65, 71, 4096, 3 * 4096 + 57, (1 << 20) + 13 };

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		one_size(sizes[i], 0x6c75716c00000000ull ^ (i << 20));
	zeros();
	one_layout(0, 17, 0x6c75716c00000000ull ^ (6 << 20));
	one_layout(0, 4, 99);
	one_layout(1, 2, 0x76666961ull);
	one_layout(1, 3, 5);
	/* pattern_write's chunk is 64 KiB: sizes across and on its edges */
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		one_memfd(sizes[i], 5 + i, PATTERN_BY_MMAP);
	for (size_t len = 65536 - 8; len <= 3 * 65536 + 9; len += 65536 - 3)
		one_memfd(len, 0x6c75716c00000000ull ^ len, PATTERN_BY_WRITE);
	printf("checked %d\n", checked);
	return failed != 0;
}
