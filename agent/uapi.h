/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The LUO uapi the agent and its suites speak, written out here so the
 * agent builds without any kernel tree: luqual qualifies kernels whose
 * headers may not exist on the host, and the ABI is what we test, so we
 * pin our view of it. Source: include/uapi/linux/liveupdate.h (7.2, 7.3)
 * and include/uapi/linux/memfd.h.
 */
#ifndef LUQUAL_UAPI_H
#define LUQUAL_UAPI_H

#include <stdint.h>

/* _IO(type, nr) with no size and no direction bits */
#define LU_IO(nr)			((0xBAu << 8) | (nr))

#define LIVEUPDATE_IOCTL_CREATE_SESSION		LU_IO(0x00)
#define LIVEUPDATE_IOCTL_RETRIEVE_SESSION	LU_IO(0x01)
#define LIVEUPDATE_SESSION_PRESERVE_FD		LU_IO(0x40)
#define LIVEUPDATE_SESSION_RETRIEVE_FD		LU_IO(0x41)
#define LIVEUPDATE_SESSION_FINISH		LU_IO(0x42)
#define LIVEUPDATE_SESSION_GET_NAME		LU_IO(0x43)

#define LIVEUPDATE_SESSION_NAME_LENGTH	64

struct lu_session_args {		/* CREATE_SESSION, RETRIEVE_SESSION */
	uint32_t size;
	int32_t fd;
	uint8_t name[LIVEUPDATE_SESSION_NAME_LENGTH];
};

/* PRESERVE_FD, RETRIEVE_FD; the token is an __aligned_u64 in the kernel */
struct lu_fd_args {
	uint32_t size;
	int32_t fd;
	uint64_t token;
} __attribute__((aligned(8)));

struct lu_finish_args {
	uint32_t size;
	uint32_t reserved;
};

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC			0x0001u
#endif
#ifndef MFD_ALLOW_SEALING
#define MFD_ALLOW_SEALING		0x0002u
#endif

#endif /* LUQUAL_UAPI_H */
