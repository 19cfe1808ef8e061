// SPDX-License-Identifier: GPL-2.0
/*
 * luqual guest agent: PID 1 of the initramfs luqual boots.
 *
 * The kernel booted with luqual.stage=N is stage N of a walk of kernels
 * (walk.c; one pair is a walk of two). From stage 2 on, each suite's stage2
 * retrieves and verifies what the previous kernel preserved. Then, while
 * the walk goes on, a new KTAP document: each suite's stage1 preserves
 * state in LUO sessions held open by this process, and the agent
 * kexec_file_loads the next kernel and reboots into it. The last stage
 * powers off.
 *
 * The agent writes KTAP on stdout: its own serial port when the plan
 * names one (ktap_port), else the console. "# luqual: key=value" lines are
 * facts for the host (see runners/console.ts). The agent never decides a
 * verdict.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

#include "agent.h"

/* include/uapi/linux/reboot.h, and kexec_file_load where libc lacks it */
#define LINUX_REBOOT_MAGIC1		0xfee1deadu
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_CMD_KEXEC		0x45584543u
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedcu
#define LINUX_REBOOT_CMD_RESTART	0x01234567u
#ifndef __NR_kexec_file_load
#define __NR_kexec_file_load		320	/* x86_64 */
#endif

static const struct suite *find_suite(const char *name, size_t len)
{
	const struct suite *const *s;

	for (s = __start_luqual_suites; s < __stop_luqual_suites; s++)
		if (strlen((*s)->name) == len && !strncmp((*s)->name, name, len))
			return *s;
	return NULL;
}

static void mount_one(const char *src, const char *dir, const char *type)
{
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		ktap_diag("luqual: mkdir %s: %s (errno %d)", dir, strerror(errno),
			  errno);
	/* EBUSY: the kernel mounted it already (DEVTMPFS_MOUNT) */
	if (mount(src, dir, type, 0, NULL) < 0 && errno != EBUSY)
		ktap_diag("luqual: mount %s on %s: %s (errno %d)", type, dir,
			  strerror(errno), errno);
}

static void mount_all(void)
{
	mount_one("devtmpfs", "/dev", "devtmpfs");
	mount_one("proc", "/proc", "proc");
	mount_one("sysfs", "/sys", "sysfs");
	mount_one("debugfs", "/sys/kernel/debug", "debugfs");
}

static int current_stage(void)
{
	char cmdline[4096];
	const char *at;
	int n;

	n = read_text("/proc/cmdline", cmdline, sizeof(cmdline));
	if (n < 0) {
		ktap_diag("luqual: /proc/cmdline: %s (errno %d)", strerror(-n),
			  -n);
		return 1;
	}
	at = strstr(cmdline, "luqual.stage=");
	n = at ? atoi(at + strlen("luqual.stage=")) : 1;
	return n > 0 ? n : 1;
}

static void announce(struct agent_ctx *ctx, int boot)
{
	struct utsname u;
	struct stat st;

	if (uname(&u) < 0) {
		ktap_diag("luqual: uname: %s (errno %d)", strerror(errno), errno);
		snprintf(u.release, sizeof(u.release), "unknown");
	}
	ktap_diag("luqual: agent=%s stage=%d boot=%d release=%s", AGENT_VERSION,
		  ctx->stage, boot, u.release);
	/* kho-dt: the handover in the device tree this kernel booted with
	 * (arm64), whether or not the kernel has KHO to take it */
	ktap_diag("luqual: kho-out=%s kho-in=%s kho-dt=%s",
		  stat("/sys/kernel/debug/kho/out", &st) ? "absent" : "present",
		  stat("/sys/kernel/debug/kho/in", &st) ? "absent" : "present",
		  stat("/proc/device-tree/chosen/linux,kho-fdt", &st) ?
		  "absent" : "present");
}

static void open_liveupdate(struct agent_ctx *ctx)
{
	ctx->luo_fd = open("/dev/liveupdate", O_RDWR | O_CLOEXEC);
	ctx->luo_errno = ctx->luo_fd < 0 ? errno : 0;
}

/* In every document: /dev/liveupdate has a single opener, this process. */
static void liveupdate_fact(struct agent_ctx *ctx)
{
	if (ctx->luo_fd < 0)
		ktap_diag("luqual: liveupdate=unavailable errno=%d (%s)",
			  ctx->luo_errno, strerror(ctx->luo_errno));
	else
		ktap_diag("luqual: liveupdate=available");
}

/*
 * After the target verified what it received: can this kernel start a
 * live update of its own? It can when /dev/liveupdate opened and takes a
 * new session (closed again at once, which discards it). A target that
 * failed to read a session answers EIO from then on: a machine that needs
 * a cold boot before it can live-update again.
 */
