import { ChildProcess, spawn } from 'node:child_process';
import { extname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';

export interface MemberSpec {
  /** `api-1`, `worker-2`: how its output lines and the cluster's logs name it. */
  name: string;
  kind: 'api' | 'worker';
  /** An API instance's port on the loopback, kept across restarts so the proxy finds it again. */
  port?: number;
  /** On top of the cluster's own environment. */
  env: Record<string, string>;
  /**
   * A worker has no health check: it is ready once a line of its output holds this (left out:
   * once started, e.g. when LOG_LEVEL hides the line).
   */
  readyLine?: string;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `.js` when built, `.ts` when the cluster runs from the sources (through the loader it runs under). */
const EXTENSION = extname(__filename);
const ENTRY = { api: 'main', worker: 'worker' } as const;

/**
 * One process of the cluster: an API instance (main) or a worker, started the way this process
 * was (built, or from the sources with the same loader). Its output is passed on line by line:
 * a JSON log line gets an `instance` field, any other line a `[name] ` prefix.
 */
export class ClusterMember {
  private child: ChildProcess | undefined;
  private exit: Promise<Exit> | undefined;
  private saidReady = false;

  constructor(
    readonly spec: MemberSpec,
    private readonly out: { stdout: Writable; stderr: Writable } = process,
  ) {}

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  get url(): string | undefined {
    return this.spec.port ? `http://127.0.0.1:${this.spec.port}` : undefined;
  }

  /** Starts the process; `exited` settles when it has gone, whatever the reason. */
  start(): { pid: number; exited: Promise<Exit> } {
    // An inspector flag would have every member fight for the same port.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
    const child = spawn(process.execPath, [...execArgv, '-r', join(__dirname, `parent-watch${EXTENSION}`), join(__dirname, '..', `${ENTRY[this.spec.kind]}${EXTENSION}`)], {
      env: { ...process.env, ...this.spec.env },
      // The IPC channel tells the member when the cluster is gone (parent-watch).
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Its own process group: a Ctrl-C at the terminal reaches the cluster alone, which then stops
      // each member once, in order.
      detached: true,
    });
    this.child = child;
    this.saidReady = false;
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    passLines(child.stdout!, this.out.stdout, this.spec.name, (line) => {
      if (this.spec.readyLine && line.includes(this.spec.readyLine)) this.saidReady = true;
    });
    passLines(child.stderr!, this.out.stderr, this.spec.name);
    return { pid: child.pid!, exited: this.exit };
  }

  /** Settles once the member serves (API: answers its health check; worker: has said it started), or fails when it exits first. */
  async whenReady(timeoutMs: number): Promise<void> {
    const exit = this.exit;
    if (!exit) throw new Error(`${this.spec.name} was not started`);
    let gone: Exit | undefined;
    void exit.then((value) => (gone = value));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (gone) throw new Error(`${this.spec.name} exited while starting (code ${gone.code}, signal ${gone.signal})`);
      if (this.spec.kind === 'api' ? await this.answersHealth() : this.saidReady || !this.spec.readyLine) return;
      if (Date.now() > deadline) throw new Error(`${this.spec.name} was not ready within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  private answersHealth(): Promise<boolean> {
    return fetch(`${this.url}/api/v1/health`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
  }

  /** SIGTERM (the member stops in order: process-lifecycle.ts) and waits for it to exit. */
  async stop(): Promise<Exit | undefined> {
    if (!this.pid) return undefined;
    this.child!.kill('SIGTERM');
    return this.exit;
  }

  kill(): void {
    if (this.pid) this.child!.kill('SIGKILL');
  }
}

/** Writes each line of `source` to `target`, tagged with `name`. */
function passLines(source: Readable, target: Writable, name: string, onLine?: (line: string) => void): void {
  let partial = '';
  source.setEncoding('utf8');
  const emit = (line: string) => {
    onLine?.(line);
    target.write(tag(line, name) + '\n');
  };
  source.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach(emit);
  });
  source.on('end', () => {
    if (partial) emit(partial);
  });
}

export function tag(line: string, name: string): string {
  if (line.startsWith('{')) {
    try {
      const entry: unknown = JSON.parse(line);
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) return JSON.stringify(Object.assign({ instance: name }, entry, { instance: name }));
    } catch {
      // Not JSON after all: prefixed below.
    }
  }
  return `[${name}] ${line}`;
}
