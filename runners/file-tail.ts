// Follows a file QEMU writes a serial port to. A file, not a pipe or a
// socket: QEMU's UART drops a byte after a few failed writes when a pipe is
// full, and a busy reader would then lose characters of the log.
import { closeSync, openSync, readSync } from 'node:fs';

const POLL_MS = 20;

export class FileTail {
  private fd: number | null = null;
  private pos = 0;
  private readonly buf = Buffer.alloc(1 << 16);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly path: string, private readonly onData: (chunk: string) => void) {}

  start(): void {
    this.timer = setInterval(() => this.poll(), POLL_MS);
  }

  private poll(): void {
    if (this.fd === null) {
      try {
        this.fd = openSync(this.path, 'r');
      } catch {
        return; // QEMU has not created it yet
      }
    }
    for (;;) {
      const n = readSync(this.fd, this.buf, 0, this.buf.length, this.pos);
      if (n <= 0) return;
      this.pos += n;
      this.onData(this.buf.toString('latin1', 0, n));
    }
  }

  /** Reads what is left and stops. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.poll();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
