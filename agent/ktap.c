// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP on the console. Every line goes out in a single write() so kernel
 * messages on the same console can only land between our lines, never
 * inside one: the host parser depends on that.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "agent.h"

#define MAX_DEPTH 4

static int depth;
static int counter[MAX_DEPTH];

static void emit(const char *text)
{
	char line[1024];
	int n;

	n = snprintf(line, sizeof(line), "%*s%s\n", depth * 4, "", text);
	if (n >= (int)sizeof(line)) {
		n = sizeof(line) - 1;
		line[n - 1] = '\n';
	}
	/* nowhere left to report a console write error */
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
	counter[0] = 0;
	ktap_line("KTAP version 1");
}

void ktap_diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vemit("# ", fmt, ap);
	va_end(ap);
}

void ktap_subtest_begin(const char *name, int planned)
{
	depth++;
	counter[depth] = 0;
	ktap_line("KTAP version 1");
	ktap_line("# Subtest: %s", name);
	ktap_line("1..%d", planned);
}

void ktap_subtest_end(void)
{
	if (depth > 0)
		depth--;
}

void ktap_result(int ok, const char *name)
{
	ktap_line("%s %d %s", ok ? "ok" : "not ok", ++counter[depth], name);
}

void ktap_skip(const char *name, const char *fmt, ...)
{
	char reason[700];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	ktap_line("ok %d %s # SKIP %s", ++counter[depth], name, reason);
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
 * "# luqual: item=memfd/64M state=verified size=67108864 hash=...".
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
