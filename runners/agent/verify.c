// SPDX-License-Identifier: GPL-2.0
/*
 * The target half every suite shares: retrieve a preserved file by token,
 * check its size and every byte of its pattern, report the item and the
 * test. A negative session is the -errno of a session that did not come
 * back.
 */
#include <errno.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agent.h"

static int corrupt(const struct preserved_file *f, int fd, int err,
		   const char *what)
{
	ktap_item(f->suite, f->name, "corrupt", "step=%s errno=%d", what, err);
	ktap_fail(f->name, err, "%s of the retrieved file", what);
	close(fd);
	return 1;
}

int verify_preserved(int session, const struct preserved_file *f)
{
	size_t first_bad = 0;
	uint64_t hash = 0;
	struct stat st;
	void *map;
	int fd, bad;

	fd = session < 0 ? session : luo_retrieve_fd(session, f->token);
	if (fd < 0) {
		ktap_item(f->suite, f->name, "missing", "errno=%d", -fd);
		ktap_fail(f->name, -fd, "RETRIEVE_FD token %llu",
			  (unsigned long long)f->token);
		return 1;
	}
	if (fstat(fd, &st) < 0)
		return corrupt(f, fd, errno, "fstat");
	if ((size_t)st.st_size != f->size) {
		ktap_item(f->suite, f->name, "corrupt", "size=%lld want=%zu",
			  (long long)st.st_size, f->size);
		ktap_fail(f->name, 0, "size %lld, expected %zu",
			  (long long)st.st_size, f->size);
		close(fd);
		return 1;
	}
	map = mmap(NULL, f->size, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, 0);
	if (map == MAP_FAILED)
		return corrupt(f, fd, errno, "mmap");
	bad = pattern_check(map, f->size, f->seed, &first_bad, &hash);
	munmap(map, f->size);
	close(fd);
	if (bad) {
		ktap_item(f->suite, f->name, "corrupt",
			  "size=%zu hash=%016llx first_bad=%zu", f->size,
			  (unsigned long long)hash, first_bad);
		ktap_fail(f->name, 0, "content differs from offset %zu", first_bad);
		return 1;
	}
	ktap_item(f->suite, f->name, "verified", "size=%zu hash=%016llx",
		  f->size, (unsigned long long)hash);
	ktap_result(1, f->name);
	return 0;
}
