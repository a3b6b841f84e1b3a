/**
 * Progress for long work (seeding, imports, reindexing): a bar redrawn in place on a terminal,
 * plain lines elsewhere (CI logs, files), at most one per `lineEveryMs`.
 */
export class Progress {
  private readonly tty: boolean;
  private lastLine = 0;

  constructor(
    private readonly label: string,
    private readonly total: number | undefined,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly lineEveryMs = 2000,
  ) {
    this.tty = Boolean(stream.isTTY);
  }

  update(done: number): void {
    if (this.tty) {
      this.stream.write(`\r${this.render(done)}`);
      return;
    }
    const now = Date.now();
    if (now - this.lastLine >= this.lineEveryMs) {
      this.lastLine = now;
      this.stream.write(`${this.label}: ${this.count(done)}\n`);
    }
  }

  finish(done: number, note = ''): void {
    this.stream.write(`${this.tty ? '\r' : ''}${this.label}: ${this.count(done)} done${note ? ` ${note}` : ''}${this.tty ? '\x1b[K' : ''}\n`);
  }

  private render(done: number): string {
    if (!this.total) return `${this.label}: ${done}`;
    const width = 30;
    const filled = Math.min(width, Math.round((done / this.total) * width));
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.count(done)}`;
  }

  private count(done: number): string {
    return this.total ? `${done}/${this.total} (${Math.floor((done / this.total) * 100)}%)` : String(done);
  }
}
