/* SPDX-License-Identifier: GPL-2.0 */
#ifndef LUQUAL_VFIO_DEV_H
#define LUQUAL_VFIO_DEV_H

#include <stddef.h>
#include <stdint.h>

/* a PCI device opened through VFIO with a DMA buffer mapped for it */
struct vfio_dev {
	char bdf[256];
	const char *api;	/* "iommufd" or "legacy" */
	int device;
	int iommufd;		/* or -1 on the legacy path */
	int container;		/* legacy path only, else -1 */
	int group;		/* legacy path only, else -1 */
	uint64_t bar0;		/* region offsets in the device fd */
	uint64_t config;
	int buf_fd;		/* the memfd backing buf, as a VMM's guest memory */
	void *buf;		/* DMA_BUF_SIZE bytes of it, mapped at iova */
	uint64_t iova;
};

/* nothing open yet: what vfio_close() may be given before vfio_open() */
#define VFIO_DEV_INIT { .device = -1, .iommufd = -1, .container = -1, \
			.group = -1, .buf_fd = -1 }

#define DMA_BUF_SIZE	(2 * 4096)

/*
 * Each returns 0 or -errno and, on error, names the failed step in *step
 * so the caller's KTAP line says where it broke.
 */
int vfio_find(struct vfio_dev *d, uint16_t vendor, uint16_t device,
	      const char **step);
int vfio_bind(const struct vfio_dev *d, const char **step);
int vfio_open(struct vfio_dev *d, const char **step);
void vfio_close(struct vfio_dev *d);

int vfio_read(const struct vfio_dev *d, uint64_t off, void *val, size_t len);
int vfio_write(const struct vfio_dev *d, uint64_t off, const void *val,
	       size_t len);

#endif /* LUQUAL_VFIO_DEV_H */
