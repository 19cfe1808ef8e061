// SPDX-License-Identifier: GPL-2.0
/*
 * Finding a PCI device, binding it to vfio-pci, and opening it the way a
 * VMM does: through iommufd (/dev/iommu and the device's cdev) where the
 * kernel has the cdev, else through the legacy group and container.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "suite.h"
#include "vfio-dev.h"
#include "vfio-uapi.h"

#define DMA_IOVA	0x100000ull	/* below the edu device's 28-bit DMA mask */

int vfio_find(struct vfio_dev *d, uint16_t vendor, uint16_t device,
	      const char **step)
{
	int err = pci_find(vendor, device, d->bdf, sizeof(d->bdf));

	*step = err == -ENODEV ? "no such PCI device" : "opendir " PCI_DEVICES;
	return err;
}

/* The last name of the device's sysfs link what (its driver, its iommu_group). */
static int link_name(const struct vfio_dev *d, const char *what, char *name,
		     size_t size)
{
	char path[384], link[256];
	ssize_t n;

	snprintf(path, sizeof(path), PCI_DEVICES "/%s/%s", d->bdf, what);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return -errno;
	link[n] = '\0';
	snprintf(name, size, "%s", basename(link));
	return 0;
}

int vfio_bind(const struct vfio_dev *d, const char **step)
{
	char path[384], driver[64];
	int err;

	if (!link_name(d, "driver", driver, sizeof(driver))) {
		if (!strcmp(driver, "vfio-pci"))
			return 0;
		*step = "unbind from its driver";
		snprintf(path, sizeof(path), PCI_DEVICES "/%s/driver/unbind",
			 d->bdf);
		err = write_text(path, d->bdf);
		if (err)
			return err;
	}
	*step = "driver_override";
	snprintf(path, sizeof(path), PCI_DEVICES "/%s/driver_override", d->bdf);
	err = write_text(path, "vfio-pci");
	if (err)
		return err;
	*step = "drivers_probe";
	err = write_text("/sys/bus/pci/drivers_probe", d->bdf);
	if (err)
		return err;
	*step = "bound driver";
	err = link_name(d, "driver", driver, sizeof(driver));
	if (err)
		return err;
	return strcmp(driver, "vfio-pci") ? -ENXIO : 0;
}

/* the device's cdev under /dev/vfio/devices, found through sysfs */
static int open_cdev(const struct vfio_dev *d)
{
	char dir[384], path[300];
	struct dirent *e;
	DIR *vd;
	int fd = -ENOENT;

	snprintf(dir, sizeof(dir), PCI_DEVICES "/%s/vfio-dev", d->bdf);
	vd = opendir(dir);
	if (!vd)
		return -errno;
	while ((e = readdir(vd)))
		if (!strncmp(e->d_name, "vfio", 4)) {
			snprintf(path, sizeof(path), "/dev/vfio/devices/%s",
				 e->d_name);
			fd = open(path, O_RDWR | O_CLOEXEC);
			if (fd < 0)
				fd = -errno;
			break;
		}
	closedir(vd);
	return fd;
}

static int ioctl_err(int fd, unsigned long req, void *arg)
{
	return ioctl(fd, req, arg) < 0 ? -errno : 0;
}

static int open_iommufd(struct vfio_dev *d, const char **step)
{
	struct vfio_device_bind_iommufd bind = { .argsz = sizeof(bind) };
	struct vfio_device_attach_iommufd_pt attach = { .argsz = sizeof(attach) };
	struct iommu_ioas_alloc ioas = { .size = sizeof(ioas) };
	struct iommu_ioas_map map = { .size = sizeof(map) };
	int err;

	*step = "open /dev/iommu";
	d->iommufd = open("/dev/iommu", O_RDWR | O_CLOEXEC);
	if (d->iommufd < 0)
		return -errno;
	*step = "VFIO_DEVICE_BIND_IOMMUFD";
	bind.iommufd = d->iommufd;
	err = ioctl_err(d->device, VFIO_DEVICE_BIND_IOMMUFD, &bind);
	if (err)
		return err;
	*step = "IOMMU_IOAS_ALLOC";
	err = ioctl_err(d->iommufd, IOMMU_IOAS_ALLOC, &ioas);
	if (err)
		return err;
	*step = "VFIO_DEVICE_ATTACH_IOMMUFD_PT";
	attach.pt_id = ioas.out_ioas_id;
	err = ioctl_err(d->device, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &attach);
	if (err)
		return err;
	*step = "IOMMU_IOAS_MAP";
	map.flags = IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE |
		    IOMMU_IOAS_MAP_WRITEABLE;
	map.ioas_id = ioas.out_ioas_id;
	map.user_va = (uintptr_t)d->buf;
	map.length = DMA_BUF_SIZE;
	map.iova = d->iova;
	return ioctl_err(d->iommufd, IOMMU_IOAS_MAP, &map);
}

