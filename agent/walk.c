// SPDX-License-Identifier: GPL-2.0
/*
 * A walk of kernels: the kernel booted with luqual.stage=N is the walk's
 * N-th; while the plan names a kernel_N+1 (and its cmdline_N+1), stage N
 * live-updates into it. One pair is a walk of two kernels.
 *
 * Every stage boots the same small initramfs (the agent and the plan). The
 * kernel keeps it (retain_initrd on every command line) as
 * /sys/firmware/initrd, and that file is handed on to kexec_file_load as
 * it is.
 *
 * The kernels wait outside the guest's RAM, in the memory BAR of an
 * ivshmem device backed by a file on the host (runners/initramfs.ts), and
 * the plan gives each stage's as "OFFSET SIZE" in it: the BAR outlives
 * every kexec. Carried in the initramfs instead, every kernel of the walk
 * would be hashed, copied and unpacked again at each kexec, 0.7 s more per
 * hop with four kernels than with one.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "agent.h"

#define RETAINED_INITRD "/sys/firmware/initrd"
/* ivshmem-plain (Red Hat, Inc.); BAR 2 is its memory */
#define STORE_VENDOR	0x1af4
#define STORE_DEVICE	0x1110

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

/* Copies size bytes at off of the kernel store into a new memfd; fd or -errno. */
static int store_copy(int bar, unsigned long off, unsigned long size,
		      const char **step)
{
	int fd, err = 0;
	void *map;
	ssize_t n;

	*step = "mmap the kernel store";
	map = mmap(NULL, size, PROT_READ, MAP_SHARED, bar, off);
	if (map == MAP_FAILED)
		return -errno;
	*step = "memfd_create";
	fd = memfd_create("luqual-next-kernel", MFD_CLOEXEC);
	if (fd < 0) {
		err = -errno;
	} else {
		*step = "copy the kernel out of the store";
		n = write(fd, map, size);
		if (n != (ssize_t)size) {
			err = n < 0 ? -errno : -EIO;
			close(fd);
		}
	}
	munmap(map, size);
	return err ? err : fd;
}

/* Stage's kernel, from the kernel store; an fd at its start, or -errno with *step. */
int walk_kernel(int stage, const char **step)
{
	const char *at = walk_get("kernel", stage);
	unsigned long off, size;
	char bdf[64], path[128];
	int bar, fd, err;

	*step = "kernel_N in the plan";
	if (!at || sscanf(at, "%lu %lu", &off, &size) != 2)
		return -EINVAL;
	*step = "find the kernel store (ivshmem " PCI_DEVICES ")";
	err = pci_find(STORE_VENDOR, STORE_DEVICE, bdf, sizeof(bdf));
	if (err)
		return err;
	snprintf(path, sizeof(path), PCI_DEVICES "/%s/resource2", bdf);
	*step = "open the kernel store's BAR";
	bar = open(path, O_RDONLY | O_CLOEXEC);
	if (bar < 0)
		return -errno;
	fd = store_copy(bar, off, size, step);
	close(bar);
	return fd;
}
