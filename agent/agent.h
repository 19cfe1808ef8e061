/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The agent's core: everything of suite.h, and what only the core uses.
 * Suites include suite.h alone.
 */
#ifndef LUQUAL_AGENT_H
#define LUQUAL_AGENT_H

#include "suite.h"

/*
 * The version of what the agent prints: judge/agent-version.ts holds the
 * same, and the host reads only the versions it lists. Bump both whenever
 * a line the host reads changes.
 */
#define AGENT_VERSION "5"

/* the SUITE() pointers, bounded by the linker */
extern const struct suite *const __start_luqual_suites[];
extern const struct suite *const __stop_luqual_suites[];

/* ktap.c: documents and subtests */
void ktap_doc_begin(void);
void ktap_line(const char *fmt, ...) __printf(1, 2);
void ktap_subtest_begin(const char *name);
void ktap_subtest_end(const char *name);

/* handover.c */
void handover_dump(const char *which);

/* walk.c */
const char *walk_get(const char *what, int stage);
int walk_initrd(void);
int walk_kernel(int stage, const char **step);

/* heir.c */
int heirs_planned(void);
void heirs_verify(const struct agent_ctx *ctx, int boot);
void heirs_preserve(const struct agent_ctx *ctx, int boot);

/* agent.c: whether the space-separated list holds the word name[0..len) */
int list_has(const char *list, const char *name, size_t len);

/* modules.c */
void modules_load(int stage);

/* plan.c */
int plan_load(void);
const char *plan_get(const char *key);

#endif /* LUQUAL_AGENT_H */
