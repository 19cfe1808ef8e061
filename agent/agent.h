/* SPDX-License-Identifier: GPL-2.0 */
#ifndef LUQUAL_AGENT_H
#define LUQUAL_AGENT_H

#include <stddef.h>
#include <stdint.h>

#define AGENT_VERSION "1"

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
};

/*
 * A suite runs in both stages: stage1 creates and preserves its state into
 * LUO sessions that it keeps open, stage2 retrieves and verifies it. Each
 * prints its own KTAP subtest (plan, one line per test) through ktap_*().
 * Suites register themselves with SUITE(); the agent runs those the host's
 * plan names, in the plan's order.
 */
struct suite {
	const char *name;
	int (*stage1)(struct agent_ctx *ctx);	/* returns failures */
	int (*stage2)(struct agent_ctx *ctx);
	int kho_only;		/* runs on a source with KHO but no LUO */
};

#define SUITE(sym)							\
	static const struct suite *const __suite_ptr_##sym		\
	__used __section("luqual_suites") = &sym

/* the SUITE() pointers, bounded by the linker */
extern const struct suite *const __start_luqual_suites[];
extern const struct suite *const __stop_luqual_suites[];

/* ktap.c */
void ktap_doc_begin(void);
void ktap_line(const char *fmt, ...) __printf(1, 2);
void ktap_diag(const char *fmt, ...) __printf(1, 2);
void ktap_subtest_begin(const char *name, int planned);
void ktap_subtest_end(void);
void ktap_result(int ok, const char *name);
void ktap_skip(const char *name, const char *fmt, ...) __printf(2, 3);
void ktap_fail(const char *name, int err, const char *fmt, ...)
	__printf(3, 4);
void ktap_item(const char *suite, const char *item, const char *state,
	       const char *fmt, ...) __printf(4, 5);

/* luo.c: /dev/liveupdate wrappers; return an fd or -errno */
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

/* handover.c */
void handover_dump(const char *which);

/* pci.c */
#define PCI_DEVICES	"/sys/bus/pci/devices"
int pci_find(uint16_t vendor, uint16_t device, char *bdf, size_t size);

/* walk.c */
const char *walk_get(const char *what, int stage);
int walk_initrd(void);
int walk_kernel(int stage, const char **step);

/* plan.c */
int plan_load(void);
const char *plan_get(const char *key);

#endif /* LUQUAL_AGENT_H */
