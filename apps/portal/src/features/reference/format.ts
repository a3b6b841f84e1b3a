/** Money in minor units, formatted for the reader's language: 1250 GBP → "£12.50". */
export function formatMoney(amountMinor: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amountMinor / 100);
  } catch {
    return `${(amountMinor / 100).toFixed(2)} ${currency}`;
  }
}

/** A moment (ISO date-time) as date and time in the reader's language and own time zone: "3 Mar 2026, 14:05". */
export function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A YYYY-MM-DD date, formatted for the reader's language without shifting time zones. */
export function formatDate(date: string, language: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