static int open_legacy(struct vfio_dev *d, const char **step)
{
	struct vfio_group_status status = { .argsz = sizeof(status) };
	struct vfio_iommu_type1_dma_map map = { .argsz = sizeof(map) };
	char path[320], group[256];
	int err;

	*step = "iommu_group";
	err = link_name(d, "iommu_group", group, sizeof(group));
	if (err)
		return err;
	snprintf(path, sizeof(path), "/dev/vfio/%s", group);
	*step = "open the VFIO group";
	d->group = open(path, O_RDWR | O_CLOEXEC);
	if (d->group < 0)
		return -errno;
	*step = "open /dev/vfio/vfio";
	d->container = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	if (d->container < 0)
		return -errno;
	*step = "VFIO_GROUP_GET_STATUS";
	err = ioctl_err(d->group, VFIO_GROUP_GET_STATUS, &status);
	if (err)
		return err;
	*step = "group not viable (another device of the group has a driver)";
	if (!(status.flags & VFIO_GROUP_FLAGS_VIABLE))
		return -EBUSY;
	*step = "VFIO_GROUP_SET_CONTAINER";
	err = ioctl_err(d->group, VFIO_GROUP_SET_CONTAINER, &d->container);
	if (err)
		return err;
	*step = "VFIO_SET_IOMMU";
	if (ioctl(d->container, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU) < 0)
		return -errno;
	*step = "VFIO_GROUP_GET_DEVICE_FD";
	d->device = ioctl(d->group, VFIO_GROUP_GET_DEVICE_FD, d->bdf);
	if (d->device < 0)
		return -errno;
	*step = "VFIO_IOMMU_MAP_DMA";
	map.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE;
	map.vaddr = (uintptr_t)d->buf;
	map.iova = d->iova;
	map.size = DMA_BUF_SIZE;
	return ioctl_err(d->container, VFIO_IOMMU_MAP_DMA, &map);
}

static int region_offset(const struct vfio_dev *d, uint32_t index,
			 uint64_t *off)
{
	struct vfio_region_info info = { .argsz = sizeof(info), .index = index };
	int err = ioctl_err(d->device, VFIO_DEVICE_GET_REGION_INFO, &info);

	if (!err)
		*off = info.offset;
	return err;
}

/* memory decoding and bus mastering on: the device must reach our buffer */
static int enable_device(const struct vfio_dev *d)
{
	uint16_t cmd;
	int err;

	err = vfio_read(d, d->config + 4, &cmd, sizeof(cmd));
	if (err)
		return err;
	cmd |= 0x2 | 0x4;
	return vfio_write(d, d->config + 4, &cmd, sizeof(cmd));
}

/*
 * The DMA buffer is a shared mapping of a memfd, as a VMM's guest memory
 * is: the memfd is what LUO can preserve, and the IOMMU pins its pages.
 */
static int map_buffer(struct vfio_dev *d, const char **step)
{
	*step = "memfd_create the DMA buffer";
	d->buf_fd = memfd_create("luqual-dma", MFD_CLOEXEC);
	if (d->buf_fd < 0)
		return -errno;
	*step = "ftruncate the DMA buffer";
	if (ftruncate(d->buf_fd, DMA_BUF_SIZE) < 0)
		return -errno;
	*step = "mmap the DMA buffer";
	d->buf = mmap(NULL, DMA_BUF_SIZE, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_POPULATE, d->buf_fd, 0);
	if (d->buf == MAP_FAILED) {
		d->buf = NULL;
		return -errno;
	}
	return 0;
}

int vfio_open(struct vfio_dev *d, const char **step)
{
	int err;

	d->device = d->iommufd = d->container = d->group = d->buf_fd = -1;
	d->iova = DMA_IOVA;
	err = map_buffer(d, step);
	if (err)
		return err;
	d->device = open_cdev(d);
	if (d->device >= 0) {
		d->api = "iommufd";
		err = open_iommufd(d, step);
	} else {
		d->api = "legacy";
		err = open_legacy(d, step);
	}
	if (err)
		return err;
	*step = "VFIO_DEVICE_GET_REGION_INFO";
	err = region_offset(d, VFIO_PCI_BAR0_REGION_INDEX, &d->bar0);
	if (!err)
		err = region_offset(d, VFIO_PCI_CONFIG_REGION_INDEX, &d->config);
	if (err)
		return err;
	*step = "enable memory and bus mastering";
	return enable_device(d);
}

void vfio_close(struct vfio_dev *d)
{
	int *fds[] = { &d->device, &d->group, &d->container, &d->iommufd,
		       &d->buf_fd };

	for (size_t i = 0; i < ARRAY_SIZE(fds); i++) {
		if (*fds[i] >= 0)
			close(*fds[i]);
		*fds[i] = -1;
	}
	if (d->buf)
		munmap(d->buf, DMA_BUF_SIZE);
	d->buf = NULL;
}

int vfio_read(const struct vfio_dev *d, uint64_t off, void *val, size_t len)
{
	ssize_t n = pread(d->device, val, len, off);

	return n == (ssize_t)len ? 0 : n < 0 ? -errno : -EIO;
}

int vfio_write(const struct vfio_dev *d, uint64_t off, const void *val,
	       size_t len)
{
	ssize_t n = pwrite(d->device, val, len, off);

	return n == (ssize_t)len ? 0 : n < 0 ? -errno : -EIO;
}
