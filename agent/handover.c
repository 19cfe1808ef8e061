// SPDX-License-Identifier: GPL-2.0
/*
 * Sends the KHO state in debugfs to the host: every readable file under
 * /sys/kernel/debug/kho/<dir>, found by walking the tree (its layout
 * differs between kernel versions), as base64 in "# luqual: blob=" lines.
 * The host parses the blobs; the agent does not interpret them.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agent.h"

#define KHO_DEBUGFS "/sys/kernel/debug/kho"
#define BLOB_MAX (256 * 1024)
#define TOTAL_MAX (1024 * 1024)
#define CHUNK 384	/* bytes per line: 512 base64 characters */
#define MAX_DEPTH 4

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void base64(const unsigned char *in, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i + 2 < n; i += 3) {
		out[o++] = b64[in[i] >> 2];
		out[o++] = b64[((in[i] & 3) << 4) | (in[i + 1] >> 4)];
		out[o++] = b64[((in[i + 1] & 15) << 2) | (in[i + 2] >> 6)];
		out[o++] = b64[in[i + 2] & 63];
	}
	if (i < n) {
		out[o++] = b64[in[i] >> 2];
		if (i + 1 < n) {
			out[o++] = b64[((in[i] & 3) << 4) | (in[i + 1] >> 4)];
			out[o++] = b64[(in[i + 1] & 15) << 2];
		} else {
			out[o++] = b64[(in[i] & 3) << 4];
			out[o++] = '=';
		}
		out[o++] = '=';
	}
	out[o] = '\0';
}

static unsigned char blob[BLOB_MAX];
static size_t total;

/* Returns the bytes read, or -errno. */
static ssize_t read_blob(const char *path)
{
	ssize_t n, got = 0;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (got < BLOB_MAX) {
		n = read(fd, blob + got, BLOB_MAX - got);
		if (n < 0) {
			n = -errno;
			close(fd);
			return n;
		}
		if (n == 0)
			break;
		got += n;
	}
	close(fd);
	return got;
}

static void send_blob(const char *path, const char *name)
{
	char line[CHUNK * 4 / 3 + 8];
	ssize_t n = read_blob(path);
	size_t off, parts, i;

	if (n < 0) {
		ktap_diag("luqual: blob=%s errno=%d (%s)", name, (int)-n,
			  strerror((int)-n));
		return;
	}
	if (n == BLOB_MAX || total + n > TOTAL_MAX) {
		ktap_diag("luqual: blob=%s skipped=too-large size=%zd", name, n);
		return;
	}
	total += n;
	parts = n ? (n + CHUNK - 1) / CHUNK : 1;
	for (i = 0, off = 0; i < parts; i++, off += CHUNK) {
		base64(blob + off, (size_t)n - off < CHUNK ? (size_t)n - off : CHUNK,
		       line);
		ktap_diag("luqual: blob=%s size=%zd part=%zu/%zu b64=%s", name, n,
			  i + 1, parts, n ? line : "=");
	}
}

static void walk(const char *dir, const char *name, int depth)
{
	char path[512], sub[256];
	struct dirent *d;
	struct stat st;
	DIR *dp;

	dp = opendir(dir);
	if (!dp) {
		ktap_diag("luqual: blob-dir=%s errno=%d (%s)", name, errno,
			  strerror(errno));
		return;
	}
	for (;;) {
		/* readdir() says an error only through errno */
		errno = 0;
		d = readdir(dp);
		if (!d)
			break;
		if (d->d_name[0] == '.')
			continue;
		if (snprintf(path, sizeof(path), "%s/%s", dir, d->d_name) >=
			    (int)sizeof(path) ||
		    snprintf(sub, sizeof(sub), "%s/%s", name, d->d_name) >=
			    (int)sizeof(sub)) {
			ktap_diag("luqual: blob-dir=%s skipped=name-too-long", name);
			continue;
		}
		if (stat(path, &st) < 0) {
			ktap_diag("luqual: blob=%s errno=%d (%s)", sub, errno,
				  strerror(errno));
			continue;
		}
		if (S_ISDIR(st.st_mode) && depth < MAX_DEPTH)
			walk(path, sub, depth + 1);
		/* "finalize" (up to 7.0) is a control, not state */
		else if (S_ISREG(st.st_mode) && (st.st_mode & 0444) &&
			 strcmp(d->d_name, "finalize"))
			send_blob(path, sub);
	}
	if (errno)
		ktap_diag("luqual: blob-dir=%s errno=%d (%s)", name, errno,
			  strerror(errno));
	closedir(dp);
}

void handover_dump(const char *which)
{
	char dir[128];

	snprintf(dir, sizeof(dir), "%s/%s", KHO_DEBUGFS, which);
	walk(dir, which, 0);
}
