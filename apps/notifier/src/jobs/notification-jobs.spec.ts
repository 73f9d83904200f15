import { JOB_SPECS, collectJobHandlers } from './notification-jobs';

describe('job handler registration', () => {
  const noop = async () => undefined;
  const all = { 'outbox-event': noop, 'send-email': noop, 'send-email-batch': noop, 'digest-run': noop, 'event-reminders': noop, 'freshness-run': noop };
  it('accepts exactly one handler per job name', () => {
    const { 'outbox-event': events, ...rest } = all;
    expect(() => collectJobHandlers([{ jobHandlers: () => ({ 'outbox-event': events }) }, { jobHandlers: () => rest }])).not.toThrow();
  });
  it('rejects a missing or doubled handler at start-up', () => {
    expect(() => collectJobHandlers([{ jobHandlers: () => ({ 'outbox-event': noop }) }])).toThrow(/send-email: 0/);
    expect(() => collectJobHandlers([{ jobHandlers: () => all }, { jobHandlers: () => ({ 'send-email-batch': noop }) }])).toThrow(/send-email-batch: 2/);
  });
  it('gives a batch the same job id for the same deliveries and another for a different set', () => {
    const id = JOB_SPECS['send-email-batch'].jobId;
    expect(id({ deliveryIds: ['1', '2', '3'] })).toBe(id({ deliveryIds: ['1', '2', '3'] }));
    expect(id({ deliveryIds: ['3', '1', '2'] })).toBe(id({ deliveryIds: ['1', '2', '3'] }));
    // Same length, same first and last id, another set: must not be deduplicated away.
    expect(id({ deliveryIds: ['1', '4', '3'] })).not.toBe(id({ deliveryIds: ['1', '2', '3'] }));
    expect(id({ deliveryIds: ['1', '3'] })).not.toBe(id({ deliveryIds: ['1', '2', '3'] }));
    // Numeric, not text order: 9 < 10.
    expect(id({ deliveryIds: ['10', '9'] })).toBe(id({ deliveryIds: ['9', '10'] }));
    expect(id({ deliveryIds: ['1', '2', '3'] })).toMatch(/^emails-[0-9a-f]{32}$/);
  });
});
