import { CONTENT_STATUSES, ContentStatus } from '../shared/content-policy';
import { EDITABLE, LifecycleStep, requireEditable, requireStep, sendBackComment, STEP_FROM } from './lifecycle-rules';

const allowed = (step: LifecycleStep): ContentStatus[] =>
  CONTENT_STATUSES.filter((status) => {
    try {
      requireStep(step, status, 'id');
      return true;
    } catch {
      return false;
    }
  });

describe('lifecycle rules', () => {
  it.each<[LifecycleStep, ContentStatus[]]>([
    ['submit', ['DRAFT', 'CHANGES_REQUESTED']],
    ['approve', ['IN_REVIEW']],
    ['requestChanges', ['IN_REVIEW']],
    ['reject', ['IN_REVIEW']],
    ['archive', ['PUBLISHED']],
    ['cancel', ['PUBLISHED']],
  ])('%s starts only from %j', (step, from) => {
    expect(allowed(step)).toEqual(from);
    expect(STEP_FROM[step]).toEqual(from);
  });

  it('refuses a step from any other status with INVALID_TRANSITION on the given field', () => {
    expect(() => requireStep('approve', 'DRAFT', 'subjectId')).toThrow(expect.objectContaining({ reason: 'INVALID_TRANSITION', field: 'subjectId' }));
    expect(() => requireStep('submit', 'REJECTED', 'id')).toThrow(expect.objectContaining({ reason: 'INVALID_TRANSITION', field: 'id' }));
  });

  it('lets owners edit drafts, items sent back and live items, nothing in review or closed', () => {
    expect([...EDITABLE]).toEqual(['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED']);
    for (const status of ['IN_REVIEW', 'REJECTED', 'ARCHIVED', 'CANCELLED'] as const) {
      expect(() => requireEditable(status, 'id')).toThrow(expect.objectContaining({ reason: 'NOT_EDITABLE', field: 'id' }));
    }
    expect(() => requireEditable('PUBLISHED', 'id')).not.toThrow();
  });

  it('needs a comment to send back or reject, trimmed', () => {
    expect(sendBackComment('  Bitte die Kosten angeben. ')).toBe('Bitte die Kosten angeben.');
    for (const empty of ['', '   \n', null, undefined]) {
      expect(() => sendBackComment(empty)).toThrow(expect.objectContaining({ reason: 'COMMENT_REQUIRED', field: 'comment' }));
    }
  });
});
