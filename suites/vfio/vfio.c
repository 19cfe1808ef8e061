// SPDX-License-Identifier: GPL-2.0
/*
 * vfio suite: QEMU's edu PCI device behind the emulated Intel IOMMU, driven
 * from userspace through VFIO as a VMM drives a passed-through device. On
 * both kernels: bind it to vfio-pci, open it, check its liveness register,
 * copy a pattern into the device and back by DMA through the IOMMU, and
 * look for IOMMU faults in the kernel log. The DMA buffer is a memfd, as a
 * VMM's guest memory is: the source preserves it through LUO with what the
 * device wrote into it, and the target checks it byte for byte. On the
 * source, also ask LUO to preserve the device and iommufd fds; on the
 * target, retrieve them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suite.h"
#include "vfio-dev.h"

#define SESSION_NAME	"luqual-vfio"

/* QEMU's hw/misc/edu.c */
#define EDU_VENDOR	0x1234
#define EDU_DEVICE	0x11e8
#define EDU_ID		0x00	/* 0xRRrr00ed */
#define EDU_LIVENESS	0x04	/* reads back the complement of what was written */
#define EDU_DMA_SRC	0x80
#define EDU_DMA_DST	0x88
#define EDU_DMA_COUNT	0x90
#define EDU_DMA_CMD	0x98
#define EDU_DMA_RUN	0x1
#define EDU_DMA_TO_RAM	0x2
#define EDU_BUF		0x40000	/* the device's own 4 KiB buffer */
/*
 * Half of it: QEMU before 8.0 rejects a transfer that ends at the buffer's
 * last byte (an off-by-one fixed upstream) with a hw_error that kills QEMU.
 */
#define XFER		2048
#define PAGE		4096

#define BUF_TEST	"dma-buffer"
#define BUF_TOKEN	3

static struct vfio_dev dev = VFIO_DEV_INIT;
static int session = -1;

static const struct {
	const char *name;
	uint64_t token;
} kept[] = {
	{ "preserve-device", 1 },
	{ "preserve-iommufd", 2 },
};

static int open_test(struct agent_ctx *ctx)
{
	const char *step = "";
	int err;

	err = vfio_find(&dev, EDU_VENDOR, EDU_DEVICE, &step);
	if (!err)
		err = vfio_bind(&dev, &step);
	if (!err)
		err = vfio_open(&dev, &step);
	if (err) {
		ktap_fail("open", -err, "edu %s: %s", dev.bdf[0] ? dev.bdf : "(not found)",
			  step);
		vfio_close(&dev);
		return 1;
	}
	ktap_diag("luqual: vfio-api=%s device=%s stage=%d", dev.api, dev.bdf,
		  ctx->stage);
	ktap_result(1, "open");
	return 0;
}

static void liveness_test(void)
{
	uint32_t id = 0, probe = 0x6c75716c, back = 0;
	int err;

	err = vfio_read(&dev, dev.bar0 + EDU_ID, &id, 4);
	if (!err)
		err = vfio_write(&dev, dev.bar0 + EDU_LIVENESS, &probe, 4);
	if (!err)
		err = vfio_read(&dev, dev.bar0 + EDU_LIVENESS, &back, 4);
	if (err)
		ktap_fail("liveness", -err, "edu register access");
	else if ((id & 0xff) != 0xed || back != ~probe)
		ktap_fail("liveness", 0, "id %#x, liveness %#x after writing %#x",
			  id, back, probe);
	else
		ktap_result(1, "liveness");
}

/* Programs one transfer and waits for the device to finish it. */
static int edu_dma(uint64_t src, uint64_t dst, uint64_t cmd)
{
	uint64_t count = XFER, state;
	int err;

	err = vfio_write(&dev, dev.bar0 + EDU_DMA_SRC, &src, 8);
	if (!err)
		err = vfio_write(&dev, dev.bar0 + EDU_DMA_DST, &dst, 8);
	if (!err)
		err = vfio_write(&dev, dev.bar0 + EDU_DMA_COUNT, &count, 8);
	if (!err)
		err = vfio_write(&dev, dev.bar0 + EDU_DMA_CMD, &cmd, 8);
	/* edu finishes a transfer 100 ms of guest time later */
	for (int i = 0; !err && i < 500; i++) {
		err = vfio_read(&dev, dev.bar0 + EDU_DMA_CMD, &state, 8);
		if (!err && !(state & EDU_DMA_RUN))
			return 0;
		usleep(10000);
	}
	return err ? err : -ETIMEDOUT;
}

