import { describe, expect, it } from 'vitest';
import { minorToAmountText, parseAmountToMinor } from './money';

describe('amounts typed in forms', () => {
  it.each([
    ['12.50', 1250],
    ['12,5', 1250],
    ['12', 1200],
    [' 0.07 ', 7],
    ['1200.99', 120099],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parseAmountToMinor(text)).toBe(minor);
  });

  it.each(['', 'abc', '12.505', '-3', '1e3', '12.50 GBP'])('refuses %j', (text) => {
    expect(parseAmountToMinor(text)).toBeNull();
  });

  it('writes minor units back as the form shows them', () => {
    expect(minorToAmountText(1250)).toBe('12.50');
    expect(minorToAmountText(7)).toBe('0.07');
    expect(minorToAmountText(120000)).toBe('1200.00');
  });
});
