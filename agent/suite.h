/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The whole API a suite sees: a suite's C files include this header and
 * their own folder's headers, nothing else of the agent. What only the
 * agent's core uses is in agent.h.
 */
#ifndef LUQUAL_SUITE_H
#define LUQUAL_SUITE_H

#include <stddef.h>
#include <stdint.h>

/* the LUO uapi, for a suite that drives /dev/liveupdate itself */
#include "uapi.h"

/* the kernel's short forms, as in tools/include */
#define __printf(a, b)	__attribute__((format(printf, a, b)))
#define __used		__attribute__((used))
#define __section(s)	__attribute__((section(s)))
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* Everything a suite may read about this boot. */
struct agent_ctx {
	int stage;		/* 1: preserving (source), 2: verifying (target) */
	int luo_fd;		/* /dev/liveupdate, or -1 */
	int luo_errno;		/* why luo_fd is -1 */
	int corrupt;		/* test-only: this suite damages what it preserved */
	const char *run_id;	/* unique to the host's run, or NULL */
};

struct heirlooms;

/* What a suite needs of the source kernel to preserve anything. */
enum suite_needs {
	/* /dev/liveupdate: on a source without it, the suite is skipped */
	SUITE_NEEDS_LUO,
	/* KHO, not LUO: it runs on any source and reports what KHO lacks */
	SUITE_NEEDS_KHO,
};

/*
 * A suite runs in both stages: stage1 creates and preserves its state into
 * LUO sessions that it keeps open, stage2 retrieves and verifies it. The
 * agent opens the suite's KTAP subtest before either and closes it after;
 * in between the suite reports one result per test with ktap_result(),
 * ktap_skip() or ktap_fail(), and the agent counts them: a suite writes no
 * plan, and it passes when none of its results is "not ok".
 *
 * SUITE() registers a suite under its folder's name under suites/, which
 * the build passes to each of the folder's files as SUITE_NAME
 * (runners/agent-build.ts); it takes the other fields, e.g.
 *	SUITE(.needs = SUITE_NEEDS_LUO, .stage1 = s1, .stage2 = s2);
 * The agent runs the suites the host's plan names, in the plan's order.
 */
struct suite {
	const char *name;
	enum suite_needs needs;
	void (*stage1)(struct agent_ctx *ctx);
	void (*stage2)(struct agent_ctx *ctx);
	/* optional: what the suite hands down a whole walk (heirlooms below) */
	const struct heirlooms *heirlooms;
};

#define SUITE(...)							\
	static const struct suite __suite = {				\
		.name = SUITE_NAME, __VA_ARGS__				\
	};								\
	static const struct suite *const __suite_ptr			\
	__used __section("luqual_suites") = &__suite

/* ktap.c: one result line per test, in the suite's subtest */
void ktap_diag(const char *fmt, ...) __printf(1, 2);
void ktap_result(int ok, const char *name);
void ktap_skip(const char *name, const char *fmt, ...) __printf(2, 3);
void ktap_fail(const char *name, int err, const char *fmt, ...)
	__printf(3, 4);
void ktap_item(const char *suite, const char *item, const char *state,
	       const char *fmt, ...) __printf(4, 5);

/* luo.c: /dev/liveupdate wrappers; return an fd (sessions, files), 0 or -errno */
int luo_create_session(int luo_fd, const char *name);
int luo_retrieve_session(int luo_fd, const char *name);
int luo_preserve_fd(int session_fd, int fd, uint64_t token);
int luo_retrieve_fd(int session_fd, uint64_t token);
int luo_finish(int session_fd);

/* pattern.c: deterministic content, checked word by word */
#define PATTERN_HASH_INIT 0xcbf29ce484222325ull
uint64_t pattern_word(uint64_t seed, size_t i);
uint64_t pattern_hash_word(uint64_t h, uint64_t w);
uint64_t pattern_fill(void *buf, size_t len, uint64_t seed, uint64_t h);
int pattern_check(const void *buf, size_t len, uint64_t seed,
		  size_t *first_bad, uint64_t *hash);
int pattern_scan(const uint64_t *p, size_t words, uint64_t seed, int zeros,
		 uint64_t *h, size_t *first_bad);
/* what one page holds: words of the pattern of seed, then zeros to its end */
struct page_rule {
	size_t words;
	uint64_t seed;
};
int pattern_check_pages(const void *buf, size_t len, uint64_t seed,
			size_t page,
			struct page_rule (*rule)(size_t off, size_t len,
						 uint64_t seed),
			size_t *first_bad, uint64_t *hash);
int pattern_damage(const char *suite, const char *item, int fd, size_t size);
int pattern_write(int fd, size_t size, uint64_t seed, uint64_t *hash);
enum pattern_how { PATTERN_BY_WRITE, PATTERN_BY_MMAP };
int pattern_memfd(const char *name, unsigned int flags, enum pattern_how how,
		  size_t size, uint64_t seed, uint64_t *hash);

/* verify.c: a preserved file as the source made it */
struct preserved_file {
	const char *suite;
	const char *name;	/* the test and item name */
	uint64_t token;
	size_t size;
	uint64_t seed;		/* of its pattern */
	unsigned int seals;	/* F_GET_SEALS it must have; 0: not checked */
	/* the content check, when not pattern_check() */
	int (*check)(const void *buf, size_t len, uint64_t seed,
		     size_t *first_bad, uint64_t *hash);
};

int verify_preserved(int session, const struct preserved_file *f);
/* the same, keeping the file: its fd when intact, else -1 (reported) */
int retrieve_verified(int session, const struct preserved_file *f);

/*
 * Heirlooms: files born on a walk's first kernel and carried through all of
 * it, beside the fresh state each hop preserves. A suite opts in with a
 * struct heirlooms in SUITE(.heirlooms = ...); the agent does the rest
 * (heir.c): the first kernel makes every file and preserves them in the
 * session "<session>-1"; kernel N retrieves "<session>-<N-1>", checks every
 * byte, finishes it, and while the walk goes on preserves the retrieved
 * files again in "<session>-<N>". Each file is reported as the item and
 * test "<suite>/<name>" in the document's own "heirlooms" subtest, apart
 * from the suite's tests, so that a hop's verdict stays its fresh state's.
 * files[i].suite is "heirlooms", files[i].name "<suite>/<name>".
 */
struct heirlooms {
	const char *session;
	const struct preserved_file *files;
	int count;
	/* makes files[i] on the first kernel: its fd, or -errno with *step */
	int (*make)(int i, uint64_t *hash, const char **step);
};

#define HEIRLOOMS_SUBTEST	"heirlooms"
#define HEIRLOOMS_MAX		4	/* files of one suite */

/* small pattern memfds in bulk: the caller reports them as one item */
int preserve_pattern_memfd(int session, uint64_t token, size_t size,
			   uint64_t seed, uint64_t *hash);
int check_pattern_memfd(int session, uint64_t token, size_t size,
			uint64_t seed, uint64_t *hash);
int report_bulk(const char *suite, const char *test, const char *unit,
		int count, int missing, int bad, uint64_t hash);

/* files.c */
int read_text(const char *path, char *buf, size_t size);
int write_text(const char *path, const char *text);

/* klog.c: the kernel log */
char *klog_read(void);
int klog_line(const char *log, const char *needle, char *line, size_t size);

/* pci.c */
#define PCI_DEVICES	"/sys/bus/pci/devices"
int pci_find(uint16_t vendor, uint16_t device, char *bdf, size_t size);

#endif /* LUQUAL_SUITE_H */
