// SPDX-License-Identifier: GPL-2.0
/*
 * memfd suite: the shapes of memfd a program preserves - empty, one page,
 * sizes that are no page multiple, large, sparse, written by write() or
 * through mmap, sealed, and many of them - in one LUO session, verified
 * byte for byte (and seal for seal) on the target.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "suite.h"

#define SESSION_NAME	"luqual-memfd"
#define PAGE		4096
#define MANY		500	/* as the kernel's luo_stress_files */
#define MANY_TOKEN	1000

enum fill { BY_MMAP, BY_WRITE, SPARSE };

struct memfd_case {
	const char *name;
	size_t size;
	uint64_t token;
	enum fill fill;
	unsigned int seals;	/* added after the fill; 0: none */
};

#define SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

static const struct memfd_case cases[] = {
	{ "empty", 0, 1, BY_MMAP, 0 },
	{ "page", PAGE, 2, BY_MMAP, 0 },
	{ "odd-size", 3 * PAGE + 57, 3, BY_MMAP, 0 },
	{ "written", (1 << 20) + 13, 4, BY_WRITE, 0 },
	{ "256M", 256 << 20, 5, BY_WRITE, 0 },
	{ "sparse", 16 << 20, 6, SPARSE, 0 },
	{ "sealed", 64 << 10, 7, BY_MMAP, SEALS },
};

#define NCASES ((int)ARRAY_SIZE(cases))

/* Held open until the kexec: LUO drops what no process holds. */
static int held_fds[NCASES + MANY];
static int held_session = -1;

#define CASE_SEED(token)	(0x6c75716c00000000ull ^ ((uint64_t)(token) << 20))

static uint64_t case_seed(const struct memfd_case *c)
{
	return CASE_SEED(c->token);
}

/* the sparse file has data in its first, middle and last page only */
static int sparse_data(size_t off, size_t size)
{
	size_t page = off / PAGE, last = (size - 1) / PAGE;

	return page == 0 || page == last / 2 || page == last;
}

/* a data page holds the pattern as if the file were full, a hole zeros */
static struct page_rule sparse_page(size_t off, size_t len, uint64_t seed)
{
	return (struct page_rule){
		.words = sparse_data(off, len) ? PAGE / 8 : 0,
		.seed = seed + off / 8,
	};
}

/* pattern_check()'s contract for the sparse file, a page multiple */
static int sparse_check(const void *buf, size_t len, uint64_t seed,
			size_t *first_bad, uint64_t *hash)
{
	return pattern_check_pages(buf, len, seed, PAGE, sparse_page,
				   first_bad, hash);
}

/* fills the data pages only: the rest stays holes until LUO fills them */
static int fill_sparse(int fd, const struct memfd_case *c, uint64_t *hash)
{
	uint64_t *map;
	size_t bad;

	map = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED)
		return -errno;
	for (size_t off = 0; off < c->size; off += PAGE)
		if (sparse_data(off, c->size))
			for (size_t i = off / 8; i < (off + PAGE) / 8; i++)
				map[i] = pattern_word(case_seed(c), i);
	sparse_check(map, c->size, case_seed(c), &bad, hash);
	munmap(map, c->size);
	return 0;
}

/* Returns the memfd of a case, filled and sealed, or -errno with *step. */
static int make_case(const struct memfd_case *c, uint64_t *hash,
		     const char **step)
{
	unsigned int flags = c->seals ? MFD_ALLOW_SEALING : 0;
	int fd, err = 0;

	*step = "create";
	if (c->fill != SPARSE) {
		fd = pattern_memfd(c->name, flags, c->fill == BY_MMAP ?
				   PATTERN_BY_MMAP : PATTERN_BY_WRITE,
				   c->size, case_seed(c), hash);
		if (fd < 0)
			return fd;
	} else {
		fd = memfd_create(c->name, MFD_CLOEXEC | flags);
		if (fd < 0)
			return -errno;
		*step = "fill";
		err = ftruncate(fd, c->size) < 0 ? -errno :
						    fill_sparse(fd, c, hash);
	}
	if (!err && c->seals && fcntl(fd, F_ADD_SEALS, c->seals) < 0) {
		*step = "seal";
		err = -errno;
	}
	if (err) {
		close(fd);
		return err;
	}
	return fd;
}

static void preserve_case(struct agent_ctx *ctx, const struct memfd_case *c,
			  int i)
{
	const char *step;
	uint64_t hash = 0;
	int fd, err;

	fd = make_case(c, &hash, &step);
	if (fd < 0) {
		ktap_item(SUITE_NAME, c->name, "not-preserved", "step=%s", step);
		ktap_fail(c->name, -fd, "a memfd of %zu bytes: %s", c->size, step);
		return;
	}
	err = luo_preserve_fd(held_session, fd, c->token);
	if (err) {
		close(fd);
		ktap_item(SUITE_NAME, c->name, "not-preserved",
			  "step=preserve errno=%d", -err);
		ktap_fail(c->name, -err, "PRESERVE_FD token %llu",
			  (unsigned long long)c->token);
		return;
	}
	held_fds[i] = fd;
	ktap_item(SUITE_NAME, c->name, "preserved", "size=%zu hash=%016llx",
		  c->size, (unsigned long long)hash);
	/* sealed against writes, so the damage goes to a writable one */
	if (ctx->corrupt && !strcmp(c->name, "odd-size") &&
	    pattern_damage(SUITE_NAME, c->name, fd, c->size)) {
		ktap_fail(c->name, errno, "damaging on purpose");
		return;
	}
	ktap_result(1, c->name);
}

