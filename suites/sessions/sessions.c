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

#include "suite.h"

#define MANY		2000
#define NFILES		8
#define FILE_BYTES	4096
/* 63 characters: the longest name LUO takes (64 with the NUL) */
#define LONG_NAME	"lq-long-0123456789abcdef0123456789abcdef0123456789abcdef-max-63"
_Static_assert(sizeof(LONG_NAME) == LIVEUPDATE_SESSION_NAME_LENGTH,
	       "max-name is not the longest session name");
#define FILES_NAME	"lq-files"
#define EXITED_NAME	"lq-exited"
/* pattern seeds of the single sessions, apart from the many (0..MANY-1) */
#define TAG_LONG	100001
#define TAG_FILES	100002
#define TAG_EXITED	100003
#define TAG_HEIR	100004

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

static void many_stage1(struct agent_ctx *ctx)
{
	uint64_t hash = 0;
	char name[32];
	int i, err, fd;

	err = raise_fd_limit();
	if (err) {
		ktap_fail("many", -err, "setrlimit(RLIMIT_NOFILE)");
		return;
	}
	for (i = 0; i < MANY; i++) {
		snprintf(name, sizeof(name), "lq-many-%04d", i);
		many[i] = luo_create_session(ctx->luo_fd, name);
		err = many[i] < 0 ? many[i] : 0;
		fd = err ? err : preserve_memfd(many[i], i, 1, &hash);
		if (err || fd < 0) {
			ktap_item(SUITE_NAME, "many", "not-preserved", "at=%d", i);
			ktap_fail("many", -(err ? err : fd), "session %s", name);
			return;
		}
	}
	ktap_item(SUITE_NAME, "many", "preserved", "count=%d hash=%016llx", MANY,
		  (unsigned long long)hash);
	ktap_result(1, "many");
}

/* One session with n memfds under tokens 1..n. */
static void files_stage1(struct agent_ctx *ctx, const char *test, const char *name,
			int tag, int *session, int n)
{
	uint64_t hash = 0;
	int token, fd = -1;

	*session = luo_create_session(ctx->luo_fd, name);
	if (*session < 0) {
		ktap_item(SUITE_NAME, test, "not-preserved", "step=create");
		ktap_fail(test, -*session, "CREATE_SESSION %s", name);
		return;
	}
	for (token = 1; token <= n; token++) {
		fd = preserve_memfd(*session, tag, token, &hash);
		if (fd < 0) {
			ktap_item(SUITE_NAME, test, "not-preserved", "token=%d", token);
			ktap_fail(test, -fd, "preserving token %d in %s", token, name);
			return;
		}
	}
	ktap_item(SUITE_NAME, test, "preserved", "files=%d hash=%016llx", n,
		  (unsigned long long)hash);
	if (ctx->corrupt && pattern_damage(SUITE_NAME, test, fd, FILE_BYTES)) {
		ktap_fail(test, errno, "damaging on purpose");
		return;
	}
	ktap_result(1, test);
}

/* A child preserves into a session of its own, then exits before the kexec. */
static void exited_stage1(struct agent_ctx *ctx)
{
	uint64_t hash = 0;
	int status, session;
	pid_t pid;

	pid = fork();
	if (pid < 0) {
		ktap_fail("holder-exited", errno, "fork");
		return;
	}
	if (pid == 0) {
		session = luo_create_session(ctx->luo_fd, EXITED_NAME);
		_exit(session < 0 || preserve_memfd(session, TAG_EXITED, 1, &hash) < 0);
	}
	if (waitpid(pid, &status, 0) < 0) {
		ktap_fail("holder-exited", errno, "waitpid");
		return;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		ktap_fail("holder-exited", 0, "the child could not preserve into %s",
			  EXITED_NAME);
		return;
	}
	ktap_result(1, "holder-exited");
}

static void sessions_stage1(struct agent_ctx *ctx)
{
	many_stage1(ctx);
	files_stage1(ctx, "max-name", LONG_NAME, TAG_LONG, &long_session, 1);
	files_stage1(ctx, "files", FILES_NAME, TAG_FILES, &files_session,
		     NFILES);
	exited_stage1(ctx);
}

/* Each session is finished and closed before the next is retrieved. */
static void many_stage2(struct agent_ctx *ctx)
{
	int i, s, r, missing = 0, bad = 0;
	uint64_t hash = 0;
	char name[32];

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
	report_bulk(SUITE_NAME, "many", "sessions", MANY, missing, bad, hash);
}

/* Finishes a session the target is done with; a failure is only noted. */
static void finish(int s, const char *test, const char *name)
{
	int err = luo_finish(s);

	if (err)
		ktap_diag("%s: FINISH %s: %s (errno %d)", test, name,
			  strerror(-err), -err);
	close(s);
}

/*
 * Checks a session's n files as one item; returns the session, or -1 when
 * the test failed.
 */
