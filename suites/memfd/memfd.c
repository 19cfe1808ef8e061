// SPDX-License-Identifier: GPL-2.0
/*
 * memfd suite: memfds of several sizes filled with a deterministic pattern,
 * preserved in one LUO session and verified byte for byte on the target.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"
#include "uapi.h"

#define SESSION_NAME "luqual-memfd"

struct memfd_case {
	const char *name;
	size_t size;
	uint64_t token;
};

/* a page, a size that is no page multiple, and a large one */
static const struct memfd_case cases[] = {
	{ "page", 4096, 1 },
	{ "odd-size", 3 * 4096 + 57, 2 },
	{ "1M", 1 << 20, 3 },
	{ "64M", 64 << 20, 4 },
};

#define NCASES ((int)ARRAY_SIZE(cases))

/* Held open until the kexec: LUO drops what no process holds. */
static int held_fds[NCASES];
static int held_session = -1;

static uint64_t case_seed(const struct memfd_case *c)
{
	return 0x6c75716c00000000ull ^ (c->token << 20);
}

static int preserve_case(struct agent_ctx *ctx, const struct memfd_case *c,
			 int i)
{
	uint64_t hash = 0;
	int fd, err;

	fd = pattern_memfd(c->name, 0, c->size, case_seed(c), &hash);
	if (fd < 0) {
		ktap_item("memfd", c->name, "not-preserved", "step=create");
		ktap_fail(c->name, -fd, "a memfd of %zu bytes with its pattern",
			  c->size);
		return 1;
	}
	err = luo_preserve_fd(held_session, fd, c->token);
	if (err) {
		ktap_item("memfd", c->name, "not-preserved",
			  "step=preserve errno=%d", -err);
		ktap_fail(c->name, -err, "PRESERVE_FD token %llu",
			  (unsigned long long)c->token);
		return 1;
	}
	held_fds[i] = fd;
	ktap_item("memfd", c->name, "preserved", "size=%zu hash=%016llx",
		  c->size, (unsigned long long)hash);
	if (ctx->corrupt && i == 1 && pattern_damage("memfd", c->name, fd, c->size)) {
		ktap_fail(c->name, errno, "damaging on purpose");
		return 1;
	}
	ktap_result(1, c->name);
	return 0;
}

static int memfd_stage1(struct agent_ctx *ctx)
{
	int failures = 0;

	ktap_subtest_begin("memfd", NCASES + 1);
	held_session = luo_create_session(ctx->luo_fd, SESSION_NAME);
	if (held_session < 0) {
		ktap_fail("session", -held_session, "CREATE_SESSION %s",
			  SESSION_NAME);
		for (int i = 0; i < NCASES; i++) {
			ktap_item("memfd", cases[i].name, "not-preserved",
				  "step=session");
			ktap_fail(cases[i].name, 0, "no session to preserve into");
		}
		return NCASES + 1;
	}
	ktap_result(1, "session");
	for (int i = 0; i < NCASES; i++)
		failures += preserve_case(ctx, &cases[i], i);
	return failures;
}

static int verify_case(int session, const struct memfd_case *c)
{
	const struct preserved_file f = {
		.suite = "memfd", .name = c->name, .token = c->token,
		.size = c->size, .seed = case_seed(c),
	};

	return verify_preserved(session, &f);
}

static int fail_all_missing(int err, const char *why)
{
	ktap_fail("session", err, "%s", why);
	for (int i = 0; i < NCASES; i++) {
		ktap_item("memfd", cases[i].name, "missing", "step=session");
		ktap_fail(cases[i].name, 0, "session not retrieved");
	}
	ktap_fail("finish", 0, "session not retrieved");
	return NCASES + 2;
}

static int memfd_stage2(struct agent_ctx *ctx)
{
	int session, failures = 0, err;

	ktap_subtest_begin("memfd", NCASES + 2);
	if (ctx->luo_fd < 0)
		return fail_all_missing(ctx->luo_errno, "open /dev/liveupdate");
	session = luo_retrieve_session(ctx->luo_fd, SESSION_NAME);
	if (session < 0)
		return fail_all_missing(-session, "RETRIEVE_SESSION " SESSION_NAME);
	ktap_result(1, "session");
	for (int i = 0; i < NCASES; i++)
		failures += verify_case(session, &cases[i]);
	err = luo_finish(session);
	if (err) {
		ktap_fail("finish", -err, "FINISH %s", SESSION_NAME);
		failures++;
	} else {
		ktap_result(1, "finish");
	}
	close(session);
	return failures;
}

static const struct suite memfd_suite = {
	.name = "memfd",
	.stage1 = memfd_stage1,
	.stage2 = memfd_stage2,
};
SUITE(memfd_suite);
