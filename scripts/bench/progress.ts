import { performance } from 'node:perf_hooks';

/** Progress of one long step: a bar redrawn in place on a terminal, a few plain lines in CI. */
export interface Progress {
  update(done: number): void;
  /** Finishes the step and returns how long it took, in seconds. */
  finish(): number;
}

const BAR_WIDTH = 28;
const REDRAW_MS = 100;
/** Plain lines at each tenth, so a CI log shows the step moving without flooding. */
const PLAIN_STEPS = 10;

const interactive = () => Boolean(process.stderr.isTTY) && !process.env.CI;

export const formatCount = (n: number) => n.toLocaleString('en-GB');

/**
 * `verb` and `noun` make the lines: "loaded 10,000/50,000 jobs". Written to stderr, so the
 * report on stdout can be piped to a file on its own.
 */
export function startProgress(verb: string, noun: string, total: number): Progress {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const tty = interactive();
  let lastDraw = 0;
  let nextStep = 1;
  let done = 0;

  const draw = () => {
    const fraction = total > 0 ? Math.min(done / total, 1) : 1;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    process.stderr.write(`\r${verb} ${noun} ${bar} ${formatCount(done)}/${formatCount(total)} ${Math.floor(fraction * 100)}% ${seconds().toFixed(1)}s\x1b[K`);
  };

  return {
    update(value) {
      done = value;
      if (tty) {
        if (performance.now() - lastDraw >= REDRAW_MS) {
          lastDraw = performance.now();
          draw();
        }
        return;
      }
      if (total <= 0 || nextStep >= PLAIN_STEPS || done < (nextStep * total) / PLAIN_STEPS) return;
      while (nextStep < PLAIN_STEPS && done >= (nextStep * total) / PLAIN_STEPS) nextStep++;
      process.stderr.write(`${verb} ${formatCount(done)}/${formatCount(total)} ${noun}\n`);
    },
    finish() {
      const took = seconds();
      if (tty) {
        draw();
        process.stderr.write('\n');
      } else {
        process.stderr.write(`${verb} ${formatCount(done)}/${formatCount(total)} ${noun} in ${took.toFixed(1)}s\n`);
      }
      return took;
    },
  };
}

/** A one-line status for short steps ("starting PostgreSQL…"). */
export function status(line: string): void {
  process.stderr.write(`${line}\n`);
}
