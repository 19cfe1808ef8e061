// SPDX-License-Identifier: GPL-2.0
/*
 * Loads the kernel modules the host put in the initramfs for this stage of
 * the walk: /luqual/modules/N.load lists them, one path per line relative
 * to /luqual/modules, each after the modules it depends on. A kernel that
 * built the suites' drivers in has no list. A module that fails to load is
 * reported; the suite that needs it then fails on what is missing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "agent.h"

#define MODULES_DIR			"/luqual/modules"
/* include/uapi/linux/module.h */
#define MODULE_INIT_COMPRESSED_FILE	4

static int compressed(const char *path)
{
	size_t n = strlen(path);

	return (n > 3 && !strcmp(path + n - 3, ".xz")) ||
	       (n > 3 && !strcmp(path + n - 3, ".gz")) ||
	       (n > 4 && !strcmp(path + n - 4, ".zst"));
}

static int load_one(const char *rel)
{
	char path[512];
	int fd, err = 0;

	snprintf(path, sizeof(path), MODULES_DIR "/%s", rel);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		ktap_diag("luqual: module %s: open: %s (errno %d)", rel,
			  strerror(errno), errno);
		return -1;
	}
	/* EEXIST: built in, or loaded as another module's dependency */
	if (syscall(SYS_finit_module, fd, "",
		    compressed(rel) ? MODULE_INIT_COMPRESSED_FILE : 0) < 0 &&
	    errno != EEXIST) {
		err = errno;
		ktap_diag("luqual: module %s: finit_module: %s (errno %d)", rel,
			  strerror(err), err);
	}
	close(fd);
	return err ? -1 : 0;
}

void modules_load(int stage)
{
	char path[64], list[8192], *line, *save;
	int n, loaded = 0, failed = 0;

	snprintf(path, sizeof(path), MODULES_DIR "/%d.load", stage);
	n = read_text(path, list, sizeof(list));
	if (n == -ENOENT)
		return;
	if (n < 0) {
		ktap_diag("luqual: %s: %s (errno %d)", path, strerror(-n), -n);
		return;
	}
	for (line = strtok_r(list, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (load_one(line))
			failed++;
		else
			loaded++;
	}
	ktap_diag("luqual: modules loaded=%d failed=%d", loaded, failed);
}
