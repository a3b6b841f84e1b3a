import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Upper bounds of the latency histogram's buckets, in seconds (Prometheus' convention). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: { method: string; route: string; status: string };
  counts: number[];
  sum: number;
  count: number;
}

/**
 * Request latency of this process, by method, route pattern (never the URL: it can carry ids and
 * search words) and status class. Kept in memory: each instance reports its own, and Prometheus
 * adds them up.
 */
@Injectable()
export class HttpMetrics {
  private readonly series = new Map<string, Series>();

  install(fastify: FastifyInstance, prefix: string): void {
    fastify.addHook('onResponse', async (request, reply) => {
      if (!request.url.startsWith(`${prefix}/`)) return;
      const route = request.routeOptions.url?.startsWith(prefix) ? request.routeOptions.url : '(no such route)';
      this.observe(request.method, route, `${Math.floor(reply.statusCode / 100)}xx`, reply.elapsedTime / 1000);
    });
  }

  observe(method: string, route: string, status: string, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let series = this.series.get(key);
    if (!series) {
      series = { labels: { method, route, status }, counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    LATENCY_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) series.counts[index]++;
    });
    series.sum += seconds;
    series.count++;
  }

  /** The histogram in Prometheus' text format. */
  render(): string[] {
    const name = 'onward_http_request_duration_seconds';
    const lines = [`# HELP ${name} Time to answer an API request, by route pattern and status class.`, `# TYPE ${name} histogram`];
    for (const { labels, counts, sum, count } of [...this.series.values()].sort((a, b) => (a.labels.route + a.labels.method).localeCompare(b.labels.route + b.labels.method))) {
      const base = `method="${labels.method}",route="${escapeLabel(labels.route)}",status="${labels.status}"`;
      LATENCY_BUCKETS.forEach((bound, index) => lines.push(`${name}_bucket{${base},le="${bound}"} ${counts[index]}`));
      lines.push(`${name}_bucket{${base},le="+Inf"} ${count}`, `${name}_sum{${base}} ${round(sum)}`, `${name}_count{${base}} ${count}`);
    }
    return lines;
  }
}

export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
