import { decodeCursor, encodeCursor, Keyset } from './page';

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

describe('Keyset', () => {
  const uuid = '6f1c1c4e-8b1a-4c7e-9a55-0d2b4e6f7a81';
  const newestFirst = new Keyset([{ sql: 'c.published_at', kind: 'timestamp' }, { sql: 'c.id', kind: 'uuid' }], 'DESC');

  it('selects timestamps as text and orders every key in one direction', () => {
    expect(newestFirst.select).toBe('(c.published_at)::text as "_k0", (c.id) as "_k1"');
    expect(newestFirst.orderBy).toBe('c.published_at desc, c.id desc');
  });

  it('has no condition and asks for one row more on the first page', () => {
    const window = newestFirst.window({ first: 2 });
    expect(window.condition(() => '$9')).toBe('true');
    expect(window.limit).toBe(3);
    expect(newestFirst.window({}).first).toBe(20);
  });

  it('round-trips a cursor with microseconds into a typed tuple condition', () => {
    const rows = [
      { id: 'a', _k0: '2026-12-01 09:15:02.123456+00', _k1: uuid },
      { id: 'b', _k0: '2026-12-01 09:15:02.123455+00', _k1: uuid },
      { id: 'c', _k0: '2026-12-01 09:15:01+00', _k1: uuid },
    ];
    const first = newestFirst.window({ first: 2 }).page(rows, 7);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false, totalCount: 7 });
    expect(first.items.map((r) => r.id)).toEqual(['a', 'b']);
    const next = newestFirst.window({ first: 2, after: first.cursors[1] });
    expect(next.after).toEqual(['2026-12-01 09:15:02.123455+00', uuid]);
    const params: unknown[] = ['x'];
    expect(next.condition((value) => `$${params.push(value)}`)).toBe('(c.published_at, c.id) < ($2::timestamptz, $3::uuid)');
    expect(params).toEqual(['x', '2026-12-01 09:15:02.123455+00', uuid]);
    expect(next.page(rows.slice(2), 7)).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reads a key from the row property named by field instead of selecting it again', () => {
    const byId = new Keyset([{ sql: 'e.starts_at', kind: 'timestamp' }, { sql: 'e.id', kind: 'uuid', field: 'id' }]);
    expect(byId.select).toBe('(e.starts_at)::text as "_k0"');
    const page = byId.window({ first: 1 }).page([{ id: uuid, _k0: '2026-12-01 09:15:02.5+00' }], 1);
    expect(decodeCursor(page.cursors[0], ['timestamp', 'uuid'])).toEqual(['2026-12-01 09:15:02.5+00', uuid]);
    expect(() => new Keyset([{ sql: 'e.starts_at', kind: 'timestamp', field: 'startsAt' }])).toThrow(/as text/);
  });

  it('pages newest first on a bigint id held as text, compared as a number', () => {
    const byBigint = new Keyset([{ sql: 'd.created_at', kind: 'timestamp' }, { sql: 'd.id', kind: 'bigint', field: 'id' }], 'DESC');
    expect(byBigint.select).toBe('(d.created_at)::text as "_k0"');
    const rows = [
      { id: '1000000000000', _k0: '2999-01-01 00:00:00.123456+00' },
      { id: '999999999999', _k0: '2999-01-01 00:00:00.123456+00' },
    ];
    const next = byBigint.window({ first: 1, after: byBigint.window({ first: 1 }).page(rows, 2).cursors[0] });
    expect(next.after).toEqual(['2999-01-01 00:00:00.123456+00', '1000000000000']);
    const params: unknown[] = [];
    expect(next.condition((value) => `$${params.push(value)}`)).toBe('(d.created_at, d.id) < ($1::timestamptz, $2::bigint)');
    // A cursor of a list keyed by uuid is not one of these.
    expect(() => byBigint.window({ after: encodeCursor(['2999-01-01T00:00:00Z', uuid]) })).toThrow(expect.objectContaining({ reason: 'INVALID_CURSOR', field: 'after' }));
  });

  it.each([
    ['garbage', 'bm9wZQ'],
    ['a forged value', encodeCursor(["2026-01-01'; drop table case_study; --", uuid])],
    ['a cursor of another kind of list', encodeCursor([0, '2026-01-01T10:00:00Z', uuid])],
    ['a cursor with the kinds swapped', encodeCursor([uuid, '2026-01-01T10:00:00Z'])],
  ])('refuses %s before any SQL, naming after', (_name, after) => {
    expect(() => newestFirst.window({ after })).toThrow(expect.objectContaining({ reason: 'INVALID_CURSOR', field: 'after' }));
  });
});
