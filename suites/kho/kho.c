// SPDX-License-Identifier: GPL-2.0
/*
 * kho suite: what KHO carries besides LUO. The kernel's KHO self-test
 * (CONFIG_TEST_KEXEC_HANDOVER) saves state at boot and checks it in the
 * next kernel; a reserve_mem region holding the pstore console (ramoops)
 * must come back at the same place, so the source's console is readable
 * from pstore on the target.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suite.h"

#define KHO_OUT		"/sys/kernel/debug/kho/out/sub_fdts/"
#define PSTORE_DIR	"/sys/fs/pstore"
#define PSTORE_CONSOLE	PSTORE_DIR "/console-ramoops-0"
/* the name the manifest's reserve_mem= and ramoops.mem_name= give */
#define REGION		"luqual"

static int exists(const char *path)
{
	struct stat st;

	return !stat(path, &st);
}

static void selftest_stage1(void)
{
	if (!exists(KHO_OUT "kho_test")) {
		int err = errno;

		/* test_kho restores after a kexec and saves only on a cold boot */
		if (exists("/sys/kernel/debug/kho/in"))
			ktap_skip("selftest", "the kernel's KHO self-test saves state only on a cold boot, and this source was booted by kexec");
		else
			ktap_skip("selftest", "the source kernel saved no KHO self-test state (%s: %s; CONFIG_TEST_KEXEC_HANDOVER)",
				  KHO_OUT "kho_test", strerror(err));
		return;
	}
	ktap_item(SUITE_NAME, "selftest", "preserved", "subtree=kho_test");
	ktap_result(1, "selftest");
}

static void ramoops_stage1(struct agent_ctx *ctx, const char *log)
{
	const char *marker = ctx->run_id;
	char line[256], text[96];
	int err;

	if (!exists(KHO_OUT "memblock")) {
		ktap_skip("reserve-mem", "the source's KHO carries no reserve_mem regions (%s: %s)",
			  KHO_OUT "memblock", strerror(errno));
		return;
	}
	if (!klog_line(log, "Registered ramoops as persistent store", line,
		       sizeof(line))) {
		ktap_fail("reserve-mem", 0,
			  "ramoops did not register on the reserve_mem region " REGION);
		return;
	}
	if (!marker) {
		ktap_fail("reserve-mem", 0, "no run_id in the plan to mark the console with");
		return;
	}
	/* test-only: the console gets another marker than the one reported */
	snprintf(text, sizeof(text), "luqual-kho: marker=%s%s\n", marker,
		 ctx->corrupt ? "-damaged" : "");
	err = write_text("/dev/kmsg", text);
	if (err) {
		ktap_fail("reserve-mem", -err, "writing the marker to /dev/kmsg");
		return;
	}
	ktap_item(SUITE_NAME, "reserve-mem", "preserved", "marker=%s", marker);
	if (ctx->corrupt)
		ktap_diag("luqual: corrupted item=" SUITE_NAME "/reserve-mem on purpose");
	ktap_result(1, "reserve-mem");
}

static void kho_stage1(struct agent_ctx *ctx)
{
	char *log = klog_read();
	int err = errno;

	if (!log) {
		ktap_fail("selftest", err, "reading the kernel log");
		ktap_fail("reserve-mem", 0, "no kernel log to check ramoops in");
		return;
	}
	selftest_stage1();
	ramoops_stage1(ctx, log);
	free(log);
}

static void selftest_stage2(const char *log)
{
	char line[256];

	if (klog_line(log, "test_kho: KHO restore succeeded", line, sizeof(line))) {
		ktap_item(SUITE_NAME, "selftest", "verified", "log=restore-succeeded");
		ktap_result(1, "selftest");
		return;
	}
	if (klog_line(log, "test_kho: KHO restore failed", line, sizeof(line))) {
		ktap_item(SUITE_NAME, "selftest", "corrupt", "log=restore-failed");
		ktap_fail("selftest", 0, "the kernel logged \"%s\"", line);
		return;
	}
	ktap_item(SUITE_NAME, "selftest", "missing", "log=none");
	ktap_fail("selftest", 0, "the target's KHO self-test restored nothing (no \"test_kho: KHO restore\" line)");
}

/* Reads the previous boot's console from pstore into buf; returns its length or -errno. */
static ssize_t read_pstore_console(char *buf, size_t size)
{
	if (mkdir(PSTORE_DIR, 0755) < 0 && errno != EEXIST)
		return -errno;
	if (mount("pstore", PSTORE_DIR, "pstore", 0, NULL) < 0 && errno != EBUSY)
		return -errno;
	return read_text(PSTORE_CONSOLE, buf, size);
}

/* the source's marker line, whole: a damaged one has a suffix */
static int has_marker(const char *console, const char *marker)
{
	char want[96];
	const char *p;
	size_t len;

	len = snprintf(want, sizeof(want), "luqual-kho: marker=%s", marker);
	for (p = strstr(console, want); p; p = strstr(p + 1, want))
		if (p[len] == '\n' || p[len] == '\r' || p[len] == '\0')
			return 1;
	return 0;
}

static void ramoops_stage2(const char *log, const char *marker)
{
	static char console[1 << 16];
	char line[256];
	ssize_t n;

	if (!klog_line(log, "Revived memory reservation '" REGION "' from KHO",
		       line, sizeof(line))) {
		/* placed anew: whatever the region holds, KHO did not carry it */
		ktap_item(SUITE_NAME, "reserve-mem", "missing", "revived=0");
		ktap_fail("reserve-mem", 0, "the target did not revive the reserve_mem region " REGION " from KHO");
		return;
	}
	n = read_pstore_console(console, sizeof(console));
	if (n < 0) {
		ktap_item(SUITE_NAME, "reserve-mem", "missing", "revived=1 errno=%d",
			  (int)-n);
		ktap_fail("reserve-mem", (int)-n, "reading %s", PSTORE_CONSOLE);
		return;
	}
	if (!marker || !has_marker(console, marker)) {
		ktap_item(SUITE_NAME, "reserve-mem", "corrupt", "revived=1 console=%zd",
			  n);
		ktap_fail("reserve-mem", 0, "the source's console in pstore (%zd bytes) lacks its marker line",
			  n);
		return;
	}
	ktap_item(SUITE_NAME, "reserve-mem", "verified", "revived=1 marker=%s", marker);
	ktap_result(1, "reserve-mem");
}

static void kho_stage2(struct agent_ctx *ctx)
{
	char *log = klog_read();
	int err = errno;

	if (!log) {
		ktap_item(SUITE_NAME, "selftest", "missing", "errno=%d", err);
		ktap_fail("selftest", err, "reading the kernel log");
		ktap_item(SUITE_NAME, "reserve-mem", "missing", "errno=%d", err);
		ktap_fail("reserve-mem", 0, "no kernel log to check the revival in");
		return;
	}
	selftest_stage2(log);
	ramoops_stage2(log, ctx->run_id);
	free(log);
}

/* KHO carries its state: this suite also runs on a source without LUO */
SUITE(.needs = SUITE_NEEDS_KHO, .stage1 = kho_stage1, .stage2 = kho_stage2);
