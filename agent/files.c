// SPDX-License-Identifier: GPL-2.0
/*
 * Small whole-file reads and writes: the agent talks to the kernel through
 * procfs, sysfs, debugfs and /dev/kmsg, one short text at a time.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "suite.h"

/* Reads at most size - 1 bytes and NUL-terminates; returns the length or -errno. */
int read_text(const char *path, char *buf, size_t size)
{
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, size - 1);
	if (n < 0)
		n = -errno;
	close(fd);
	if (n < 0)
		return n;
	buf[n] = '\0';
	return n;
}

/* Writes text in one write(2), as sysfs wants it; returns 0 or -errno. */
int write_text(const char *path, const char *text)
{
	ssize_t n;
	int fd;

	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, text, strlen(text));
	if (n < 0)
		n = -errno;
	close(fd);
	return n < 0 ? n : 0;
}
