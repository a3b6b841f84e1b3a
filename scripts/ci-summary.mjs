// Sums the passed/failed/skipped counts that jest, vitest and Playwright print, and prints
// one closing line: "ci: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition
const strip = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const text = strip(readFileSync(file, 'utf8'));
  // jest: "Tests:       3 failed, 1 skipped, 40 passed, 44 total"
  for (const [, line] of text.matchAll(/^Tests:\s+(.*\d+ total)$/gm)) {
    passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(line)?.[1] ?? 0);
  }
  // vitest: "      Tests  49 passed (49)" or "Tests  1 failed | 48 passed (49)"
  for (const [, line] of text.matchAll(/^\s+Tests\s+(.*\(\d+\))$/gm)) {
    passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(line)?.[1] ?? 0);
  }
  // Playwright: "  12 passed (40.1s)", "  1 failed", "  2 skipped"
  for (const [, count, kind] of text.matchAll(/^\s+(\d+) (passed|failed|skipped|flaky)(?: \(.*\))?$/gm)) {
    if (kind === 'passed') passed += Number(count);
    else if (kind === 'skipped') skipped += Number(count);
    else failed += Number(count);
  }
}
console.log(`ci: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
