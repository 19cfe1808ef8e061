// SPDX-License-Identifier: GPL-2.0
/*
 * Thin wrappers over the /dev/liveupdate ioctls: each returns an fd (a
 * session, a retrieved file) or 0, or -errno.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>

#include "suite.h"

static int session_ioctl(int luo_fd, unsigned long cmd, const char *name)
{
	struct lu_session_args args;

	memset(&args, 0, sizeof(args));
	args.size = sizeof(args);
	if (snprintf((char *)args.name, sizeof(args.name), "%s", name) >=
	    (int)sizeof(args.name))
		return -ENAMETOOLONG;
	if (ioctl(luo_fd, cmd, &args) < 0)
		return -errno;
	return args.fd;
}

int luo_create_session(int luo_fd, const char *name)
{
	return session_ioctl(luo_fd, LIVEUPDATE_IOCTL_CREATE_SESSION, name);
}

int luo_retrieve_session(int luo_fd, const char *name)
{
	return session_ioctl(luo_fd, LIVEUPDATE_IOCTL_RETRIEVE_SESSION, name);
}

int luo_preserve_fd(int session_fd, int fd, uint64_t token)
{
	struct lu_fd_args args = { .size = sizeof(args), .fd = fd,
				   .token = token };

	if (ioctl(session_fd, LIVEUPDATE_SESSION_PRESERVE_FD, &args) < 0)
		return -errno;
	return 0;
}

int luo_retrieve_fd(int session_fd, uint64_t token)
{
	struct lu_fd_args args = { .size = sizeof(args), .fd = -1,
				   .token = token };

	if (ioctl(session_fd, LIVEUPDATE_SESSION_RETRIEVE_FD, &args) < 0)
		return -errno;
	return args.fd;
}

int luo_finish(int session_fd)
{
	struct lu_finish_args args = { .size = sizeof(args) };

	if (ioctl(session_fd, LIVEUPDATE_SESSION_FINISH, &args) < 0)
		return -errno;
	return 0;
}
