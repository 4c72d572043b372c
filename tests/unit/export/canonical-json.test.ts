import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonReference } from '../../../utils/export/canonical-json';

describe('canonicalJson', () => {
  it('writes exactly what the key-by-key reference writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonReference(value));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('sorts keys at every depth, integer-like keys included, and drops undefined', () => {
    const value = { b: 1, a: { '10': 'x', '9': 'y', z: [undefined, { d: 1, c: 2 }] }, u: undefined, '2': true };
    expect(canonicalJson(value)).toBe('{"2":true,"a":{"10":"x","9":"y","z":[null,{"c":2,"d":1}]},"b":1}');
    expect(canonicalJson({ when: new Date(0) })).toBe('{"when":{}}');
    expect(canonicalJson('\ud800')).toBe('"\\ud800"');
  });
});
