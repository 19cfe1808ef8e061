// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP on stdout: the agent's own serial port (ttyS1) when the plan names
 * one, else the console it shares with the kernel (agent.c). Every line
 * goes out in a single write(), so that on the console a kernel message
 * can only land between our lines, never inside one: the host parser
 * depends on that.
 *
 * A suite's subtest has its plan at its end ("1..N" after its last
 * result), as TAP 13 and 14 allow and tap-parser reads, where KTAP wants
 * it after the version line. The agent opens and closes each suite's
 * subtest and counts the results the suite reports, so it knows the count
 * only at the end; a count up front would have to be kept by hand in each
 * suite (a number, or a list of test names beside the code that reports
 * them) and could drift from what the suite reports. The trailing plan
 * says how many result lines the agent wrote, and the host checks it
 * against those it read: a line lost or garbled on the way shows. The
 * document's own plan stays in front: the host's plan names the suites.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "agent.h"

#define MAX_DEPTH 4

/* the results of a document (depth 0) and of each open subtest */
struct ktap_level {
	int results;
	int failed;
};

static int depth;
static struct ktap_level level[MAX_DEPTH];

static void emit(const char *text)
{
	char line[1024];
	int n;

	n = snprintf(line, sizeof(line), "%*s%s\n", depth * 4, "", text);
	if (n >= (int)sizeof(line)) {
		n = sizeof(line) - 1;
		line[n - 1] = '\n';
	}
	/* nowhere left to report a write error on stdout */
	if (write(STDOUT_FILENO, line, n) < 0)
		return;
	/*
	 * Wait until the line is on the wire: what the agent does next may
	 * make the kernel print (power-off, kexec), and printk does not wait
	 * for the tty's buffer. EINVAL/ENOTTY: not a terminal, nothing to wait.
	 */
	tcdrain(STDOUT_FILENO);
}

static void vemit(const char *prefix, const char *fmt, va_list ap)
{
	char text[900];
	size_t n = strlen(prefix);

	memcpy(text, prefix, n);
	vsnprintf(text + n, sizeof(text) - n, fmt, ap);
	/* a newline inside a value would break the line protocol */
	for (char *p = text; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	emit(text);
}

void ktap_line(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vemit("", fmt, ap);
	va_end(ap);
}

/* A new top-level document: one per stage of a walk and per role. */
void ktap_doc_begin(void)
{
	depth = 0;
	memset(&level[0], 0, sizeof(level[0]));
	ktap_line("KTAP version 1");
}

void ktap_diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vemit("# ", fmt, ap);
	va_end(ap);
}

/* Opens a subtest: the results that follow are its own, indented. */
void ktap_subtest_begin(const char *name)
{
	if (depth + 1 < MAX_DEPTH)
		depth++;
	memset(&level[depth], 0, sizeof(level[depth]));
	ktap_line("KTAP version 1");
	ktap_line("# Subtest: %s", name);
}

/*
 * Closes the subtest with its plan, then reports it one level up as one
 * result, ok when none of its results was "not ok".
 */
void ktap_subtest_end(const char *name)
{
	const struct ktap_level *sub = &level[depth];

	ktap_line("1..%d", sub->results);
	if (depth > 0)
		depth--;
	ktap_result(!sub->failed, name);
}

void ktap_result(int ok, const char *name)
{
	level[depth].results++;
	if (!ok)
		level[depth].failed++;
	ktap_line("%s %d %s", ok ? "ok" : "not ok", level[depth].results, name);
}

void ktap_skip(const char *name, const char *fmt, ...)
{
	char reason[700];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	ktap_line("ok %d %s # SKIP %s", ++level[depth].results, name, reason);
}

/* The reason goes on the diagnostic line just before the result. */
void ktap_fail(const char *name, int err, const char *fmt, ...)
{
	char what[600];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (err)
		ktap_diag("%s: %s: %s (errno %d)", name, what, strerror(err), err);
	else
		ktap_diag("%s: %s", name, what);
	ktap_result(0, name);
}

/*
 * Machine-readable facts for the host's verdict, e.g.
 * "# luqual: item=memfd/odd-size state=verified size=12345 hash=...".
 */
void ktap_item(const char *suite, const char *item, const char *state,
	       const char *fmt, ...)
{
	char rest[600];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(rest, sizeof(rest), fmt, ap);
	va_end(ap);
	ktap_diag("luqual: item=%s/%s state=%s %s", suite, item, state, rest);
}
