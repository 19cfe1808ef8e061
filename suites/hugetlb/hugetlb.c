// SPDX-License-Identifier: GPL-2.0
/*
 * hugetlb suite: memfds backed by huge pages. Upstream LUO (to 7.3) rejects
 * them at PRESERVE_FD; a kernel that accepts them gets them verified.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suite.h"

/* include/uapi/linux/memfd.h */
#define LQ_MFD_HUGETLB		0x0004u
#define LQ_MFD_HUGE_SHIFT	26
#define LQ_MFD_HUGE_2MB		(21u << LQ_MFD_HUGE_SHIFT)
#define LQ_MFD_HUGE_1GB		(30u << LQ_MFD_HUGE_SHIFT)

#define SESSION_NAME "luqual-hugetlb"

struct huge_case {
	const char *name;
	unsigned int flags;
	size_t size;
	const char *pool;	/* sysfs count of reserved pages of that size */
	uint64_t token;
};

static const struct huge_case cases[] = {
	{ "2M", LQ_MFD_HUGE_2MB, 4 << 20,
	  "/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages", 1 },
	{ "1G", LQ_MFD_HUGE_1GB, 1 << 30,
	  "/sys/kernel/mm/hugepages/hugepages-1048576kB/nr_hugepages", 2 },
};

static int session = -1;

static long reserved(const char *pool)
{
	char buf[32];
	int n = read_text(pool, buf, sizeof(buf));

	return n < 0 ? n : strtol(buf, NULL, 10);
}

static uint64_t case_seed(const struct huge_case *c)
{
	return 0x6875676500000000ull ^ c->token;
}

/* Skips a case whose pool has no page, with the count or why it is unknown. */
static void skip_no_pages(const struct huge_case *c, long pages)
{
	if (pages < 0)
		ktap_skip(c->name, "no %s huge page reserved in this guest (%s: %s)",
			  c->name, c->pool, strerror((int)-pages));
	else
		ktap_skip(c->name, "no %s huge page reserved in this guest (%s: %ld)",
			  c->name, c->pool, pages);
}

static void preserve_case(struct agent_ctx *ctx, const struct huge_case *c)
{
	uint64_t hash = 0;
	long pages = reserved(c->pool);
	int fd, err;

	if (pages <= 0) {
		skip_no_pages(c, pages);
		return;
	}
	fd = pattern_memfd(c->name, LQ_MFD_HUGETLB | c->flags, PATTERN_BY_MMAP,
			   c->size, case_seed(c), &hash);
	if (fd < 0) {
		ktap_fail(c->name, -fd, "creating a %zu-byte hugetlb memfd", c->size);
		return;
	}
	if (session < 0)
		session = luo_create_session(ctx->luo_fd, SESSION_NAME);
	if (session < 0) {
		ktap_fail(c->name, -session, "CREATE_SESSION %s", SESSION_NAME);
		close(fd);
		return;
	}
	err = luo_preserve_fd(session, fd, c->token);
	if (err) {
		close(fd);
		ktap_skip(c->name, "source kernel cannot preserve hugetlb memfds: PRESERVE_FD: %s (errno %d)",
			  strerror(-err), -err);
		return;
	}
	ktap_item(SUITE_NAME, c->name, "preserved", "size=%zu hash=%016llx",
		  c->size, (unsigned long long)hash);
	if (ctx->corrupt && pattern_damage(SUITE_NAME, c->name, fd, c->size)) {
		ktap_fail(c->name, errno, "damaging on purpose");
		return;
	}
	ktap_result(1, c->name);
}

static void hugetlb_stage1(struct agent_ctx *ctx)
{
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		preserve_case(ctx, &cases[i]);
}

static void verify_case(int session, const struct huge_case *c)
{
	const struct preserved_file f = {
		.suite = SUITE_NAME, .name = c->name, .token = c->token,
		.size = c->size, .seed = case_seed(c),
	};

	verify_preserved(session, &f);
}

static void hugetlb_stage2(struct agent_ctx *ctx)
{
	int s, err;

	s = ctx->luo_fd < 0 ? -ctx->luo_errno :
			      luo_retrieve_session(ctx->luo_fd, SESSION_NAME);
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		verify_case(s, &cases[i]);
	if (s < 0)
		return;
	err = luo_finish(s);
	if (err)
		ktap_diag("FINISH %s: %s (errno %d)", SESSION_NAME, strerror(-err),
			  -err);
	close(s);
}

SUITE(.needs = SUITE_NEEDS_LUO, .stage1 = hugetlb_stage1,
      .stage2 = hugetlb_stage2);
