import type { Actor } from '@ikone/membership';
import { canRead, CONTENT_STATUSES, seesEditorView, VISIBLE_STATUSES, visibilitySql } from './content-policy';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const person = (role: Actor['role'], municipalityId: string | null = OWN): Actor => ({ id: `${role}-id`, role, municipalityId, displayName: role, email: `${role}@example.de`, locale: 'de', sessionId: 's' });
const owned = { ownerIds: [OTHER, OWN] };

describe('content policy', () => {
  it('shows published, archived and cancelled items to their audience, the rest to editors only', () => {
    for (const status of CONTENT_STATUSES) {
      const visible = VISIBLE_STATUSES.includes(status);
      expect([status, canRead(null, { status, visibility: 'PUBLIC', ownerIds: [OTHER] })]).toEqual([status, visible]);
      expect([status, canRead(null, { status, visibility: 'NETWORK', ownerIds: [OTHER] })]).toEqual([status, false]);
      expect([status, canRead(person('MEMBER'), { status, visibility: 'NETWORK', ownerIds: [OWN] })]).toEqual([status, visible]);
      expect([status, canRead(person('OFFICER'), { status, visibility: 'NETWORK', ownerIds: [OTHER] })]).toEqual([status, visible]);
      expect([status, canRead(person('OFFICER'), { status, visibility: 'NETWORK', ...owned })]).toEqual([status, true]);
      expect([status, canRead(person('COORDINATOR', null), { status, visibility: 'NETWORK', ownerIds: [OTHER] })]).toEqual([status, true]);
    }
  });

  it('shows revisions and review decisions to coordinators and officers of an owner, whatever the status', () => {
    expect(seesEditorView(null, owned)).toBe(false);
    expect(seesEditorView(person('MEMBER'), owned)).toBe(false);
    expect(seesEditorView(person('OFFICER', OTHER), { ownerIds: [OWN] })).toBe(false);
    expect(seesEditorView(person('OFFICER', null), owned)).toBe(false);
    expect(seesEditorView(person('OFFICER'), owned)).toBe(true);
    expect(seesEditorView(person('COORDINATOR', null), { ownerIds: [OWN] })).toBe(true);
  });

  it('writes the same visible statuses into list SQL', () => {
    expect(visibilitySql(null, 'c', '').sql).toBe(`((c.status in ('PUBLISHED','ARCHIVED','CANCELLED') and c.visibility = 'PUBLIC'))`);
    const officer = visibilitySql(person('OFFICER'), 'c', 'owners');
    expect(officer).toEqual({ sql: `((c.status in ('PUBLISHED','ARCHIVED','CANCELLED') and true) or (:ownMunicipality)::uuid = any(owners))`, params: { ownMunicipality: OWN } });
    expect(visibilitySql(person('COORDINATOR'), 'c', '').sql).toBe('true');
  });
});
