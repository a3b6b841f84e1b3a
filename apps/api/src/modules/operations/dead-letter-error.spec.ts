import { DEAD_LETTER_ERROR_MAX_LENGTH, deadLetterError } from './dead-letter-error';

describe('deadLetterError', () => {
  it('reads the message of each shape pg-boss keeps', () => {
    expect(deadLetterError({ message: 'Delivery of email 1 failed' })).toBe('Delivery of email 1 failed');
    expect(deadLetterError({ message: 'Delivery of email 0B5C4D0E-3F0A-4C1E-9A49-5D2D6C1F7E11 failed' })).toBe('Delivery of email [id] failed');
    expect(deadLetterError({ value: { message: 'job failed by timeout in active state' } })).toBe('job failed by timeout in active state');
    expect(deadLetterError({ value: 'pg-boss shut down while active' })).toBe('pg-boss shut down while active');
  });

  it('says nothing when there is no message', () => {
    for (const output of [null, undefined, {}, { value: 42 }, { message: 7 }, { message: '  \n  ' }, []]) expect(deadLetterError(output)).toBeNull();
  });

  it('keeps only the first line: no stack, no driver detail', () => {
    expect(deadLetterError({ message: 'connect ECONNREFUSED 127.0.0.1:2525\n    at TCPConnectWrap.afterConnect (node:net:1555:16)' })).toBe('connect ECONNREFUSED 127.0.0.1:2525');
  });

  it('redacts email addresses (in any script), tokens and ids', () => {
    const token = 'A'.repeat(20) + '-_b'.repeat(10);
    const error = deadLetterError({ message: `Mailbox <maría.lópez@bücher.example> refused; invitation ${token}; record 0b5c4d0e-3f0a-4c1e-9a49-5d2d6c1f7e11` });
    expect(error).toBe('Mailbox <[email]> refused; invitation [token]; record [id]');
  });

  it('cuts a long message after redacting it, so an address across the cut is still redacted', () => {
    const error = deadLetterError({ message: `${'x '.repeat(90)}person.name@example.org ${'why not '.repeat(40)}` })!;
    expect(error).toHaveLength(DEAD_LETTER_ERROR_MAX_LENGTH);
    expect(error.endsWith('…')).toBe(true);
    expect(error).not.toMatch(/person|example/);
    expect(error).toContain('[email]');
  });
});
