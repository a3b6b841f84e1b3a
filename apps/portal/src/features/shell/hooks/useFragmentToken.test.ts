import { describe, expect, it } from 'vitest';
import { readFragmentToken } from './useFragmentToken';

describe('readFragmentToken', () => {
  it('reads the token after the #, escaped or not', () => {
    expect(readFragmentToken('#abc_DEF-123')).toBe('abc_DEF-123');
    expect(readFragmentToken('#abc%5FDEF')).toBe('abc_DEF');
  });

  it('finds no token in an empty fragment or a broken escape', () => {
    expect(readFragmentToken('')).toBeNull();
    expect(readFragmentToken('#  ')).toBeNull();
    expect(readFragmentToken('#%E0%A4%A')).toBeNull();
  });
});