static int files_stage2(struct agent_ctx *ctx, const char *test, const char *name,
			int tag, int n)
{
	int s, token, r, missing = 0, bad = 0;
	uint64_t hash = 0;

	s = luo_retrieve_session(ctx->luo_fd, name);
	if (s < 0) {
		ktap_item(SUITE_NAME, test, "missing", "errno=%d", -s);
		ktap_fail(test, -s, "RETRIEVE_SESSION %s", name);
		return -1;
	}
	for (token = 1; token <= n; token++) {
		r = check_memfd(s, tag, token, &hash);
		missing += r < 0;
		bad += r > 0;
	}
	if (report_bulk(SUITE_NAME, test, "files", n, missing, bad, hash)) {
		close(s);
		return -1;
	}
	return s;
}

static void expect_errno(struct agent_ctx *ctx, const char *test, const char *name,
			int want)
{
	int s = luo_retrieve_session(ctx->luo_fd, name);

	if (s == -want) {
		ktap_result(1, test);
		return;
	}
	if (s >= 0)
		close(s);
	ktap_fail(test, s < 0 ? -s : 0, "RETRIEVE_SESSION %s: expected %s", name,
		  strerror(want));
}

/* The same token twice: the one preserved file again, not a second copy. */
static void token_twice(int s)
{
	struct stat a, b;
	int f1, f2, err = 0;

	f1 = luo_retrieve_fd(s, 1);
	f2 = luo_retrieve_fd(s, 1);
	if (f1 < 0 || f2 < 0) {
		ktap_fail("token-twice", f1 < 0 ? -f1 : -f2, "RETRIEVE_FD token 1");
		if (f1 >= 0)
			close(f1);
		if (f2 >= 0)
			close(f2);
		return;
	}
	if (fstat(f1, &a) < 0 || fstat(f2, &b) < 0)
		err = errno;
	close(f1);
	close(f2);
	if (err)
		ktap_fail("token-twice", err, "fstat of a retrieved file");
	else if (a.st_ino != b.st_ino || a.st_dev != b.st_dev)
		ktap_fail("token-twice", 0, "two retrievals gave two different files");
	else
		ktap_result(1, "token-twice");
}

static void skip_target_tests(const char *why)
{
	static const char *const tests[] = { "token-twice", "finish-releases",
					     "unknown-name", "holder-exited" };

	for (size_t i = 0; i < ARRAY_SIZE(tests); i++)
		ktap_skip(tests[i], "%s", why);
}

static void no_liveupdate(int err)
{
	static const char *const tests[] = { "many", "max-name", "files" };

	for (size_t i = 0; i < ARRAY_SIZE(tests); i++) {
		ktap_item(SUITE_NAME, tests[i], "missing", "errno=%d", err);
		ktap_fail(tests[i], err, "open /dev/liveupdate");
	}
	skip_target_tests("the target has no /dev/liveupdate");
}

/* A finished session is gone: retrieving it again finds nothing. */
static void finish_releases(struct agent_ctx *ctx, int s)
{
	int err = luo_finish(s);

	close(s);
	if (err)
		ktap_fail("finish-releases", -err, "FINISH %s", FILES_NAME);
	else
		expect_errno(ctx, "finish-releases", FILES_NAME, ENOENT);
}

static void sessions_stage2(struct agent_ctx *ctx)
{
	int s, err;

	if (ctx->luo_fd < 0) {
		no_liveupdate(ctx->luo_errno);
		return;
	}
	err = raise_fd_limit();
	if (err)
		ktap_diag("setrlimit(RLIMIT_NOFILE): %s (errno %d)",
			  strerror(-err), -err);
	many_stage2(ctx);
	s = files_stage2(ctx, "max-name", LONG_NAME, TAG_LONG, 1);
	if (s >= 0)
		finish(s, "max-name", LONG_NAME);
	s = files_stage2(ctx, "files", FILES_NAME, TAG_FILES, NFILES);
	if (s < 0) {
		skip_target_tests("the files session did not come back");
		return;
	}
	token_twice(s);
	finish_releases(ctx, s);
	expect_errno(ctx, "unknown-name", "lq-no-such-session", ENOENT);
	expect_errno(ctx, "holder-exited", EXITED_NAME, ENOENT);
}

/*
 * Heirlooms: a second session of a walk's heirlooms (memfd's is the
 * first), with two files, handed on through the whole walk (suite.h).
 */
#define HEIR_SEED(token)	(0x5e55000000000000ull ^ ((uint64_t)TAG_HEIR << 16) ^ (token))

static const struct preserved_file heir_files[] = {
	{ HEIRLOOMS_SUBTEST, SUITE_NAME "/one", 1, (1 << 20) + 7, HEIR_SEED(1), 0, NULL },
	{ HEIRLOOMS_SUBTEST, SUITE_NAME "/two", 2, FILE_BYTES, HEIR_SEED(2), 0, NULL },
};

static int make_heir(int i, uint64_t *hash, const char **step)
{
	const struct preserved_file *f = &heir_files[i];

	*step = "memfd";
	return pattern_memfd("lq-heir", 0, PATTERN_BY_WRITE, f->size, f->seed,
			     hash);
}

static const struct heirlooms sessions_heirlooms = {
	.session = "luqual-heir-sessions",
	.files = heir_files,
	.count = ARRAY_SIZE(heir_files),
	.make = make_heir,
};

SUITE(.needs = SUITE_NEEDS_LUO, .stage1 = sessions_stage1,
      .stage2 = sessions_stage2, .heirlooms = &sessions_heirlooms);
