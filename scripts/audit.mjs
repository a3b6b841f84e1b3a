// `npm audit` at high severity over the packages Onward ships (dev tools left out), for CI.
//   node scripts/audit.mjs
// Fails on any high or critical advisory not listed in scripts/audit-exceptions.json (each with
// the reason it does not apply). When the registry's advisory service cannot be reached (it
// answers POST with 405 behind this project's registry mirror), it says so and exits 0, unless
// AUDIT_REQUIRED=true, which CI outside such a mirror should set.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const exceptions = JSON.parse(readFileSync(join(root, 'scripts/audit-exceptions.json'), 'utf8'));
const required = process.env.AUDIT_REQUIRED === 'true';

let output;
try {
  output = execFileSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  // npm audit exits non-zero both for findings and for a failed request.
  output = error.stdout ?? '';
}

let report;
try {
  report = JSON.parse(output);
} catch {
  report = { message: output.trim().slice(0, 300) || 'no answer' };
}

if (!report.vulnerabilities) {
  const reason = report.message ?? report.error?.summary ?? 'no answer';
  console.log(`npm audit: the advisory service could not be reached (${reason}); dependencies NOT checked.`);
  process.exit(required ? 1 : 0);
}

const serious = Object.values(report.vulnerabilities).filter((entry) => entry.severity === 'high' || entry.severity === 'critical');
const unexplained = serious.filter((entry) => !exceptions[entry.name]);
for (const entry of serious) {
  const why = exceptions[entry.name];
  console.log(`${why ? 'excepted' : 'FOUND   '} ${entry.severity.padEnd(8)} ${entry.name} ${entry.range}${why ? ` — ${why}` : ''}`);
}
console.log(`npm audit: ${serious.length} high or critical, ${unexplained.length} without a documented exception.`);
process.exit(unexplained.length ? 1 : 0);
