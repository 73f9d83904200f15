import type { EntityManager } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import type { CatalogueEvent } from '@ikone/platform';
import { DOMAIN_EVENTS, ofDomain } from './domain-events';

const A = '6f1c1c4e-8b1a-4c7e-9a55-0d2b4e6f7a81';
const B = '0b6a3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

/**
 * Never called: `npm run typecheck` checks that only events of the catalogue compile (ADR 0030).
 * Each `@ts-expect-error` fails the type check once the line below it compiles.
 */
export async function onlyCatalogueEventsCompile(manager: EntityManager): Promise<void> {
  await recordEvents(manager, { type: 'knowledge.case-study-published', payload: { caseStudyId: 'c' } });
  await recordEvents(manager, { type: 'moderation.report-filed', payload: { reportId: 'r' } }, { type: 'privacy.account-deleted', payload: { userId: 'u' } });
  // @ts-expect-error a type no domain declares
  await recordEvents(manager, { type: 'knowledge.no-such-event', payload: { caseStudyId: 'c' } });
  // @ts-expect-error the old name of the report event (moderation owns it now)
  await recordEvents(manager, { type: 'knowledge.report-filed', payload: { reportId: 'r' } });
  // @ts-expect-error a payload field of the wrong name
  await recordEvents(manager, { type: 'membership.invitation-created', payload: { invitation: 'i' } });
  // @ts-expect-error a payload field of the wrong type
  await recordEvents(manager, { type: 'knowledge.event-changed', payload: { eventId: 'e', fields: 'startsAt', sequence: 1 } });
  // @ts-expect-error a value outside the payload's enumeration
  await recordEvents(manager, { type: 'knowledge.reuse-updated', payload: { reuseRequestId: 'r', status: 'MAYBE' } });
  // @ts-expect-error an untyped string is not an event type
  await recordEvents(manager, { type: String('membership.invitation-created'), payload: { invitationId: 'i' } });
}

describe('the catalogue of domain events', () => {
  it('knows every domain’s events and only those', () => {
    const types = DOMAIN_EVENTS.types();
    expect(types).toContain('membership.invitation-created');
    expect(types).toContain('knowledge.content-reviewed');
    expect(types).toContain('moderation.report-filed');
    expect(types).toContain('privacy.account-deleted');
    expect(types).toContain('notifications.consent-requested');
    // Each domain writes under its own name only.
    expect(types.filter((t) => !/^(membership|knowledge|moderation|privacy|notifications)\.[a-z-]+$/.test(t))).toEqual([]);
    expect(types).not.toContain('knowledge.report-filed');
    expect(types).not.toContain('membership.account-deleted');
  });

  it('reads a stored event that fits its schema, typed', () => {
    const read = DOMAIN_EVENTS.read('knowledge.content-reviewed', { subjectType: 'CaseStudy', subjectId: A, decision: 'APPROVED', comment: null });
    expect(read.ok).toBe(true);
    expect(DOMAIN_EVENTS.read('knowledge.contacts-handed-over', { userId: A, municipalityId: null, reason: 'DELETED', roleIds: [B], caseStudyIds: [] }).ok).toBe(true);
    expect(DOMAIN_EVENTS.read('knowledge.event-changed', { eventId: A, fields: ['startsAt'], sequence: 2 }).ok).toBe(true);
    const event = (read as { event: CatalogueEvent }).event;
    expect(ofDomain(event, 'knowledge')).toBe(true);
    expect(ofDomain(event, 'membership')).toBe(false);
  });

  it.each([
    ['an unknown type', 'knowledge.report-filed', { reportId: 'r' }, /Unbekannter Ereignistyp „knowledge.report-filed“/],
    ['a missing field', 'membership.invitation-created', {}, /invitationId/],
    ['an extra field', 'membership.invitation-created', { invitationId: 'i', email: 'a@example.org' }, /email/],
    ['a field of the wrong type', 'knowledge.event-changed', { eventId: A, fields: ['startsAt'], sequence: 'eins' }, /\/sequence/],
    ['a value outside the enumeration', 'knowledge.reuse-updated', { reuseRequestId: A, status: 'MAYBE' }, /\/status/],
    ['an id that is no UUID', 'moderation.report-filed', { reportId: 'r-1' }, /\/reportId must be a UUID/],
    ['a listed id that is no UUID', 'knowledge.contacts-handed-over', { userId: A, municipalityId: B, reason: 'DISABLED', roleIds: [B, '7'], caseStudyIds: [] }, /\/roleIds\/1 must be a UUID/],
    ['no object at all', 'privacy.account-deleted', 'u-1', /Schema/],
    ['null', 'notifications.consent-requested', null, /Schema/],
  ])('refuses %s with a reason', (_what, type, payload, reason) => {
    const read = DOMAIN_EVENTS.read(type, payload);
    expect(read.ok).toBe(false);
    expect((read as { reason: string }).reason).toMatch(reason);
  });
});
