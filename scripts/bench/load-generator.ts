import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClientMessage, ClientReply, RunPlan, RunResult } from './load-client';

/** Runs load plans in a worker thread, one at a time. */
export class LoadGenerator {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: RunResult | undefined) => void; reject: (error: Error) => void }>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: ClientReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`The load generator stopped (exit code ${code})`)));
  }

  static start(): LoadGenerator {
    // The worker compiles its TypeScript the way this process does (bench.mjs).
    const entry = join(__dirname, 'load-client.ts');
    return new LoadGenerator(new Worker(`require('@swc-node/register'); require(${JSON.stringify(entry)});`, { eval: true }));
  }

  async run(plan: RunPlan): Promise<RunResult> {
    const result = await this.send({ id: this.nextId++, plan });
    if (!result) throw new Error('The load generator answered without a result');
    return result;
  }

  async close(): Promise<void> {
    await this.send({ id: this.nextId++, close: true }).catch(() => undefined);
    await this.worker.terminate();
  }

  private send(message: ClientMessage): Promise<RunResult | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
