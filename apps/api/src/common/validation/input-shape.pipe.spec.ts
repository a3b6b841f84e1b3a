import { ArgumentMetadata } from '@nestjs/common';
import { DomainException } from '../errors/domain.exception';
import { INPUT_MAX_DEPTH, InputShapePipe } from './input-shape.pipe';

class SomeDto {}

const body: ArgumentMetadata = { type: 'body', metatype: SomeDto };
const query: ArgumentMetadata = { type: 'query', metatype: SomeDto };

/** The fields of the 400 the pipe throws, or undefined when it lets the value through. */
function refusal(value: unknown, metadata: ArgumentMetadata = body): Record<string, string[]> | undefined {
  try {
    new InputShapePipe().transform(value, metadata);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    return (error as DomainException).fields;
  }
}

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('InputShapePipe', () => {
  it('lets ordinary input through unchanged, including no body at all', () => {
    const value = { note: 'Ça va 👍 مرحبا', skills: [{ code: 'care.elderly' }], wage: { amountMinor: 1200 } };
    expect(new InputShapePipe().transform(value, body)).toBe(value);
    expect(refusal(undefined)).toBeUndefined();
    expect(refusal({ q: 'bread' }, query)).toBeUndefined();
    expect(refusal(nested(INPUT_MAX_DEPTH - 1))).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['true', true],
    ['an array', [{}]],
  ])('refuses a body that is %s rather than an object', (_name, value) => {
    expect(refusal(value)).toEqual({ body: ['The request body must be a JSON object.'] });
  });

  it('refuses nesting deeper than any DTO, without recursing into it', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal({ deep })).toEqual({ deep: [expect.stringContaining('nested more than')] });
    expect(refusal(nested(INPUT_MAX_DEPTH + 1))).toBeDefined();
  });

  it('refuses a NUL character or half a surrogate pair anywhere, naming the field', () => {
    expect(refusal({ personal: { legalName: 'Maria\u0000' } })).toEqual({ 'personal.legalName': ['personal.legalName must not contain a NUL character'] });
    expect(refusal({ skills: [{ code: 'a\uD800b' }] })).toEqual({ 'skills.0.code': ['skills.0.code must be valid Unicode text'] });
    expect(refusal({ email: 'x\uDFFF@example.org' })).toEqual({ email: ['email must be valid Unicode text'] });
    expect(refusal({ 'odd\u0000key': 1 })).toEqual({ body: ['a field name must not contain a NUL character'] });
    expect(refusal({ q: 'bread\u0000' }, query)).toEqual({ q: ['q must not contain a NUL character'] });
    // A whole surrogate pair (an emoji) is text.
    expect(refusal({ note: '\uD83D\uDE00' })).toBeUndefined();
  });

  it('leaves what custom decorators supply alone', () => {
    expect(refusal('anything', { type: 'custom' })).toBeUndefined();
  });
});
