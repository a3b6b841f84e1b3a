/**
 * Amounts are typed as people write them ("12.50", "12,50", "1200") and sent as integer minor
 * units. Parsed as text, not through floating point: 0.1 + 0.2 must not become a wage.
 * Every currency Onward's regions use has two decimals.
 */
const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

export function parseAmountToMinor(text: string): number | null {
  const match = AMOUNT.exec(text.trim());
  if (!match) return null;
  const [, units, fraction = ''] = match;
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The inverse, for filling a form: 1250 → "12.50". */
export function minorToAmountText(amountMinor: number): string {
  const units = Math.floor(amountMinor / 100);
  const cents = String(amountMinor % 100).padStart(2, '0');
  return `${units}.${cents}`;
}
