import { types } from 'pg';
import { parseTimestamptz } from './timestamps';

const pgDefault = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL sends in any offset and precision as pg would', () => {
    const samples = [
      '2026-11-25 10:00:00+00',
      '2026-11-25 10:00:00.1+00',
      '2026-11-25 10:00:00.123456+00',
      '2026-03-29 02:30:00.5+02',
      '2026-12-31 23:59:59.999999+01',
      '1999-01-01 00:00:00-05',
      '2026-06-01 12:00:00+05:30',
      '1900-02-28 23:45:10.002-00:25:21',
    ];
    for (const text of samples) expect(parseTimestamptz(text).getTime()).toBe(pgDefault(text).getTime());
  });

  it('agrees with pg on ten thousand random instants in random offsets', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (let k = 0; k < 10_000; k++) {
      const d = new Date(Date.UTC(1970, 0, 1) + Math.floor(random() * 2e12));
      const fraction = random() < 0.3 ? '' : `.${String(Math.floor(random() * 1e6)).padStart(6, '0').slice(0, 1 + Math.floor(random() * 6))}`;
      const offsetH = Math.floor(random() * 15) - 12;
      const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction}${offsetH < 0 ? '-' : '+'}${pad(Math.abs(offsetH))}`;
      expect(parseTimestamptz(text).getTime()).toBe(pgDefault(text).getTime());
    }
  });

  it('leaves BC dates and infinity to pg', () => {
    for (const text of ['0044-03-15 12:00:00+00 BC', 'infinity', '-infinity']) {
      expect(String(parseTimestamptz(text))).toBe(String(pgDefault(text)));
    }
  });
});
