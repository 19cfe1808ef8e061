/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The VFIO and iommufd uapi the vfio suite uses, written out so the agent
 * builds without a kernel tree. Source: include/uapi/linux/vfio.h and
 * iommufd.h (7.3). Argument sizes are the smallest each ioctl accepts
 * (its "minsz"), so that older kernels take them too.
 */
#ifndef LUQUAL_VFIO_UAPI_H
#define LUQUAL_VFIO_UAPI_H

#include <stdint.h>

/* _IO(';', nr): no size and no direction bits */
#define VFIO_IO(nr)			((';' << 8) | (nr))

#define VFIO_SET_IOMMU			VFIO_IO(100 + 2)
#define VFIO_GROUP_GET_STATUS		VFIO_IO(100 + 3)
#define VFIO_GROUP_SET_CONTAINER	VFIO_IO(100 + 4)
#define VFIO_GROUP_GET_DEVICE_FD	VFIO_IO(100 + 6)
#define VFIO_DEVICE_GET_INFO		VFIO_IO(100 + 7)
#define VFIO_DEVICE_GET_REGION_INFO	VFIO_IO(100 + 8)
#define VFIO_IOMMU_MAP_DMA		VFIO_IO(100 + 13)
#define VFIO_DEVICE_BIND_IOMMUFD	VFIO_IO(100 + 18)
#define VFIO_DEVICE_ATTACH_IOMMUFD_PT	VFIO_IO(100 + 19)

#define VFIO_TYPE1v2_IOMMU		3
#define VFIO_GROUP_FLAGS_VIABLE		(1u << 0)
#define VFIO_DMA_MAP_FLAG_READ		(1u << 0)
#define VFIO_DMA_MAP_FLAG_WRITE		(1u << 1)
#define VFIO_PCI_BAR0_REGION_INDEX	0
#define VFIO_PCI_CONFIG_REGION_INDEX	7

#define IOMMU_IOAS_ALLOC		VFIO_IO(0x81)
#define IOMMU_IOAS_MAP			VFIO_IO(0x85)
#define IOMMU_IOAS_MAP_FIXED_IOVA	(1u << 0)
#define IOMMU_IOAS_MAP_WRITEABLE	(1u << 1)
#define IOMMU_IOAS_MAP_READABLE		(1u << 2)

struct vfio_group_status {
	uint32_t argsz;
	uint32_t flags;
};

struct vfio_device_info {
	uint32_t argsz;
	uint32_t flags;
	uint32_t num_regions;
	uint32_t num_irqs;
};

struct vfio_region_info {
	uint32_t argsz;
	uint32_t flags;
	uint32_t index;
	uint32_t cap_offset;
	uint64_t size;
	uint64_t offset;
};

struct vfio_iommu_type1_dma_map {
	uint32_t argsz;
	uint32_t flags;
	uint64_t vaddr;
	uint64_t iova;
	uint64_t size;
};

/* up to out_devid: the token_uuid_ptr that follows is 7.3's */
struct vfio_device_bind_iommufd {
	uint32_t argsz;
	uint32_t flags;
	int32_t iommufd;
	uint32_t out_devid;
};

/* up to pt_id: the pasid that follows came later */
struct vfio_device_attach_iommufd_pt {
	uint32_t argsz;
	uint32_t flags;
	uint32_t pt_id;
};

struct iommu_ioas_alloc {
	uint32_t size;
	uint32_t flags;
	uint32_t out_ioas_id;
};

struct iommu_ioas_map {
	uint32_t size;
	uint32_t flags;
	uint32_t ioas_id;
	uint32_t reserved;
	uint64_t user_va;
	uint64_t length;
	uint64_t iova;
};

#endif /* LUQUAL_VFIO_UAPI_H */
