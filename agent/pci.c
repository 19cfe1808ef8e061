// SPDX-License-Identifier: GPL-2.0
/* PCI devices by vendor and device ID, through sysfs. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"

static int read_hex(const char *dir, const char *name, unsigned long *val)
{
	char path[320], buf[32];
	int n;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	n = read_text(path, buf, sizeof(buf));
	if (n < 0)
		return n;
	*val = strtoul(buf, NULL, 16);
	return 0;
}

/*
 * Whether dir is the PCI device vendor:device; one whose IDs cannot be
 * read is not, and is noted.
 */
static int pci_is(const char *dir, uint16_t vendor, uint16_t device)
{
	unsigned long v, dv;
	int err;

	err = read_hex(dir, "vendor", &v);
	if (!err)
		err = read_hex(dir, "device", &dv);
	if (err) {
		ktap_diag("%s: vendor and device IDs: %s (errno %d)", dir,
			  strerror(-err), -err);
		return 0;
	}
	return v == vendor && dv == device;
}

/* The first such device's address (0000:00:01.0) in bdf; 0, or -errno (-ENODEV: none). */
int pci_find(uint16_t vendor, uint16_t device, char *bdf, size_t size)
{
	struct dirent *e;
	char dir[300];
	int err = -ENODEV;
	DIR *pci;

	pci = opendir(PCI_DEVICES);
	if (!pci)
		return -errno;
	for (;;) {
		/* readdir() says an error only through errno */
		errno = 0;
		e = readdir(pci);
		if (!e) {
			err = errno ? -errno : -ENODEV;
			break;
		}
		if (e->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof(dir), PCI_DEVICES "/%s", e->d_name);
		if (pci_is(dir, vendor, device)) {
			snprintf(bdf, size, "%s", e->d_name);
			err = 0;
			break;
		}
	}
	closedir(pci);
	return err;
}
