// SPDX-License-Identifier: GPL-2.0
/*
 * The host's plan for this run, one "key value" pair per line in
 * /luqual/plan: the suites to run (and, test-only, those to corrupt),
 * the run's id, the KTAP port, and the walk's kernels and command lines
 * (walk.c). With the kernel command line and the kernel store it is all
 * the agent takes in, so a run is reproducible from the host's files.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"

#define PLAN_PATH "/luqual/plan"
/* a walk takes two keys per kernel it visits */
#define MAX_KEYS 256

static char text[65536];
static const char *keys[MAX_KEYS], *values[MAX_KEYS];
static int nkeys;

static void plan_split(void)
{
	char *line = text, *next, *sp;

	for (; line && *line && nkeys < MAX_KEYS; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		sp = strchr(line, ' ');
		if (!sp)
			continue;
		*sp = '\0';
		keys[nkeys] = line;
		values[nkeys++] = sp + 1;
	}
}

/* Returns 0 or -errno; an absent or unreadable plan is an error to report. */
int plan_load(void)
{
	int n = read_text(PLAN_PATH, text, sizeof(text));

	if (n < 0)
		return n;
	plan_split();
	return 0;
}

const char *plan_get(const char *key)
{
	for (int i = 0; i < nkeys; i++)
		if (!strcmp(keys[i], key))
			return values[i];
	return NULL;
}
