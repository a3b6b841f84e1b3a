import { Inject, Injectable } from '@nestjs/common';
import { RISK_LEVELS } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { safeEqual } from '../../common/security/tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { escapeLabel, HttpMetrics } from './http-metrics';
import { MetricsRepository } from './metrics.repository';

/**
 * `GET /api/v1/metrics` in Prometheus' text format: this process's request latency, and from the
 * database the queue's depth by state and the open and overdue follow-ups by level. For an admin
 * signed in, or a scraper sending `Authorization: Bearer <METRICS_TOKEN>`; nobody else.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly http: HttpMetrics,
    private readonly metrics: MetricsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  authorise(actor: Actor | null, authorization: string | undefined): void {
    const token = this.config.metricsToken;
    const bearer = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
    if (token && bearer !== undefined && safeEqual(bearer, token)) return;
    if (!actor) throw Errors.unauthenticated();
    if (actor.role !== 'admin') throw Errors.forbidden();
  }

  async render(): Promise<string> {
    const [queues, flags] = await Promise.all([this.metrics.queueDepth(), this.metrics.openFlagsByLevel(this.clock.now())]);
    const byLevel = new Map(flags.map((row) => [row.level, row]));
    const lines = [
      ...this.http.render(),
      '# HELP onward_queue_jobs Jobs waiting or running in the queue, by queue and state.',
      '# TYPE onward_queue_jobs gauge',
      ...queues.map((row) => `onward_queue_jobs{queue="${escapeLabel(row.queue)}",state="${row.state}"} ${row.jobs}`),
      '# HELP onward_flags_open Follow-ups not yet resolved, by level.',
      '# TYPE onward_flags_open gauge',
      ...RISK_LEVELS.map((level) => `onward_flags_open{level="${level}"} ${byLevel.get(level)?.open ?? 0}`),
      '# HELP onward_flags_overdue Follow-ups past their due time and not resolved, by level.',
      '# TYPE onward_flags_overdue gauge',
      ...RISK_LEVELS.map((level) => `onward_flags_overdue{level="${level}"} ${byLevel.get(level)?.overdue ?? 0}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
