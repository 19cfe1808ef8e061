// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's own log, read whole through syslog(2): several suites judge
 * what the kernel said about itself (a self-test's result, a revived
 * reservation, an IOMMU fault), which no file in sysfs carries.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>

#include "suite.h"

#define SYSLOG_ACTION_READ_ALL		3
#define SYSLOG_ACTION_SIZE_BUFFER	10

/* Returns a NUL-terminated copy of the log buffer the caller frees, or NULL with errno. */
char *klog_read(void)
{
	int size, n;
	char *buf;

	size = klogctl(SYSLOG_ACTION_SIZE_BUFFER, NULL, 0);
	if (size < 0)
		return NULL;
	buf = malloc(size + 1);
	if (!buf)
		return NULL;
	n = klogctl(SYSLOG_ACTION_READ_ALL, buf, size);
	if (n < 0) {
		int err = errno;

		free(buf);
		errno = err;
		return NULL;
	}
	buf[n] = '\0';
	return buf;
}

/*
 * Copies the log line holding needle (without its "<level>[time] " prefix)
 * into line; returns 1 when found, 0 when not.
 */
int klog_line(const char *log, const char *needle, char *line, size_t size)
{
	const char *hit = strstr(log, needle), *start, *end;

	if (!hit)
		return 0;
	for (start = hit; start > log && start[-1] != '\n'; start--)
		;
	if (*start == '<')
		start = strchrnul(start, '>') + 1;
	if (*start == '[' && strstr(start, "] ") && strstr(start, "] ") < hit)
		start = strstr(start, "] ") + 2;
	end = strchrnul(hit, '\n');
	snprintf(line, size, "%.*s", (int)(end - start), start);
	return 1;
}