static uint64_t many_seed(int i)
{
	return 0x6d616e7900000000ull ^ ((uint64_t)i << 16);
}

static void many_stage1(void)
{
	uint64_t hash = 0;
	int i, fd;

	for (i = 0; i < MANY; i++) {
		fd = preserve_pattern_memfd(held_session, MANY_TOKEN + i, PAGE,
					    many_seed(i), &hash);
		if (fd < 0) {
			ktap_item(SUITE_NAME, "many", "not-preserved", "at=%d", i);
			ktap_fail("many", -fd, "memfd %d of %d", i + 1, MANY);
			return;
		}
		held_fds[NCASES + i] = fd;
	}
	ktap_item(SUITE_NAME, "many", "preserved", "count=%d hash=%016llx", MANY,
		  (unsigned long long)hash);
	ktap_result(1, "many");
}

static void memfd_stage1(struct agent_ctx *ctx)
{
	held_session = luo_create_session(ctx->luo_fd, SESSION_NAME);
	if (held_session < 0) {
		ktap_fail("session", -held_session, "CREATE_SESSION %s",
			  SESSION_NAME);
		for (int i = 0; i < NCASES; i++) {
			ktap_item(SUITE_NAME, cases[i].name, "not-preserved",
				  "step=session");
			ktap_fail(cases[i].name, 0, "no session to preserve into");
		}
		ktap_fail("many", 0, "no session to preserve into");
		return;
	}
	ktap_result(1, "session");
	for (int i = 0; i < NCASES; i++)
		preserve_case(ctx, &cases[i], i);
	many_stage1();
}

static void verify_case(int session, const struct memfd_case *c)
{
	const struct preserved_file f = {
		.suite = SUITE_NAME, .name = c->name, .token = c->token,
		.size = c->size, .seed = case_seed(c), .seals = c->seals,
		.check = c->fill == SPARSE ? sparse_check : NULL,
	};

	verify_preserved(session, &f);
}

static void many_stage2(int session)
{
	int i, r, missing = 0, bad = 0;
	uint64_t hash = 0;

	for (i = 0; i < MANY; i++) {
		r = check_pattern_memfd(session, MANY_TOKEN + i, PAGE,
					many_seed(i), &hash);
		missing += r < 0;
		bad += r > 0;
	}
	report_bulk(SUITE_NAME, "many", "memfds", MANY, missing, bad, hash);
}

static void fail_all_missing(int err, const char *why)
{
	ktap_fail("session", err, "%s", why);
	for (int i = 0; i < NCASES; i++) {
		ktap_item(SUITE_NAME, cases[i].name, "missing", "step=session");
		ktap_fail(cases[i].name, 0, "session not retrieved");
	}
	ktap_item(SUITE_NAME, "many", "missing", "step=session");
	ktap_fail("many", 0, "session not retrieved");
	ktap_fail("finish", 0, "session not retrieved");
}

static void memfd_stage2(struct agent_ctx *ctx)
{
	int session, err;

	if (ctx->luo_fd < 0) {
		fail_all_missing(ctx->luo_errno, "open /dev/liveupdate");
		return;
	}
	session = luo_retrieve_session(ctx->luo_fd, SESSION_NAME);
	if (session < 0) {
		fail_all_missing(-session, "RETRIEVE_SESSION " SESSION_NAME);
		return;
	}
	ktap_result(1, "session");
	for (int i = 0; i < NCASES; i++)
		verify_case(session, &cases[i]);
	many_stage2(session);
	err = luo_finish(session);
	if (err)
		ktap_fail("finish", -err, "FINISH %s", SESSION_NAME);
	else
		ktap_result(1, "finish");
	close(session);
}

/*
 * Heirlooms: a large memfd, a sealed one and a sparse one, handed on
 * through a whole walk (suite.h). Their tokens give them seeds of their
 * own; files[i] describes what heir_cases[i] makes.
 */
#define HEIR_64M	(64 << 20)
#define HEIR_SEALED	(64 << 10)
#define HEIR_SPARSE	(16 << 20)

static const struct memfd_case heir_cases[] = {
	{ "64M", HEIR_64M, 101, BY_WRITE, 0 },
	{ "sealed", HEIR_SEALED, 102, BY_MMAP, SEALS },
	{ "sparse", HEIR_SPARSE, 103, SPARSE, 0 },
};

static const struct preserved_file heir_files[] = {
	{ HEIRLOOMS_SUBTEST, SUITE_NAME "/64M", 101, HEIR_64M, CASE_SEED(101), 0, NULL },
	{ HEIRLOOMS_SUBTEST, SUITE_NAME "/sealed", 102, HEIR_SEALED, CASE_SEED(102), SEALS, NULL },
	{ HEIRLOOMS_SUBTEST, SUITE_NAME "/sparse", 103, HEIR_SPARSE, CASE_SEED(103), 0, sparse_check },
};

_Static_assert(ARRAY_SIZE(heir_files) == ARRAY_SIZE(heir_cases) &&
	       ARRAY_SIZE(heir_files) <= HEIRLOOMS_MAX, "heirlooms out of step");

static int make_heir(int i, uint64_t *hash, const char **step)
{
	return make_case(&heir_cases[i], hash, step);
}

static const struct heirlooms memfd_heirlooms = {
	.session = "luqual-heir-memfd",
	.files = heir_files,
	.count = ARRAY_SIZE(heir_files),
	.make = make_heir,
};

SUITE(.needs = SUITE_NEEDS_LUO, .stage1 = memfd_stage1,
      .stage2 = memfd_stage2, .heirlooms = &memfd_heirlooms);
