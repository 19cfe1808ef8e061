// SPDX-License-Identifier: GPL-2.0
/*
 * sessions suite: many sessions, the longest names, several files per
 * session, and what must not survive: a session whose holder exited before
 * the kexec. On the target also: an unknown name, a token retrieved twice
 * (the one file again, not a copy), and a finished session that is gone.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "agent.h"

#define MANY		2000
#define NFILES		8
#define FILE_BYTES	4096
/* 63 characters: the longest name LUO takes (64 with the NUL) */
#define LONG_NAME	"lq-long-0123456789abcdef0123456789abcdef0123456789abcdef-max-63"
#define FILES_NAME	"lq-files"
#define EXITED_NAME	"lq-exited"
/* pattern seeds of the single sessions, apart from the many (0..MANY-1) */
#define TAG_LONG	100001
#define TAG_FILES	100002
#define TAG_EXITED	100003

static int many[MANY];
static int long_session = -1, files_session = -1;

static uint64_t seed(int session, int token)
{
	return 0x5e55000000000000ull ^ ((uint64_t)session << 16) ^ token;
}

static int preserve_memfd(int session_fd, int session, int token, uint64_t *hash)
{
	return preserve_pattern_memfd(session_fd, token, FILE_BYTES,
				      seed(session, token), hash);
}

static int check_memfd(int session_fd, int session, int token, uint64_t *hash)
{
	return check_pattern_memfd(session_fd, token, FILE_BYTES,
				   seed(session, token), hash);
}

static int raise_fd_limit(void)
{
	struct rlimit r = { .rlim_cur = 4 * MANY + 64, .rlim_max = 4 * MANY + 64 };

	return setrlimit(RLIMIT_NOFILE, &r) < 0 ? -errno : 0;
}

static int many_stage1(struct agent_ctx *ctx)
{
	uint64_t hash = 0;
	char name[32];
	int i, err, fd;

	err = raise_fd_limit();
	if (err) {
		ktap_fail("many", -err, "setrlimit(RLIMIT_NOFILE)");
		return 1;
	}
	for (i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "lq-many-%04d", i);
		many[i] = luo_create_session(ctx->luo_fd, name);
		err = many[i] < 0 ? many[i] : 0;
		fd = err ? err : preserve_memfd(many[i], i, 1, &hash);
		if (err || fd < 0) {
			ktap_item("sessions", "many", "not-preserved", "at=%d", i);
			ktap_fail("many", -(err ? err : fd), "session %s", name);
			return 1;
		}
	}
	ktap_item("sessions", "many", "preserved", "count=%d hash=%016llx", MANY,
		  (unsigned long long)hash);
	ktap_result(1, "many");
	return 0;
}

/* One session with n memfds under tokens 1..n. */
static int files_stage1(struct agent_ctx *ctx, const char *test, const char *name,
			int tag, int *session, int n)
{
	uint64_t hash = 0;
	int token, fd = -1;

	*session = luo_create_session(ctx->luo_fd, name);
	if (*session < 0) {
		ktap_item("sessions", test, "not-preserved", "step=create");
		ktap_fail(test, -*session, "CREATE_SESSION %s", name);
		return 1;
	}
	for (token = 1; token <= n; token++) {
		fd = preserve_memfd(*session, tag, token, &hash);
		if (fd < 0) {
			ktap_item("sessions", test, "not-preserved", "token=%d", token);
			ktap_fail(test, -fd, "preserving token %d in %s", token, name);
			return 1;
		}
	}
	ktap_item("sessions", test, "preserved", "files=%d hash=%016llx", n,
		  (unsigned long long)hash);
	if (ctx->corrupt && pattern_damage("sessions", test, fd, FILE_BYTES)) {
		ktap_fail(test, errno, "damaging on purpose");
		return 1;
	}
	ktap_result(1, test);
	return 0;
}

/* A child preserves into a session of its own, then exits before the kexec. */
static int exited_stage1(struct agent_ctx *ctx)
{
	uint64_t hash = 0;
	int status, session;
	pid_t pid;

	pid = fork();
	if (pid < 0) {
		ktap_fail("holder-exited", errno, "fork");
		return 1;
	}
	if (pid == 0) {
		session = luo_create_session(ctx->luo_fd, EXITED_NAME);
		_exit(session < 0 || preserve_memfd(session, TAG_EXITED, 1, &hash) < 0);
	}
	if (waitpid(pid, &status, 0) < 0) {
		ktap_fail("holder-exited", errno, "waitpid");
		return 1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		ktap_fail("holder-exited", 0, "the child could not preserve into %s",
			  EXITED_NAME);
		return 1;
	}
	ktap_result(1, "holder-exited");
	return 0;
}

static int sessions_stage1(struct agent_ctx *ctx)
{
	int failures = 0;

	ktap_subtest_begin("sessions", 4);
	failures += many_stage1(ctx);
	failures += files_stage1(ctx, "max-name", LONG_NAME, TAG_LONG,
				 &long_session, 1);
	failures += files_stage1(ctx, "files", FILES_NAME, TAG_FILES,
				 &files_session, NFILES);
	failures += exited_stage1(ctx);
	return failures;
}

