import { formatCount } from './progress';

/** One measured row: a scenario at one concurrency. */
export interface Measurement {
  scenario: string;
  kind: 'baseline' | 'search' | 'matching' | 'follow-up';
  /** The scenario's p95 budget in milliseconds; null for a baseline. */
  budgetMs: number | null;
  /** A task run once (its one latency is every percentile), not requests. */
  once: boolean;
  /** What a task did, for the `matches` column. */
  detail: string | null;
  concurrency: number;
  /** How many different requests the run sent. */
  distinct: number;
  latenciesMs: number[];
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  /** Results per request at one client: a search's matches, a survivor's jobs, a job's candidates. */
  totals: number[];
}

export interface Row {
  measurement: Measurement;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  /** p95 over the primary-key lookup's p95 at the same concurrency. */
  ratio: number | null;
  /** p95 over a bare `SELECT 1` round trip's p95 at the same concurrency. */
  selectRatio: number | null;
  verdict: 'pass' | 'MISS' | 'ERRORS' | null;
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export const PRIMARY_KEY_SCENARIO = 'job by id (primary key)';
export const SELECT_ONE_SCENARIO = 'SELECT 1 (pg client)';

/** Each concurrency's p95 of one scenario. */
const p95By = (measurements: readonly Measurement[], scenario: string) =>
  new Map(measurements.filter((m) => m.scenario === scenario).map((m) => [m.concurrency, percentile(m.latenciesMs, 0.95)]));

export function toRows(measurements: readonly Measurement[]): Row[] {
  const baselineP95 = p95By(measurements, PRIMARY_KEY_SCENARIO);
  const selectP95 = p95By(measurements, SELECT_ONE_SCENARIO);
  return measurements.map((measurement) => {
    const p95 = percentile(measurement.latenciesMs, 0.95);
    const base = baselineP95.get(measurement.concurrency);
    const select = selectP95.get(measurement.concurrency);
    const budget = measurement.budgetMs;
    const verdict = measurement.errors > 0 ? 'ERRORS' : budget !== null ? (p95 < budget ? 'pass' : 'MISS') : null;
    return {
      measurement,
      p50: percentile(measurement.latenciesMs, 0.5),
      p95,
      p99: percentile(measurement.latenciesMs, 0.99),
      throughput: measurement.latenciesMs.length / (measurement.elapsedMs / 1000),
      ratio: base ? p95 / base : null,
      selectRatio: select ? p95 / select : null,
      verdict,
    };
  });
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));

const compact = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n));

/** "12–4.1k" across the queries of a scenario. */
function matches(totals: readonly number[]): string {
  if (totals.length === 0) return '';
  const low = Math.min(...totals);
  const high = Math.max(...totals);
  return low === high ? compact(low) : `${compact(low)}–${compact(high)}`;
}

function budget({ budgetMs, once, kind }: Measurement): string {
  if (budgetMs === null) return kind === 'baseline' ? 'baseline' : 'none set';
  return once ? `< ${budgetMs / 1000} s` : `p95 < ${budgetMs}`;
}

/** A plain-text table: it reads the same in a terminal, a CI log and a pasted issue comment. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'clients', 'requests', 'distinct', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'matches', 'budget', 'result', 'p95 / pk', 'p95 / SELECT 1'];
  const body = rows.map((row) => [
    row.measurement.scenario,
    String(row.measurement.concurrency),
    formatCount(row.measurement.latenciesMs.length),
    formatCount(row.measurement.distinct),
    String(row.measurement.errors),
    ms(row.p50),
    ms(row.p95),
    ms(row.p99),
    // A task's one run has no rate.
    row.measurement.once ? '' : row.throughput.toFixed(0),
    row.measurement.detail ?? matches(row.measurement.totals),
    budget(row.measurement),
    row.verdict ?? '',
    row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`,
    row.selectRatio === null ? '' : `${row.selectRatio < 100 ? row.selectRatio.toFixed(1) : row.selectRatio.toFixed(0)}×`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 || column === 9 || column === 10 || column === 11 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** One line per missed budget or failed row, loud enough to spot in a CI log. */
export function problems(rows: readonly Row[]): string[] {
  return rows.flatMap(({ measurement, p95, verdict }) => {
    const at = `${measurement.scenario} at ${measurement.concurrency} client${measurement.concurrency === 1 ? '' : 's'}`;
    if (verdict === 'ERRORS') return [`ERRORS: ${at}: ${measurement.errors} failed requests, first: ${measurement.firstError}`];
    if (verdict === 'MISS') return [`BUDGET MISSED: ${at}: p95 ${ms(p95)} ms, budget ${measurement.budgetMs} ms`];
    return [];
  });
}

/** A paragraph as lines of at most `width` characters, the later ones indented like the report's headings. */
export function wrap(text: string, width = 125, indent = 10): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line.trim()) lines.push(line);
  return lines;
}
