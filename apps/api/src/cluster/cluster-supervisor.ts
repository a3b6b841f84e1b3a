import { ClusterMember, Exit } from './cluster-member';

export interface SupervisorOptions {
  log(level: 'info' | 'warn' | 'error', entry: Record<string, unknown>): void;
  /** A member exited: an API instance leaves the proxy's rotation until it answers again. */
  onDown(member: ClusterMember): void;
  /** A member keeps dying: the cluster stops. */
  onGiveUp(reason: string): void;
  readyTimeoutMs: number;
}

const RESTART_DELAY_MS = 1000;
/** This many exits of one member within the window, and it is not restarted again: the cluster stops. */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 5 * 60_000;

/**
 * Starts the cluster's processes and keeps them running. A member that exits before it was ever
 * ready fails the start (a bad setting would fail every restart alike); one that exits later is
 * restarted after a second, on the same port, unless it has exited CRASH_LIMIT times within
 * CRASH_WINDOW_MS: then the cluster stops, with a message naming it.
 */
export class Supervisor {
  private stopping = false;
  private readonly everReady = new Set<string>();
  private readonly exits = new Map<string, number[]>();
  private readonly restarts = new Map<string, NodeJS.Timeout>();

  constructor(
    readonly members: ClusterMember[],
    private readonly options: SupervisorOptions,
  ) {}

  /**
   * The first member alone (the first API instance: on an empty database it loads the demo data
   * and builds the search index, which must happen once), then the others together.
   */
  async start(): Promise<void> {
    const [first, ...rest] = this.members;
    await this.launch(first);
    await Promise.all(rest.map((member) => this.launch(member)));
  }

  private async launch(member: ClusterMember): Promise<void> {
    const { pid, exited } = member.start();
    this.options.log('info', { msg: 'Process started', instance: member.spec.name, pid, ...(member.spec.port && { port: member.spec.port }) });
    void exited.then((exit) => this.exited(member, exit));
    await member.whenReady(this.options.readyTimeoutMs);
    this.everReady.add(member.spec.name);
    this.options.log('info', { msg: 'Process ready', instance: member.spec.name, pid, ...(member.url && { url: member.url }) });
  }

  private exited(member: ClusterMember, exit: Exit): void {
    if (this.stopping) return;
    const name = member.spec.name;
    this.options.onDown(member);
    // Still starting for the first time: start() fails through whenReady().
    if (!this.everReady.has(name)) return;
    const now = Date.now();
    const recent = [...(this.exits.get(name) ?? []), now].filter((at) => now - at < CRASH_WINDOW_MS);
    this.exits.set(name, recent);
    if (recent.length >= CRASH_LIMIT) {
      const reason = `${name} exited ${recent.length} times within ${CRASH_WINDOW_MS / 60_000} minutes (last: code ${exit.code}, signal ${exit.signal}); not restarting it`;
      this.options.log('error', { msg: 'Process keeps exiting', instance: name, ...exit });
      return this.options.onGiveUp(reason);
    }
    this.options.log('error', { msg: 'Process exited; restarting it', instance: name, ...exit, inMs: RESTART_DELAY_MS });
    const timer = setTimeout(() => {
      this.restarts.delete(name);
      if (this.stopping) return;
      // Its exit, if it dies again, comes back through exited().
      this.launch(member).catch((error: Error) => this.options.log('error', { msg: 'Restarted process did not start', instance: name, error: error.message }));
    }, RESTART_DELAY_MS);
    this.restarts.set(name, timer);
  }

  /** SIGTERM to every member at once and waits for each; true when every one exited 0. */
  async stop(): Promise<boolean> {
    this.stopping = true;
    for (const timer of this.restarts.values()) clearTimeout(timer);
    const exits = await Promise.all(
      this.members.map(async (member) => {
        const exit = await member.stop();
        if (exit) this.options.log(exit.code === 0 ? 'info' : 'error', { msg: 'Process stopped', instance: member.spec.name, ...exit });
        return exit;
      }),
    );
    return exits.every((exit) => !exit || exit.code === 0);
  }

  /** The last resort, when members did not stop in time. */
  kill(): void {
    this.stopping = true;
    for (const member of this.members) member.kill();
  }
}