static int many_stage2(struct agent_ctx *ctx)
{
	int i, s, r, missing = 0, bad = 0;
	uint64_t hash = 0;
	char name[32];

	raise_fd_limit();
	for (i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "lq-many-%04d", i);
		s = luo_retrieve_session(ctx->luo_fd, name);
		if (s < 0) {
			missing++;
			continue;
		}
		r = check_memfd(s, i, 1, &hash);
		missing += r < 0;
		bad += r > 0;
		if (luo_finish(s))
			bad++;
		close(s);
	}
	return report_bulk("sessions", "many", "sessions", MANY, missing, bad,
			   hash);
}

static int files_stage2(struct agent_ctx *ctx, const char *test, const char *name,
			int tag, int n, int keep_open)
{
	int s, token, r, missing = 0, bad = 0;
	uint64_t hash = 0;

	s = luo_retrieve_session(ctx->luo_fd, name);
	if (s < 0) {
		ktap_item("sessions", test, "missing", "errno=%d", -s);
		ktap_fail(test, -s, "RETRIEVE_SESSION %s", name);
		return -1;
	}
	for (token = 1; token <= n; token++) {
		r = check_memfd(s, tag, token, &hash);
		missing += r < 0;
		bad += r > 0;
	}
	if (report_bulk("sessions", test, "files", n, missing, bad, hash)) {
		close(s);
		return -1;
	}
	if (keep_open)
		return s;
	luo_finish(s);
	close(s);
	return 0;
}

static int expect_errno(struct agent_ctx *ctx, const char *test, const char *name,
			int want)
{
	int s = luo_retrieve_session(ctx->luo_fd, name);

	if (s == -want) {
		ktap_result(1, test);
		return 0;
	}
	if (s >= 0)
		close(s);
	ktap_fail(test, s < 0 ? -s : 0, "RETRIEVE_SESSION %s: expected %s", name,
		  strerror(want));
	return 1;
}

/* The same token twice: the one preserved file again, not a second copy. */
static int token_twice(int s)
{
	struct stat a, b;
	int f1, f2, ok;

	f1 = luo_retrieve_fd(s, 1);
	f2 = luo_retrieve_fd(s, 1);
	if (f1 < 0 || f2 < 0) {
		ktap_fail("token-twice", f1 < 0 ? -f1 : -f2, "RETRIEVE_FD token 1");
		return 1;
	}
	ok = !fstat(f1, &a) && !fstat(f2, &b) && a.st_ino == b.st_ino &&
	     a.st_dev == b.st_dev;
	close(f1);
	close(f2);
	if (!ok) {
		ktap_fail("token-twice", 0, "two retrievals gave two different files");
		return 1;
	}
	ktap_result(1, "token-twice");
	return 0;
}

static void skip_target_tests(const char *why)
{
	static const char *const tests[] = { "token-twice", "finish-releases",
					     "unknown-name", "holder-exited" };

	for (size_t i = 0; i < ARRAY_SIZE(tests); i++)
		ktap_skip(tests[i], "%s", why);
}

static int sessions_stage2(struct agent_ctx *ctx)
{
	int failures = 0, s, err;

	ktap_subtest_begin("sessions", 7);
	if (ctx->luo_fd < 0) {
		ktap_item("sessions", "many", "missing", "errno=%d", ctx->luo_errno);
		ktap_fail("many", ctx->luo_errno, "open /dev/liveupdate");
		ktap_item("sessions", "max-name", "missing", "errno=%d", ctx->luo_errno);
		ktap_fail("max-name", ctx->luo_errno, "open /dev/liveupdate");
		ktap_item("sessions", "files", "missing", "errno=%d", ctx->luo_errno);
		ktap_fail("files", ctx->luo_errno, "open /dev/liveupdate");
		skip_target_tests("the target has no /dev/liveupdate");
		return 3;
	}
	failures += many_stage2(ctx);
	failures += files_stage2(ctx, "max-name", LONG_NAME, TAG_LONG, 1, 0) < 0;
	s = files_stage2(ctx, "files", FILES_NAME, TAG_FILES, NFILES, 1);
	if (s < 0) {
		skip_target_tests("the files session did not come back");
		return failures + 1;
	}
	failures += token_twice(s);
	err = luo_finish(s);
	if (err) {
		ktap_fail("finish-releases", -err, "FINISH %s", FILES_NAME);
		close(s);
		failures++;
	} else {
		close(s);
		failures += expect_errno(ctx, "finish-releases", FILES_NAME, ENOENT);
	}
	failures += expect_errno(ctx, "unknown-name", "lq-no-such-session", ENOENT);
	failures += expect_errno(ctx, "holder-exited", EXITED_NAME, ENOENT);
	return failures;
}

static const struct suite sessions_suite = {
	.name = "sessions",
	.stage1 = sessions_stage1,
	.stage2 = sessions_stage2,
};
SUITE(sessions_suite);
