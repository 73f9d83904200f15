import { collectJobHandlers } from './notification-jobs';

describe('job handler registration', () => {
  const noop = async () => undefined;
  it('accepts exactly one handler per job name', () => {
    expect(() => collectJobHandlers([{ jobHandlers: () => ({ 'outbox-event': noop }) }, { jobHandlers: () => ({ 'send-email': noop }) }])).not.toThrow();
  });
  it('rejects a missing or doubled handler at start-up', () => {
    expect(() => collectJobHandlers([{ jobHandlers: () => ({ 'outbox-event': noop }) }])).toThrow(/send-email: 0/);
    expect(() =>
      collectJobHandlers([{ jobHandlers: () => ({ 'outbox-event': noop, 'send-email': noop }) }, { jobHandlers: () => ({ 'send-email': noop }) }]),
    ).toThrow(/send-email: 2/);
  });
});
