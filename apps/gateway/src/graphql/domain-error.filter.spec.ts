import type { ArgumentsHost } from '@nestjs/common';
import { PlatformError } from '@ikone/platform';
import { DomainErrorFilter } from './domain-error.filter';

/** A Fastify reply that records what was sent. */
function fakeReply() {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    async send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  return { reply, sent };
}

function httpHost(url: string, reply: unknown): ArgumentsHost {
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ url }), getResponse: () => reply, getNext: () => undefined }),
  } as unknown as ArgumentsHost;
}

describe('DomainErrorFilter on plain HTTP', () => {
  const filter = new DomainErrorFilter();

  it.each([
    ['/events/x.ics', 'NOT_FOUND', 404],
    ['/topics/t/feed.atom', 'FORBIDDEN', 403],
    ['/stats/network.csv?from=1', 'INVALID_INPUT', 400],
    ['/calendar.ics', 'RATE_LIMITED', 429],
  ] as const)('%s: %s is %d in plain text, German then English', async (url, reason, status) => {
    const { reply, sent } = fakeReply();
    await filter.catch(new PlatformError(reason), httpHost(url, reply));
    expect(sent.status).toBe(status);
    expect(sent.headers['content-type']).toBe('text/plain; charset=utf-8');
    const error = new PlatformError(reason);
    expect(sent.body).toBe(`${error.message}\n${error.messageEn}\n`);
  });

  it('answers an unsubscribe link with the HTML page and its policy', async () => {
    const { reply, sent } = fakeReply();
    await filter.catch(new PlatformError('RATE_LIMITED'), httpHost('/unsubscribe/abc', reply));
    expect(sent.status).toBe(429);
    expect(sent.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(sent.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(sent.body).toMatch(/<html lang="de">[\s\S]*Zu viele Versuche[\s\S]*Too many attempts/);
  });

  it('answers health checks in JSON', async () => {
    const { reply, sent } = fakeReply();
    await filter.catch(new PlatformError('NOT_FOUND'), httpHost('/health/ready', reply));
    expect(sent.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('hands GraphQL errors on to the formatter', () => {
    const error = new PlatformError('FORBIDDEN');
    expect(filter.catch(error, { getType: () => 'graphql' } as unknown as ArgumentsHost)).toBe(error);
  });
});
