import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart, { type MultipartFile, type MultipartValue as MultipartField } from '@fastify/multipart';
import fastifyReplyFrom from '@fastify/reply-from';
import fastifyStatic from '@fastify/static';
import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import { renderToString } from 'preact-render-to-string';
import type { AppConfig } from '@ikone/platform';
import { Layout } from '../components/layout';
import { StatusPage } from '../components/status-page';
import { LOCALES, Locale } from '../i18n/i18n';
import { ALL_ROUTES } from '../routes';
import { ApiClient, GatewayUnavailableError } from './api-client';
import { buildAssets, kernDir } from './assets';
import { Csrf } from './csrf';
import { SessionStore } from './session-store';
import { LOCALE_COOKIE, Outcome, OutcomeError, PageResult, StatusResult, WebContext, WebServices, safeLocalPath } from './web-context';

type MultipartValue = MultipartFile | MultipartField;

/** Paths the gateway answers; the web passes them through so people and API share one address. */
const GATEWAY_PATHS = ['/graphql', '/metrics', '/calendar.ics', '/events/*', '/topics/*', '/stats/*', '/unsubscribe/*', '/sso/*'];

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export interface WebServer {
  app: FastifyInstance;
  close(): Promise<void>;
}

function localeOf(req: FastifyRequest): Locale {
  const cookie = req.cookies[LOCALE_COOKIE];
  return cookie === 'en' ? 'en' : 'de';
}

