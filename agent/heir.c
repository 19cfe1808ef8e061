// SPDX-License-Identifier: GPL-2.0
/*
 * Heirlooms (suite.h): made on a walk's first kernel, checked and handed
 * on by every later one. The plan's "heirlooms" line names the suites
 * whose heirlooms this walk carries; "heirloom_corrupt=N" (test only)
 * makes kernel N damage one after preserving it.
 *
 * A kernel preserves the very files it retrieved, not copies: whether a
 * kernel can hand on what it was handed is the question, and a copy would
 * be a new file that any kernel preserves.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"

#define MAX_HEIR_SUITES	8

/* what this kernel holds of one suite's heirlooms until the kexec */
struct heir_hold {
	const struct suite *suite;
	int session;			/* preserved into, or -1 */
	int fds[HEIRLOOMS_MAX];		/* -1: not held (lost, or never made) */
};

static struct heir_hold holds[MAX_HEIR_SUITES];
static int nholds = -1;

int heirs_planned(void)
{
	const char *list = plan_get("heirlooms");

	return list && *list;
}

/* the suites whose heirlooms the plan names, each with its hold; once */
static void heir_holds(void)
{
	const struct suite *const *s;
	struct heir_hold *h;

	if (nholds >= 0)
		return;
	nholds = 0;
	for (s = __start_luqual_suites; s < __stop_luqual_suites; s++) {
		if (!(*s)->heirlooms || nholds == MAX_HEIR_SUITES ||
		    !list_has(plan_get("heirlooms"), (*s)->name,
			      strlen((*s)->name)))
			continue;
		h = &holds[nholds++];
		h->suite = *s;
		h->session = -1;
		for (int i = 0; i < HEIRLOOMS_MAX; i++)
			h->fds[i] = -1;
	}
}

static void session_name(char *buf, size_t size, const struct heir_hold *h,
			 int boot)
{
	snprintf(buf, size, "%s-%d", h->suite->heirlooms->session, boot);
}

/* a step on a session: what is the uapi call, name the session */
static void step_result(const struct heir_hold *h, const char *step, int err,
			const char *what, const char *name)
{
	char test[64];

	snprintf(test, sizeof(test), "%s/%s", h->suite->name, step);
	if (err)
		ktap_fail(test, err, "%s %s", what, name);
	else
		ktap_result(1, test);
}

/* kernel boot: retrieve what kernel boot-1 preserved, check it, keep it */
static void verify_hold(const struct agent_ctx *ctx, struct heir_hold *h,
			int boot)
{
	const struct heirlooms *hl = h->suite->heirlooms;
	char name[LIVEUPDATE_SESSION_NAME_LENGTH];
	int session, err;

	session_name(name, sizeof(name), h, boot - 1);
	session = ctx->luo_fd < 0 ? -ctx->luo_errno :
				    luo_retrieve_session(ctx->luo_fd, name);
	step_result(h, "session", session < 0 ? -session : 0,
		    "RETRIEVE_SESSION", name);
	for (int i = 0; i < hl->count; i++)
		h->fds[i] = retrieve_verified(session, &hl->files[i]);
	if (session < 0)
		return;
	err = luo_finish(session);
	step_result(h, "finish", err ? -err : 0, "FINISH", name);
	if (close(session) < 0)
		ktap_diag("luqual: close session %s: %s (errno %d)", name,
			  strerror(errno), errno);
}

/* the first kernel: every heirloom made new; returns how many were made */
static int make_hold(struct heir_hold *h)
{
	const struct heirlooms *hl = h->suite->heirlooms;
	const struct preserved_file *f;
	const char *step = "make";
	uint64_t hash = 0;
	int made = 0;

	for (int i = 0; i < hl->count; i++) {
		f = &hl->files[i];
		h->fds[i] = hl->make(i, &hash, &step);
		if (h->fds[i] < 0) {
			ktap_item(f->suite, f->name, "not-preserved",
				  "step=%s errno=%d", step, -h->fds[i]);
			ktap_fail(f->name, -h->fds[i], "make: %s", step);
			h->fds[i] = -1;
			continue;
		}
		made++;
	}
	return made;
}

