import { SKILL_GROUPS_V1, SKILLS_V1, TaxonomyLabels } from './skills-taxonomy-v1';

const LANGS = ['en', 'es', 'ar'] as const;
const ARABIC = /[\u0600-\u06FF]/;

describe('skills taxonomy v1', () => {
  const groupCodes = SKILL_GROUPS_V1.map((g) => g.code);

  it('has the agreed groups, in order', () => {
    expect(groupCodes).toEqual([
      'care', 'cleaning', 'hospitality', 'food', 'retail', 'agriculture', 'construction',
      'garment_crafts', 'driving', 'beauty', 'manufacturing', 'office_digital', 'languages', 'life_work',
    ]);
  });

  it('has unique, well-formed skill codes of at most 60 characters', () => {
    const codes = SKILLS_V1.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9_]+\.[a-z0-9_]+$/);
      expect(code.length).toBeLessThanOrEqual(60);
    }
  });

  it('puts every skill in an existing group named by its code prefix', () => {
    for (const skill of SKILLS_V1) {
      expect(groupCodes).toContain(skill.group);
      expect(skill.code.split('.')[0]).toBe(skill.group);
    }
  });

  it('has 250 to 320 skills and at least 10 in every group', () => {
    expect(SKILLS_V1.length).toBeGreaterThanOrEqual(250);
    expect(SKILLS_V1.length).toBeLessThanOrEqual(320);
    const small = groupCodes.filter((group) => SKILLS_V1.filter((s) => s.group === group).length < 10);
    expect(small).toEqual([]);
  });

  it('labels every group and skill in English, Spanish and Arabic, each short', () => {
    const all: { code: string; labels: TaxonomyLabels }[] = [...SKILL_GROUPS_V1, ...SKILLS_V1];
    for (const { labels } of all) {
      for (const lang of LANGS) {
        expect(labels[lang].trim()).not.toBe('');
        expect(labels[lang].length).toBeLessThanOrEqual(60);
      }
      expect(labels.ar).toMatch(ARABIC);
    }
  });

  it('translates rather than copies the English labels', () => {
    const translated = (lang: 'es' | 'ar') => SKILLS_V1.filter((s) => s.labels[lang] !== s.labels.en).length / SKILLS_V1.length;
    expect(translated('es')).toBeGreaterThanOrEqual(0.9);
    expect(translated('ar')).toBeGreaterThanOrEqual(0.9);
  });
});
