import { queryWords, toTsQuery, typoAlternatives, typoBudget, typoDistance } from './query-text';

describe('queryWords', () => {
  it('keeps runs of letters and digits in any script', () => {
    expect(queryWords('Kitchen assistant, 2nd shift!')).toEqual(['Kitchen', 'assistant', '2nd', 'shift']);
    expect(queryWords('مساعد مطبخ')).toEqual(['مساعد', 'مطبخ']);
    expect(queryWords('Ayudante de cocina (España)')).toEqual(['Ayudante', 'de', 'cocina', 'España']);
  });

  it('treats every operator, quote and symbol as a separator', () => {
    expect(queryWords(`' " & | ! : * ( ) \\ % _ <-> 🙂`)).toEqual([]);
    expect(queryWords(`cafe:* & !hotel | 'x'`)).toEqual(['cafe', 'hotel', 'x']);
    expect(queryWords('snake_case O’Brien')).toEqual(['snake', 'case', 'O', 'Brien']);
  });

  it('composes accents typed separately, and drops combining marks that have no composed letter', () => {
    expect(queryWords('cafe\u0301')).toEqual(['café']);
    expect(queryWords('x\u0301y')).toEqual(['xy']);
    expect(queryWords('مَطْبَخ')).toEqual(['مطبخ']);
  });

  it('keeps the first eight words and cuts overlong ones', () => {
    expect(queryWords('one two three four five six seven eight nine ten')).toHaveLength(8);
    expect(queryWords('x'.repeat(200))).toEqual(['x'.repeat(40)]);
  });
});

describe('typoDistance', () => {
  it('counts an insertion, a deletion, a substitution or a swap as one typo', () => {
    expect(typoDistance('hospitaility', 'hospitality', 2)).toBe(1);
    expect(typoDistance('carpentr', 'carpenter', 2)).toBe(1);
    expect(typoDistance('kitchn', 'kitchen', 2)).toBe(1);
    expect(typoDistance('cake', 'cafe', 2)).toBe(1);
    expect(typoDistance('warehuose', 'warehouse', 2)).toBe(1);
    expect(typoDistance('same', 'same', 2)).toBe(0);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(typoDistance('مطبخ', 'مطبح', 1)).toBe(1);
    expect(typoDistance('🙂a', '🙃a', 1)).toBe(1);
  });

  it('stops past the budget', () => {
    expect(typoDistance('cleaner', 'cleaning', 1)).toBe(2);
    expect(typoDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoAlternatives', () => {
  it('allows one typo from four letters and two from eight', () => {
    expect(typoBudget('cat')).toBe(0);
    expect(typoBudget('cafe')).toBe(1);
    expect(typoBudget('carpentr')).toBe(2);
  });

  it('keeps the candidates within budget that the prefix search would not find anyway', () => {
    expect(typoAlternatives('hospitaility', ['hospitality', 'hospitals', 'hospitaility'])).toEqual(['hospitality']);
    expect(typoAlternatives('carpentr', ['carpentry', 'carpenter', 'carp'])).toEqual(['carpenter']);
    expect(typoAlternatives('cake', ['cafe', 'care', 'cakes', 'bike'])).toEqual(['cafe', 'care']);
    expect(typoAlternatives('cat', ['car', 'cut'])).toEqual([]);
  });

  it('offers at most four, nearest first as given', () => {
    expect(typoAlternatives('cake', ['bake', 'lake', 'make', 'rake', 'take'])).toEqual(['bake', 'lake', 'make', 'rake']);
  });
});

describe('toTsQuery', () => {
  it('ANDs the terms, each a prefix or one of its alternatives', () => {
    expect(
      toTsQuery([
        { lexeme: 'clea', alternatives: [] },
        { lexeme: 'hospitaility', alternatives: ['hospitality'] },
      ]),
    ).toBe(`'clea':* & ('hospitaility':* | 'hospitality')`);
  });

  it('searches a one-letter word exactly, not as a prefix', () => {
    expect(toTsQuery([{ lexeme: 'a', alternatives: [] }])).toBe(`'a'`);
  });

  it('writes nothing but letters and digits between quotes', () => {
    expect(toTsQuery([{ lexeme: `x'):* | !(y`, alternatives: [] }])).toBeNull();
    expect(toTsQuery([{ lexeme: 'cafe', alternatives: [`caf'e`, 'cafes'] }])).toBe(`('cafe':* | 'cafes')`);
    expect(toTsQuery([])).toBeNull();
  });

  it('writes a repeated word once', () => {
    expect(toTsQuery([{ lexeme: 'kitchen', alternatives: [] }, { lexeme: 'kitchen', alternatives: [] }])).toBe(`'kitchen':*`);
  });
});