static uint64_t dma_seed(int stage)
{
	return 0x76666960ull + stage;
}

static void dma_to_device_test(const struct agent_ctx *ctx)
{
	int err;

	pattern_fill(dev.buf, XFER, dma_seed(ctx->stage), PATTERN_HASH_INIT);
	err = edu_dma(dev.iova, EDU_BUF, EDU_DMA_RUN);
	if (err)
		ktap_fail("dma-to-device", -err, "DMA of 2 KiB from IOVA %#llx into the device",
			  (unsigned long long)dev.iova);
	else
		ktap_result(1, "dma-to-device");
}

/* Back into the buffer's second page, which must then hold the pattern. */
static void dma_from_device_test(const struct agent_ctx *ctx)
{
	unsigned char *page = (unsigned char *)dev.buf + PAGE;
	uint64_t dst = dev.iova + PAGE, hash;
	size_t bad = 0;
	int err;

	memset(page, 0, XFER);
	err = edu_dma(EDU_BUF, dst, EDU_DMA_RUN | EDU_DMA_TO_RAM);
	if (err) {
		ktap_fail("dma-from-device", -err, "DMA of 2 KiB from the device to IOVA %#llx",
			  (unsigned long long)dst);
		return;
	}
	if (pattern_check(page, XFER, dma_seed(ctx->stage), &bad, &hash))
		ktap_fail("dma-from-device", 0, "the copy back differs from byte %zu",
			  bad);
	else
		ktap_result(1, "dma-from-device");
}

static void faults_test(void)
{
	char *log = klog_read();
	char line[256];
	int found;

	if (!log) {
		ktap_fail("iommu-faults", errno, "reading the kernel log");
		return;
	}
	/* Intel's DMAR (x86_64), the SMMUv3's event queue (arm64) */
	found = klog_line(log, "DMAR: DRHD: handling fault", line, sizeof(line)) ||
		klog_line(log, "] Request device [", line, sizeof(line)) ||
		klog_line(log, ": event 0x", line, sizeof(line));
	free(log);
	if (found)
		ktap_fail("iommu-faults", 0, "the kernel logged \"%s\"", line);
	else
		ktap_result(1, "iommu-faults");
}

static void device_tests(struct agent_ctx *ctx)
{
	if (open_test(ctx)) {
		ktap_fail("liveness", 0, "device not open");
		ktap_fail("dma-to-device", 0, "device not open");
		ktap_fail("dma-from-device", 0, "device not open");
	} else {
		liveness_test();
		dma_to_device_test(ctx);
		dma_from_device_test(ctx);
	}
	faults_test();
}

/*
 * The whole DMA buffer after both copies: each page holds XFER bytes of the
 * pattern (the CPU wrote the first page's, the device the second's) and
 * zeros after them.
 */
static struct page_rule buffer_page(size_t off, size_t len, uint64_t seed)
{
	(void)off;
	(void)len;
	return (struct page_rule){ .words = XFER / 8, .seed = seed };
}

/* pattern_check()'s contract for the whole DMA buffer */
static int buffer_check(const void *buf, size_t len, uint64_t seed,
			size_t *first_bad, uint64_t *hash)
{
	return pattern_check_pages(buf, len, seed, PAGE, buffer_page,
				   first_bad, hash);
}

/* the source's session, created by the first test that preserves into it */
static int source_session(struct agent_ctx *ctx)
{
	if (session < 0)
		session = luo_create_session(ctx->luo_fd, SESSION_NAME);
	return session;
}

static void buffer_not_preserved(int err, const char *step, const char *why)
{
	ktap_item(SUITE_NAME, BUF_TEST, "not-preserved", "step=%s errno=%d",
		  step, err);
	ktap_fail(BUF_TEST, err, "%s", why);
}

/*
 * The memfd behind the DMA buffer, with what the device copied into it,
 * preserved as a VMM preserves its guest memory. Test-only (corrupt):
 * flip a byte of it after its hash was reported.
 */
