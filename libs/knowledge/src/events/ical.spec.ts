import ICAL from 'ical.js';
import { berlinLocal, escapeText, foldLine, renderCalendar, utcStamp } from './ical';
import { markdownToText } from './plain-text';

describe('iCal writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting umlauts', () => {
    const line = `SUMMARY:${'Bürgerbeteiligung in Kaiserslautern – Ärger über Öffnungszeiten '.repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // Unfolding (RFC 5545 §3.1) gives the line back byte for byte.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
    expect(foldLine(`${exactly75}b`)).toBe(`${exactly75}\r\n b`);
  });

  it('writes local Berlin wall time in winter and summer, and UTC stamps', () => {
    expect(berlinLocal(new Date('2026-01-15T09:30:00Z'))).toBe('20260115T103000');
    expect(berlinLocal(new Date('2026-07-15T09:30:00Z'))).toBe('20260715T113000');
    expect(berlinLocal(new Date('2026-03-29T01:00:00Z'))).toBe('20260329T030000'); // first minute of CEST
    expect(utcStamp(new Date('2026-07-15T09:30:05Z'))).toBe('20260715T093005Z');
  });

  it('produces a calendar a real parser reads back, with CRLF line ends and the right times', () => {
    const description = 'Zeile 1; mit Komma, Backslash \\ und\nZeile 2 – '.repeat(5);
    const text = renderCalendar({
      name: 'IKONE – Veranstaltungen',
      now: new Date('2026-11-01T08:00:00Z'),
      events: [
        {
          uid: '2f9c1a52-0000-4000-8000-000000000001@ikone.example',
          sequence: 3,
          summary: 'Netzwerktreffen, Teil 1; Digitalisierung',
          description,
          location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1',
          url: 'https://ikone.example/veranstaltungen/2f9c1a52-0000-4000-8000-000000000001',
          startsAt: new Date('2026-12-03T13:00:00Z'),
          endsAt: new Date('2026-12-03T16:00:00Z'),
          cancelled: true,
          createdAt: new Date('2026-10-01T08:00:00Z'),
          lastModified: new Date('2026-10-20T08:00:00Z'),
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const timezone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(timezone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('2f9c1a52-0000-4000-8000-000000000001@ikone.example');
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe('Netzwerktreffen, Teil 1; Digitalisierung');
    expect(event.description).toBe(description);
    expect(event.location).toBe('Rathaus Kaiserslautern, Willy-Brandt-Platz 1');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(event.startDate.toString()).toBe('2026-12-03T14:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T16:00:00.000Z');
  });
});

describe('Markdown to plain text', () => {
  it('keeps the words, drops the markup and anything unsafe', () => {
    const text = markdownToText('# Titel\n\nEin **fetter** Text mit [Link](https://example.org/a?b=1&c=2).\n\n- eins\n- zwei\n\n<script>alert(1)</script>[x](javascript:alert(1))');
    expect(text).toContain('Titel');
    expect(text).toContain('Ein fetter Text mit Link (https://example.org/a?b=1&c=2).');
    expect(text).toContain('• eins');
    expect(text).not.toMatch(/<|>|\*\*/);
    expect(text).not.toContain('alert(1)</script>');
  });
});

describe('iCal invitations', () => {
  it('writes invitations with METHOD, ORGANIZER and ATTENDEE that a parser reads back', () => {
    const text = renderCalendar({
      name: 'Netzwerktreffen',
      method: 'CANCEL',
      now: new Date('2026-11-01T08:00:00Z'),
      events: [
        {
          uid: 'e1@ikone.example', sequence: 2, summary: 'Abgesagt: Netzwerktreffen', description: '', location: null,
          url: 'https://ikone.example/veranstaltungen/e1', startsAt: new Date('2026-12-03T13:00:00Z'), endsAt: new Date('2026-12-03T16:00:00Z'),
          cancelled: true, createdAt: new Date('2026-10-01T08:00:00Z'), lastModified: new Date('2026-10-20T08:00:00Z'),
          organizer: { name: 'Stadt "Kaiserslautern"', email: 'no-reply@ikone.example' },
          attendee: { name: 'Sina Sitz; Büro', email: 'sitz@example.org' },
        },
      ],
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const organizer = vevent.getFirstProperty('organizer')!;
    expect([organizer.getFirstValue(), organizer.getParameter('cn')]).toEqual(['mailto:no-reply@ikone.example', 'Stadt Kaiserslautern']);
    const attendee = vevent.getFirstProperty('attendee')!;
    expect([attendee.getFirstValue(), attendee.getParameter('cn'), attendee.getParameter('rsvp')]).toEqual(['mailto:sitz@example.org', 'Sina Sitz; Büro', 'FALSE']);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
