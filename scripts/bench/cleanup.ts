import { status } from './progress';

type Step = () => Promise<void> | void;

/**
 * What to undo, run last-in first-out exactly once: at the end, after an error, or on Ctrl-C
 * (then the process exits 130). A failing step is reported and the others still run.
 */
export class Cleanup {
  private readonly steps: Array<{ label: string; run: Step }> = [];
  private running: Promise<void> | undefined;

  constructor() {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        status(`\n${signal}: cleaning up…`);
        void this.run().then(() => process.exit(130));
      });
    }
  }

  add(label: string, run: Step): void {
    this.steps.push({ label, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        await Promise.resolve()
          .then(step.run)
          .catch((error: unknown) => status(`cleanup: ${step.label} failed: ${error instanceof Error ? error.message : error}`));
      }
    })();
    return this.running;
  }
}