static void next_update_fact(struct agent_ctx *ctx)
{
	int fd;

	if (ctx->luo_fd < 0) {
		ktap_diag("luqual: next-update=unusable call=open errno=%d (%s)",
			  ctx->luo_errno, strerror(ctx->luo_errno));
		return;
	}
	fd = luo_create_session(ctx->luo_fd, "luqual-next-update");
	if (fd < 0) {
		ktap_diag("luqual: next-update=unusable call=create-session errno=%d (%s)",
			  -fd, strerror(-fd));
		return;
	}
	if (close(fd) < 0)
		ktap_diag("luqual: close next-update session: %s (errno %d)",
			  strerror(errno), errno);
	ktap_diag("luqual: next-update=ready");
}

/* raw: no \r insertion, no echo; returns 0 or -errno */
static int make_raw(int fd)
{
	struct termios t;

	if (tcgetattr(fd, &t) < 0)
		return -errno;
	cfmakeraw(&t);
	return tcsetattr(fd, TCSANOW, &t) < 0 ? -errno : 0;
}

/*
 * KTAP goes to its own serial port when the plan names one: the kernel
 * prints to the console at any moment, also in the middle of our lines.
 * Returns 0 or -errno; on error the agent stays on the console. A port
 * that cannot be made raw is still used (*raw_err): the host drops the
 * \r a cooked one adds.
 */
static int open_ktap_port(const char *path, int *raw_err)
{
	int fd, err = 0;

	fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	*raw_err = make_raw(fd);
	if (dup2(fd, STDOUT_FILENO) < 0)
		err = -errno;
	close(fd);
	return err;
}

/* what became of the port, once there is a document to say it in */
static void ktap_port_facts(const char *port, int err, int raw_err)
{
	if (err)
		ktap_diag("luqual: ktap-port=console errno=%d (%s: %s)", -err,
			  port, strerror(-err));
	else if (raw_err)
		ktap_diag("%s: not raw: %s (errno %d)", port, strerror(-raw_err),
			  -raw_err);
}

static int count_suites(const char *list)
{
	int n = 0;

	for (const char *p = list; *p; p++)
		if (*p != ' ' && (p == list || p[-1] == ' '))
			n++;
	return n;
}

int list_has(const char *list, const char *name, size_t len)
{
	size_t n;

	while (list && *list) {
		n = strcspn(list, " ");
		if (n == len && !strncmp(list, name, len))
			return 1;
		list += n + (list[n] == ' ');
	}
	return 0;
}

/* One top-level result per suite: its subtest's, or why it did not run. */
static void run_suite(struct agent_ctx *ctx, const char *name, size_t len)
{
	const struct suite *s = find_suite(name, len);
	char label[64];

	snprintf(label, sizeof(label), "%.*s", (int)len, name);
	if (!s) {
		ktap_fail(label, 0, "the agent has no suite of that name");
		return;
	}
	if (ctx->stage == 1 && s->needs == SUITE_NEEDS_LUO && ctx->luo_fd < 0) {
		ktap_skip(label, "source kernel cannot live-update: /dev/liveupdate: %s",
			  strerror(ctx->luo_errno));
		return;
	}
	ctx->corrupt = list_has(plan_get("corrupt"), name, len);
	ktap_subtest_begin(s->name);
	if (ctx->stage == 1)
		s->stage1(ctx);
	else
		s->stage2(ctx);
	ktap_subtest_end(s->name);
}

static void run_suites(struct agent_ctx *ctx, const char *list)
{
	const char *p = list, *end;

	while (*p) {
		while (*p == ' ')
			p++;
		end = p;
		while (*end && *end != ' ')
			end++;
		if (end > p)
			run_suite(ctx, p, end - p);
		p = end;
	}
}

/* Loads stage next's kernel; returns 0 when the reboot into it may follow. */
static int load_target(struct agent_ctx *ctx, int next)
{
	const char *cmdline = walk_get("cmdline", next);
	const char *step;
	struct stat st;
	int kfd, ifd, err;

	/* without LUO, KHO alone still carries the kho suite's state */
	if (ctx->luo_fd < 0 && stat("/sys/kernel/debug/kho/out", &st)) {
		ktap_skip("kexec_file_load", "source kernel cannot live-update");
		return -1;
	}
	if (!cmdline) {
		ktap_fail("kexec_file_load", 0, "cmdline_%d missing from plan",
			  next);
		return -1;
	}
	kfd = walk_kernel(next, &step);
	if (kfd < 0) {
		ktap_fail("kexec_file_load", -kfd, "kernel_%d: %s", next, step);
		return -1;
	}
	ifd = walk_initrd();
	if (ifd < 0) {
		ktap_fail("kexec_file_load", -ifd, "open the retained initramfs");
		close(kfd);
		return -1;
	}
	err = syscall(__NR_kexec_file_load, kfd, ifd, strlen(cmdline) + 1,
		      cmdline, 0UL) < 0 ? errno : 0;
	close(kfd);
	close(ifd);
	if (err) {
		ktap_fail("kexec_file_load", err, "kexec_file_load(kernel_%d)",
			  next);
		return -1;
	}
	ktap_result(1, "kexec_file_load");
	return 0;
}