static void dma_buffer_stage1(struct agent_ctx *ctx)
{
	uint64_t hash = 0;
	size_t bad = 0;
	int s, err;

	if (dev.buf_fd < 0) {
		buffer_not_preserved(0, "open", "device not open");
		return;
	}
	if (buffer_check(dev.buf, DMA_BUF_SIZE, dma_seed(ctx->stage), &bad,
			 &hash)) {
		ktap_item(SUITE_NAME, BUF_TEST, "not-preserved",
			  "step=dma first_bad=%zu", bad);
		ktap_fail(BUF_TEST, 0, "the buffer differs from what was copied by DMA from byte %zu",
			  bad);
		return;
	}
	s = source_session(ctx);
	if (s < 0) {
		buffer_not_preserved(-s, "session", "CREATE_SESSION " SESSION_NAME);
		return;
	}
	err = luo_preserve_fd(s, dev.buf_fd, BUF_TOKEN);
	if (err) {
		buffer_not_preserved(-err, "preserve", "PRESERVE_FD of the DMA buffer's memfd");
		return;
	}
	ktap_item(SUITE_NAME, BUF_TEST, "preserved", "size=%d hash=%016llx",
		  DMA_BUF_SIZE, (unsigned long long)hash);
	if (ctx->corrupt &&
	    pattern_damage(SUITE_NAME, BUF_TEST, dev.buf_fd, DMA_BUF_SIZE)) {
		ktap_fail(BUF_TEST, errno, "damaging on purpose");
		return;
	}
	ktap_result(1, BUF_TEST);
}

static void preserve_one(struct agent_ctx *ctx, int i, int fd)
{
	int s, err;

	if (fd < 0) {
		ktap_skip(kept[i].name, "nothing to preserve: the device is not open through %s",
			  i ? "iommufd" : "VFIO");
		return;
	}
	s = source_session(ctx);
	if (s < 0) {
		ktap_fail(kept[i].name, -s, "CREATE_SESSION %s", SESSION_NAME);
		return;
	}
	err = luo_preserve_fd(s, fd, kept[i].token);
	if (err) {
		ktap_skip(kept[i].name, "source kernel cannot preserve %s fds: PRESERVE_FD: %s (errno %d)",
			  i ? "iommufd" : "VFIO device", strerror(-err), -err);
		return;
	}
	ktap_item(SUITE_NAME, kept[i].name, "preserved", "token=%llu",
		  (unsigned long long)kept[i].token);
	ktap_result(1, kept[i].name);
}

/*
 * The device and the buffer's memfd stay open until the kexec: LUO keeps
 * only what is held.
 */
static void vfio_stage1(struct agent_ctx *ctx)
{
	device_tests(ctx);
	dma_buffer_stage1(ctx);
	preserve_one(ctx, 0, dev.device);
	preserve_one(ctx, 1, dev.iommufd);
}

/* A retrieved fd counts as restored when the kernel hands back a live file. */
static void retrieve_one(int s, int i)
{
	int fd = s < 0 ? s : luo_retrieve_fd(s, kept[i].token);

	if (fd < 0) {
		ktap_item(SUITE_NAME, kept[i].name, "missing", "errno=%d", -fd);
		ktap_fail(kept[i].name, -fd, "RETRIEVE_FD token %llu",
			  (unsigned long long)kept[i].token);
		return;
	}
	ktap_item(SUITE_NAME, kept[i].name, "verified", "token=%llu",
		  (unsigned long long)kept[i].token);
	ktap_result(1, kept[i].name);
	close(fd);
}

/*
 * The target's device checks use a buffer of their own: the retrieved
 * memfd is checked as the source left it.
 */
static void vfio_stage2(struct agent_ctx *ctx)
{
	const struct preserved_file buffer = {
		.suite = SUITE_NAME, .name = BUF_TEST, .token = BUF_TOKEN,
		/* the source's pattern */
		.size = DMA_BUF_SIZE, .seed = dma_seed(1), .check = buffer_check,
	};
	int s, err;

	device_tests(ctx);
	s = ctx->luo_fd < 0 ? -ctx->luo_errno :
			      luo_retrieve_session(ctx->luo_fd, SESSION_NAME);
	verify_preserved(s, &buffer);
	for (size_t i = 0; i < ARRAY_SIZE(kept); i++)
		retrieve_one(s, i);
	if (s >= 0) {
		err = luo_finish(s);
		if (err)
			ktap_diag("FINISH %s: %s (errno %d)", SESSION_NAME,
				  strerror(-err), -err);
		close(s);
	}
	vfio_close(&dev);
}

SUITE(.needs = SUITE_NEEDS_LUO, .stage1 = vfio_stage1,
      .stage2 = vfio_stage2);
