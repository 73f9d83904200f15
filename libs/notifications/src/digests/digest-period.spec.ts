import { isoWeek, localTime, periodKey } from './digest-period';

describe('digest periods', () => {
  it('names the day and the ISO week in Europe/Berlin', () => {
    // 23:30 UTC on 25 Nov is already 26 Nov in Berlin (UTC+1).
    expect(periodKey('daily', new Date('2026-11-25T23:30:00Z'), 'Europe/Berlin')).toBe('daily:2026-11-26');
    expect(periodKey('weekly', new Date('2026-11-23T06:00:00Z'), 'Europe/Berlin')).toBe('weekly:2026-W48');
    expect(periodKey('weekly', new Date('2026-11-29T22:59:00Z'), 'Europe/Berlin')).toBe('weekly:2026-W48');
    expect(periodKey('weekly', new Date('2026-11-29T23:00:00Z'), 'Europe/Berlin')).toBe('weekly:2026-W49');
  });

  it('counts ISO weeks across the turn of the year', () => {
    expect(isoWeek(2027, 1, 1)).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(2025, 12, 29)).toEqual({ year: 2026, week: 1 });
  });

  it('reads wall-clock hour and weekday across daylight saving time', () => {
    expect(localTime(new Date('2026-07-06T05:00:00Z'), 'Europe/Berlin')).toMatchObject({ hour: 7, weekday: 1 });
    expect(localTime(new Date('2026-12-07T06:00:00Z'), 'Europe/Berlin')).toMatchObject({ hour: 7, weekday: 1 });
  });
});