/*
 * Kernels 6.16 to 6.18 hand over only what was finalized by hand, and only
 * when that happened before kexec_file_load; 6.19 and
 * 7.0 finalize from LUO at reboot, and later kernels have no finalize file.
 * So: finalize when the file is there, says 0, and no LUO will do it.
 */
static void kho_finalize_if_needed(const struct agent_ctx *ctx)
{
	static const char path[] = "/sys/kernel/debug/kho/out/finalize";
	char state[8];
	int n;

	n = read_text(path, state, sizeof(state));
	if (n == -ENOENT) {
		ktap_diag("luqual: kho-finalize=absent");
		return;
	}
	if (n < 0) {
		ktap_diag("luqual: kho-finalize=unreadable errno=%d (%s)", -n,
			  strerror(-n));
		return;
	}
	if (state[0] != '0' || ctx->luo_fd >= 0) {
		ktap_diag("luqual: kho-finalize=left state=%c", state[0]);
		return;
	}
	n = write_text(path, "1");
	if (n)
		ktap_diag("luqual: kho-finalize=failed errno=%d (%s)", -n,
			  strerror(-n));
	else
		ktap_diag("luqual: kho-finalize=done");
}

static void kexec_reboot(void)
{
	int err;

	ktap_diag("luqual: kexec");
	sync();
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		LINUX_REBOOT_CMD_KEXEC, NULL);
	err = errno;
	/* LUO aborts the kexec when it cannot serialize what it holds */
	ktap_diag("luqual: kexec-failed=%d (%s)", err, strerror(err));
}

static void power_off(void)
{
	sync();
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		LINUX_REBOOT_CMD_POWER_OFF, NULL);
	/* no ACPI power-off: with -no-reboot QEMU exits on a restart too */
	ktap_diag("luqual: power-off failed errno=%d (%s), restarting", errno,
		  strerror(errno));
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		LINUX_REBOOT_CMD_RESTART, NULL);
	ktap_diag("luqual: restart failed errno=%d (%s)", errno, strerror(errno));
	for (;;)
		pause();
}

/* The target's document: one result per suite the plan names. */
static void verify_stage(struct agent_ctx *ctx, const char *suites, int boot)
{
	ktap_line("1..%d", count_suites(suites) + heirs_planned());
	/* what the target received, and what it writes itself */
	handover_dump("in");
	handover_dump("out");
	run_suites(ctx, suites);
	if (heirs_planned())
		heirs_verify(ctx, boot);
}

/*
 * The source's document: one result per suite, then kexec_file_load's;
 * then the kexec into stage next. Returns when there was none.
 */
static void preserve_stage(struct agent_ctx *ctx, const char *suites,
			   int next)
{
	ktap_line("1..%d", count_suites(suites) + heirs_planned() + 1);
	/* before the suites look at kho/out and before the target is loaded:
	 * these kernels build their subtrees and the image's handover then */
	kho_finalize_if_needed(ctx);
	run_suites(ctx, suites);
	if (heirs_planned())
		heirs_preserve(ctx, next - 1);
	if (load_target(ctx, next))
		return;
	/* what the source hands over, as late as userspace can see it */
	handover_dump("out");
	kexec_reboot();
}

int main(void)
{
	struct agent_ctx ctx = { .luo_fd = -1 };
	int err, boot, port_err = 0, raw_err = 0;
	const char *suites, *port;

	mount_all();
	boot = current_stage();
	ctx.stage = boot == 1 ? 1 : 2;
	err = plan_load();
	port = plan_get("ktap_port");
	if (port)
		port_err = open_ktap_port(port, &raw_err);
	ktap_doc_begin();
	announce(&ctx, boot);
	if (port)
		ktap_port_facts(port, port_err, raw_err);
	suites = plan_get("suites");
	ctx.run_id = plan_get("run_id");
	if (err || !suites) {
		ktap_line("1..0");
		ktap_line("Bail out! no plan in the initramfs: %s",
			  err ? strerror(-err) : "no suites line");
		power_off();
	}
	modules_load(boot);
	open_liveupdate(&ctx);
	liveupdate_fact(&ctx);
	if (ctx.stage == 2) {
		verify_stage(&ctx, suites, boot);
		next_update_fact(&ctx);
		if (walk_get("kernel", boot + 1)) {
			/* the walk goes on: this kernel is now the source */
			ctx.stage = 1;
			ktap_doc_begin();
			announce(&ctx, boot);
			liveupdate_fact(&ctx);
		}
	}
	if (ctx.stage == 1)
		preserve_stage(&ctx, suites, boot + 1);
	ktap_diag("luqual: done");
	power_off();
	return 0;
}