/** Builds the web application (not yet listening); tests start it on port 0. */
export async function createWebServer(config: AppConfig, options: { pool?: Pool } = {}): Promise<WebServer> {
  if (!config.databaseUrl && !options.pool) throw new Error('DATABASE_URL fehlt / missing (web sessions live in PostgreSQL)');
  const pool = options.pool ?? new Pool({ connectionString: config.databaseUrl, max: 10 });
  const services: WebServices = {
    api: new ApiClient(config.web.gatewayUrl),
    sessions: new SessionStore(pool),
    csrf: new Csrf(config.secrets.token),
    publicUrl: config.publicUrl,
    secureCookies: config.isProduction || config.publicUrl.startsWith('https:'),
    attachmentLimits: { maxMb: Math.round(config.attachments.maxBytes / 1_048_576), perItem: config.attachments.perItem },
  };
  const publicOrigin = new URL(config.publicUrl).origin;
  const assets = buildAssets();

  const app = Fastify({ trustProxy: config.trustProxy, bodyLimit: 1_048_576, logger: false, routerOptions: { ignoreTrailingSlash: true } });
  await app.register(fastifyCookie);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      reply.header('content-security-policy', CSP);
      reply.header('x-frame-options', 'DENY');
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  // Gateway pass-through, in its own context: bodies stay raw bytes.
  await app.register(async (proxy) => {
    proxy.removeAllContentTypeParsers();
    proxy.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    await proxy.register(fastifyReplyFrom, { base: config.web.gatewayUrl, undici: { connections: 64, pipelining: 1 } });
    const forward = (req: FastifyRequest, reply: FastifyReply) =>
      reply.from(req.url, {
        ...(Buffer.isBuffer(req.body) ? { body: req.body, contentType: req.headers['content-type'] ?? 'application/octet-stream' } : {}),
        rewriteRequestHeaders: (_r, headers) => ({ ...headers, 'x-forwarded-for': req.ip, 'x-forwarded-proto': req.protocol, 'x-forwarded-host': req.host }),
      });
    for (const path of GATEWAY_PATHS) proxy.route({ method: ['GET', 'HEAD', 'POST'], url: path, handler: forward });
    // Attachments: downloads for API clients, and uploads to the upload URL (up to the attachment limit).
    proxy.route({ method: ['GET', 'HEAD'], url: '/attachments/*', handler: forward });
    proxy.route({ method: 'PUT', url: '/attachments/uploads/:token', bodyLimit: config.attachments.maxBytes, handler: forward });
  });

  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async (_req, reply) => {
    try {
      const response = await fetch(`${config.web.gatewayUrl}/health/ready`, { signal: AbortSignal.timeout(3000) });
      await pool.query('select 1');
      reply.code(response.status);
      return { status: response.ok ? 'ok' : 'error', gateway: await response.json().catch(() => null) };
    } catch (error) {
      reply.code(503);
      return { status: 'error', error: (error as Error).message };
    }
  });

  app.get('/assets/:name', async (req, reply) => {
    const found = assets.get((req.params as { name: string }).name);
    if (!found) return reply.code(404).type('text/plain').send('Not found');
    reply.header('cache-control', 'public, max-age=3600');
    reply.header('etag', found.etag);
    reply.type(found.type);
    if (req.headers['if-none-match'] === found.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      reply.header('content-encoding', 'gzip');
      reply.header('vary', 'accept-encoding');
      return reply.send(found.gzip);
    }
    return reply.send(found.body);
  });
  await app.register(fastifyStatic, { root: join(kernDir(), 'fonts'), prefix: '/assets/fonts/', maxAge: '30d', immutable: true, decorateReply: false });

  const render = async (ctx: WebContext, outcome: PageResult | StatusResult) => {
    const viewer = await ctx.viewer().catch(() => null);
    let page: PageResult;
    if (outcome.kind === 'status') {
      page = StatusPage(ctx.locale, outcome);
    } else {
      page = outcome;
    }
    const title = page.hasErrors ? `${ctx.t('errorPrefix')}${page.title}` : page.title;
    const html = renderToString(
      <Layout
        locale={ctx.locale}
        title={title}
        viewer={viewer}
        path={ctx.path}
        csrfToken={ctx.csrfToken}
        notice={ctx.takeNotice()}
        description={page.description}
        canonicalUrl={page.canonical ? ctx.absoluteUrl(page.canonical) : undefined}
      >
        {page.body}
      </Layout>,
    );
    if (viewer) ctx.reply.header('cache-control', 'private, no-store');
    ctx.reply.code(page.status ?? 200).type('text/html; charset=utf-8').send(`<!DOCTYPE html>${html}`);
  };

  const respond = async (ctx: WebContext, outcome: Outcome) => {
    if (outcome.kind === 'sent') return;
    if (outcome.kind === 'redirect') {
      ctx.reply.redirect(outcome.location, outcome.status ?? 303);
      return;
    }
    await render(ctx, outcome);
  };

  const sameOrigin = (req: FastifyRequest): boolean => {
    const origin = req.headers.origin;
    if (!origin) return true; // Browsers without Origin on same-site POSTs; the token still decides.
    if (origin === publicOrigin) return true;
    return origin === `${req.protocol}://${req.host}`;
  };

  // Pages and forms.
  await app.register(async (pages) => {
    await pages.register(fastifyFormbody);
    // Attachment forms (multipart): one file up to the attachment limit, buffered, then flattened
    // to strings and { fileName, contentType, bytes } so routes read them like any other form.
    await pages.register(fastifyMultipart, {
      attachFieldsToBody: true,
      limits: { fileSize: config.attachments.maxBytes, files: 1, fields: 20, fieldSize: 10_000 },
      throwFileSizeLimit: false,
    });
    pages.addHook('preValidation', async (req) => {
      if (!req.isMultipart() || !req.body || typeof req.body !== 'object') return;
      const flat: Record<string, unknown> = {};
      for (const [name, part] of Object.entries(req.body as Record<string, MultipartValue | MultipartValue[]>)) {
        const first = Array.isArray(part) ? part[0] : part;
        if (first?.type === 'file') {
          const bytes = await first.toBuffer();
          // A file cut off at the limit counts as too large, never as a shorter file.
          flat[name] = { fileName: first.filename, contentType: first.mimetype, bytes: first.file.truncated ? Buffer.alloc(config.attachments.maxBytes + 1) : bytes };
        } else if (first?.type === 'field') {
          flat[name] = typeof first.value === 'string' ? first.value : '';
        }
      }
      req.body = flat;
    });
    for (const route of ALL_ROUTES) {
      pages.route({
        method: route.method,
        url: route.path,
        handler: async (req, reply) => {
          const ctx = new WebContext(req, reply, services, localeOf(req));
          try {
            if (route.method === 'POST' && (!sameOrigin(req) || !ctx.csrfValid())) {
              await render(ctx, { ...StatusPage(ctx.locale, { kind: 'status', status: 403 }), ...csrfPage(ctx) });
              return reply;
            }
            await respond(ctx, await route.handler(ctx));
          } catch (error) {
            if (error instanceof OutcomeError) {
              await respond(ctx, error.outcome);
            } else if (error instanceof GatewayUnavailableError) {
              req.log.error(error);
              await render(ctx, { kind: 'status', status: 503 });
            } else {
              const errorId = randomUUID();
              console.error(`[web] ${errorId} ${req.method} ${req.url}`, error);
              await render(ctx, { kind: 'status', status: 500, errorId });
            }
          }
          return reply;
        },
      });
    }
    pages.get('/sprache/:lang', async (req, reply) => {
      const lang = (req.params as { lang: string }).lang as Locale;
      if (LOCALES.includes(lang)) reply.setCookie(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400 });
      const back = (req.query as { zurueck?: string }).zurueck;
      return reply.redirect(safeLocalPath(back), 303);
    });
    pages.setNotFoundHandler(async (req, reply) => {
      const ctx = new WebContext(req, reply, services, localeOf(req));
      await render(ctx, { kind: 'status', status: 404 });
      return reply;
    });
  });

  const sweep = setInterval(() => void services.sessions.sweep().catch(() => undefined), 3_600_000);
  sweep.unref();

  return {
    app,
    close: async () => {
      clearInterval(sweep);
      await app.close();
      if (!options.pool) await pool.end();
    },
  };
}

function csrfPage(ctx: WebContext): Pick<PageResult, 'title' | 'body'> {
  return {
    title: ctx.t('csrfTitle'),
    body: (
      <>
        <h1 class="kern-heading-large">{ctx.t('csrfTitle')}</h1>
        <p class="kern-body">{ctx.t('csrfText')}</p>
      </>
    ),
  };
}

