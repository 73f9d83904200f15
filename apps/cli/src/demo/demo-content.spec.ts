import { DEFAULT_TOPICS, isHttpUrl } from '@ikone/knowledge';
import { DEMO_CASE_STUDIES } from './case-studies.content';
import { berlinTime, demoEvents } from './events.content';

const TOPICS = new Set(DEFAULT_TOPICS.map((t) => t.slug));

describe('demo content', () => {
  it('stays within what the API accepts from a person (GraphQL input limits)', () => {
    for (const { input } of DEMO_CASE_STUDIES) {
      expect(input.title.length).toBeLessThanOrEqual(200);
      expect(input.summary.length).toBeLessThanOrEqual(300);
      expect((input.fundingProgramme ?? '').length).toBeLessThanOrEqual(300);
      expect(input.tags?.every((t) => t.length <= 50)).not.toBe(false);
      expect(input.partners?.every((p) => p.length <= 200)).not.toBe(false);
      expect(input.topicSlugs.every((s) => TOPICS.has(s))).toBe(true);
      for (const url of [input.fundingUrl, ...(input.links ?? []).map((l) => l.url)].filter(Boolean)) expect(isHttpUrl(url!)).toBe(true);
    }
    expect(new Set(DEMO_CASE_STUDIES.map((c) => c.input.title)).size).toBe(DEMO_CASE_STUDIES.length);
  });

  it('has the mix of states a newcomer should see', () => {
    const byTarget = (t: string) => DEMO_CASE_STUDIES.filter((c) => c.target === t).length;
    expect(byTarget('PUBLISHED')).toBeGreaterThanOrEqual(14);
    expect([byTarget('IN_REVIEW'), byTarget('CHANGES_REQUESTED'), byTarget('DRAFT')]).toEqual([2, 1, 2]);
    expect(DEMO_CASE_STUDIES.filter((c) => c.target === 'CHANGES_REQUESTED').every((c) => c.reviewComment)).toBe(true);
    const published = DEMO_CASE_STUDIES.filter((c) => c.target === 'PUBLISHED');
    expect(new Set(published.flatMap((c) => c.input.topicSlugs)).size).toBeGreaterThanOrEqual(10);
    expect(published.some((c) => c.input.visibility === 'NETWORK')).toBe(true);
    // Markdown with emphasis, a list and a link somewhere in each published text.
    for (const { input } of published) {
      const text = [input.problem, input.solution, input.results, input.lessonsLearned].join('\n');
      expect(text).toMatch(/\*\*[^*]+\*\*/);
      expect(text).toMatch(/^(- |\d+\. )/m);
    }
    expect(published.filter((c) => /\]\(https:\/\//.test(`${c.input.solution}`)).length).toBeGreaterThanOrEqual(3);
  });

  it('places events around the clock: three upcoming (one full with a waitlist), two past', () => {
    const now = new Date('2026-03-27T12:00:00Z');
    const events = demoEvents(now);
    const upcoming = events.filter((e) => e.input.startsAt > now);
    expect(upcoming.map((e) => e.input.format).sort()).toEqual(['HYBRID', 'ONLINE', 'ON_SITE']);
    expect(events.filter((e) => e.input.endsAt < now)).toHaveLength(2);
    const full = events.find((e) => e.input.capacity && e.registrants.length > e.input.capacity)!;
    expect(full.input).toMatchObject({ format: 'ON_SITE', capacity: 5 });
    expect(events.filter((e) => e.input.startsAt < now).every((e) => e.registrants.length === 0)).toBe(true);
  });

  it('reads times on the Berlin wall clock, in winter and in summer', () => {
    const winter = new Date('2026-01-10T12:00:00Z');
    expect(berlinTime(winter, 0, 10).toISOString()).toBe('2026-01-10T09:00:00.000Z');
    expect(berlinTime(winter, 180, 10, 30).toISOString()).toBe('2026-07-09T08:30:00.000Z');
  });
});
