export const DAY_MS = 86_400_000;

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** The UTC calendar day, YYYY-MM-DD: how `date` columns are written. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Midnight UTC at the start of the day `date` falls on. */
export const startOfDay = (date: Date): Date => new Date(Date.parse(`${isoDay(date)}T00:00:00Z`));
