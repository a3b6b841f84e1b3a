import { Injectable } from '@nestjs/common';

/** The time source. Tests swap it to move time; nothing else reads the wall clock. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

export const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as YYYY-MM-DD: what date columns (closing day, deadline, start) compare with. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The UTC day `days` after an instant (before it when negative), as YYYY-MM-DD. */
export const utcDayPlus = (at: Date | number, days: number): string => utcDay(new Date(+at + days * DAY_MS));
