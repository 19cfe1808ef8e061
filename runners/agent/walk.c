// SPDX-License-Identifier: GPL-2.0
/*
 * A walk of kernels: the kernel booted with luqual.stage=N is the walk's
 * N-th; while the plan names a kernel_N+1 (and its cmdline_N+1), stage N
 * live-updates into it. One pair is a walk of two kernels.
 *
 * Every stage boots the same initramfs, which holds every kernel the walk
 * goes to. The kernel keeps it (retain_initrd on every command line) as
 * /sys/firmware/initrd, and that file is handed on to kexec_file_load as
 * it is: nothing is copied in userspace, however long the walk.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "agent.h"

#define RETAINED_INITRD "/sys/firmware/initrd"

const char *walk_get(const char *what, int stage)
{
	char key[32];

	snprintf(key, sizeof(key), "%s_%d", what, stage);
	return plan_get(key);
}

/* The initramfs this stage booted, to boot the next one; fd or -errno. */
int walk_initrd(void)
{
	int fd = open(RETAINED_INITRD, O_RDONLY | O_CLOEXEC);

	return fd < 0 ? -errno : fd;
}
