import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { hashToken } from '../../common/security/tokens';
import { RateLimitRepository } from './rate-limit.repository';

export interface Limit {
  /** What is counted, e.g. "login:ip"; the subject (an address, an email) is hashed. */
  scope: string;
  subject: string;
  max: number;
  windowSeconds: number;
}

@Injectable()
export class RateLimiter {
  constructor(
    private readonly buckets: RateLimitRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts one attempt; throws a 429 once the window holds more than `max`. */
  async consume(limit: Limit): Promise<void> {
    const now = this.clock.now();
    const state = await this.buckets.increment(this.key(limit), now, limit.windowSeconds);
    if (state.count > limit.max) throw Errors.rateLimited(this.secondsLeft(state.windowStart, now, limit.windowSeconds));
  }

  /** Throws a 429 when the window already holds `max` attempts, without counting this one. */
  async assertBelow(limit: Limit): Promise<void> {
    const now = this.clock.now();
    const state = await this.buckets.read(this.key(limit), now, limit.windowSeconds);
    if (state && state.count >= limit.max) throw Errors.rateLimited(this.secondsLeft(state.windowStart, now, limit.windowSeconds));
  }

  async record(limit: Limit): Promise<void> {
    await this.buckets.increment(this.key(limit), this.clock.now(), limit.windowSeconds);
  }

  async reset(limit: Pick<Limit, 'scope' | 'subject'>): Promise<void> {
    await this.buckets.delete(this.key(limit));
  }

  private key(limit: Pick<Limit, 'scope' | 'subject'>): string {
    return `${limit.scope}:${hashToken(limit.subject)}`;
  }

  private secondsLeft(windowStart: Date, now: Date, windowSeconds: number): number {
    return (windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000;
  }
}
