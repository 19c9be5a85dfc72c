import { oneOf, positiveNumber } from '../../cli/option-values';
import { UsageError } from '../../cli/usage-error';

describe('oneOf', () => {
  it('returns an allowed value and names a bad one with the choices', () => {
    expect(oneOf('--format', 'csv', ['jsonl', 'csv'] as const)).toBe('csv');
    expect(() => oneOf('--format', 'CSV', ['jsonl', 'csv'] as const)).toThrow(
      new UsageError('--format: "CSV" is not one of jsonl, csv'),
    );
  });
});

describe('positiveNumber', () => {
  it.each([
    ['100', 100],
    ['0.5', 0.5],
  ])('accepts %s', (v, n) => expect(positiveNumber('--max-file-mb', v)).toBe(n));

  it.each(['0', '-1', 'abc', '', '1e3', 'Infinity', '10MB'])('rejects %j', (v) => {
    expect(() => positiveNumber('--max-file-mb', v)).toThrow(`--max-file-mb: "${v}" is not a positive number`);
  });
});