static int held_count(const struct heir_hold *h)
{
	int n = 0;

	for (int i = 0; i < h->suite->heirlooms->count; i++)
		n += h->fds[i] >= 0;
	return n;
}

/* gives up every held file: they cannot go on */
static void drop_held(struct heir_hold *h, const char *step, int err)
{
	const struct preserved_file *f;

	for (int i = 0; i < h->suite->heirlooms->count; i++) {
		if (h->fds[i] < 0)
			continue;
		f = &h->suite->heirlooms->files[i];
		ktap_item(f->suite, f->name, "not-preserved", "step=%s errno=%d",
			  step, err);
		ktap_fail(f->name, 0, "no session to preserve into");
		close(h->fds[i]);
		h->fds[i] = -1;
	}
}

/* the test-only damage: one heirloom of the walk, the first held file that can still be written */
static void damage_one(const struct heir_hold *h, int boot)
{
	const char *at = plan_get("heirloom_corrupt");
	const struct preserved_file *f;
	static int damaged;

	if (damaged || !at || atoi(at) != boot)
		return;
	for (int i = 0; i < h->suite->heirlooms->count; i++) {
		f = &h->suite->heirlooms->files[i];
		if (h->fds[i] < 0 || f->seals || !f->size)
			continue;
		if (pattern_damage(f->suite, f->name, h->fds[i], f->size))
			ktap_diag("luqual: damaging %s on purpose: %s (errno %d)",
				  f->name, strerror(errno), errno);
		damaged = 1;
		return;
	}
}

static void preserve_one(struct heir_hold *h, int i, int boot)
{
	const struct preserved_file *f = &h->suite->heirlooms->files[i];
	int err = luo_preserve_fd(h->session, h->fds[i], f->token);

	if (err) {
		ktap_item(f->suite, f->name, "not-preserved",
			  "step=preserve errno=%d", -err);
		ktap_fail(f->name, -err, "PRESERVE_FD of the %s file",
			  boot == 1 ? "new" : "retrieved");
		close(h->fds[i]);
		h->fds[i] = -1;
		return;
	}
	ktap_item(f->suite, f->name, "preserved", "size=%zu born=%s", f->size,
		  boot == 1 ? "here" : "before");
	ktap_result(1, f->name);
}

/* kernel boot: hand on what it holds, in a session of its own */
static void preserve_hold(const struct agent_ctx *ctx, struct heir_hold *h,
			  int boot)
{
	char name[LIVEUPDATE_SESSION_NAME_LENGTH], test[64];

	if (boot == 1 && !make_hold(h))
		return;
	if (!held_count(h)) {
		snprintf(test, sizeof(test), "%s/session", h->suite->name);
		ktap_skip(test, "no heirloom came this far");
		return;
	}
	session_name(name, sizeof(name), h, boot);
	h->session = ctx->luo_fd < 0 ? -ctx->luo_errno :
				       luo_create_session(ctx->luo_fd, name);
	step_result(h, "session", h->session < 0 ? -h->session : 0,
		    "CREATE_SESSION", name);
	if (h->session < 0) {
		drop_held(h, "session", -h->session);
		return;
	}
	for (int i = 0; i < h->suite->heirlooms->count; i++)
		if (h->fds[i] >= 0)
			preserve_one(h, i, boot);
	damage_one(h, boot);
}

void heirs_verify(const struct agent_ctx *ctx, int boot)
{
	heir_holds();
	ktap_subtest_begin(HEIRLOOMS_SUBTEST);
	for (int i = 0; i < nholds; i++)
		verify_hold(ctx, &holds[i], boot);
	ktap_subtest_end(HEIRLOOMS_SUBTEST);
}

void heirs_preserve(const struct agent_ctx *ctx, int boot)
{
	heir_holds();
	ktap_subtest_begin(HEIRLOOMS_SUBTEST);
	for (int i = 0; i < nholds; i++)
		preserve_hold(ctx, &holds[i], boot);
	ktap_subtest_end(HEIRLOOMS_SUBTEST);
}
