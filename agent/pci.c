// SPDX-License-Identifier: GPL-2.0
/* PCI devices by vendor and device ID, through sysfs. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "agent.h"

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

/* The first such device's address (0000:00:01.0) in bdf; 0, or -errno (-ENODEV: none). */
int pci_find(uint16_t vendor, uint16_t device, char *bdf, size_t size)
{
	unsigned long v, dv;
	struct dirent *e;
	char dir[300];
	DIR *pci;

	pci = opendir(PCI_DEVICES);
	if (!pci)
		return -errno;
	while ((e = readdir(pci))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(dir, sizeof(dir), PCI_DEVICES "/%s", e->d_name);
		if (read_hex(dir, "vendor", &v) || read_hex(dir, "device", &dv))
			continue;
		if (v == vendor && dv == device) {
			snprintf(bdf, size, "%s", e->d_name);
			closedir(pci);
			return 0;
		}
	}
	closedir(pci);
	return -ENODEV;
}
