import { describe, expect, it } from 'vitest';
import { resources, SUPPORTED_LANGUAGES } from './i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(valuesOf);
}

const english = resources.en.translation;
const englishKeys = keysOf(english).sort();

describe('locale resources', () => {
  it.each(SUPPORTED_LANGUAGES)('%s has exactly the English keys', (language) => {
    expect(keysOf(resources[language].translation).sort()).toEqual(englishKeys);
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty strings', (language) => {
    expect(valuesOf(resources[language].translation).filter((text) => text.trim() === '')).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s uses the same interpolation variables as English', (language) => {
    const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    const translation = resources[language].translation as unknown as Record<string, unknown>;
    for (const key of englishKeys) {
      const get = (tree: unknown) => key.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], tree);
      expect({ key, vars: variables(get(translation) as string) }).toEqual({ key, vars: variables(get(english) as string) });
    }
  });

  // A watcher may read the phone: no screen uses words that reveal what the platform is for.
  it.each(SUPPORTED_LANGUAGES)('%s has no word that could endanger a survivor', (language) => {
    const text = valuesOf(resources[language].translation).join(' ').toLowerCase();
    for (const word of ['traffick', 'rescue', 'victim', 'trata', 'víctima', 'rescate', 'الاتجار', 'ضحية', 'إنقاذ']) {
      expect(text).not.toContain(word);
    }
  });
});
