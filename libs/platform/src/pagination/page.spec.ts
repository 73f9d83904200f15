import { decodeCursor, encodeCursor } from './page';

describe('decodeCursor', () => {
  const uuid = '6f1c1c4e-8b1a-4c7e-9a55-0d2b4e6f7a81';

  it('returns the values of a cursor it wrote', () => {
    expect(decodeCursor(encodeCursor(['2026-12-01 09:15:02.123+00', uuid]), ['timestamp', 'uuid'])).toEqual(['2026-12-01 09:15:02.123+00', uuid]);
    expect(decodeCursor(encodeCursor([1, '2026-12-01T09:15:02.123Z', uuid]), ['int', 'timestamp', 'uuid'])).toEqual([1, '2026-12-01T09:15:02.123Z', uuid]);
    expect(decodeCursor(encodeCursor(['Mainz', '123456789012345678']), ['text', 'bigint'])).toEqual(['Mainz', '123456789012345678']);
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['not an array', encodeCursor({ a: 1 } as never)],
    ['too short', encodeCursor([uuid])],
    ['an impossible date', encodeCursor(['2026-02-31T10:00:00Z', uuid])],
    ['a date that is no date', encodeCursor(['gestern', uuid])],
    ['a uuid that is none', encodeCursor(['2026-01-01T10:00:00Z', 'x'])],
    ['an object for a timestamp', encodeCursor([{}, uuid])],
  ])('refuses %s with INVALID_CURSOR on after', (_name, cursor) => {
    expect(() => decodeCursor(cursor, ['timestamp', 'uuid'])).toThrow(expect.objectContaining({ reason: 'INVALID_CURSOR', field: 'after' }));
  });

  it('refuses text with NUL, numbers for text and fractions for int', () => {
    expect(() => decodeCursor(encodeCursor(['a\u0000']), ['text'])).toThrow();
    expect(() => decodeCursor(encodeCursor([5]), ['text'])).toThrow();
    expect(() => decodeCursor(encodeCursor([1.5]), ['int'])).toThrow();
    expect(() => decodeCursor(encodeCursor(['1e5']), ['bigint'])).toThrow();
  });
});
