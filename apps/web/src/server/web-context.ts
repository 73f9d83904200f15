import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { TypedDocumentString } from '../graphql/generated/graphql';
import { graphql } from '../graphql/generated';
import { common } from '../i18n/common';
import { Catalog, Locale, T, translator } from '../i18n/i18n';
import { ApiCall, ApiClient, ApiError, ApiResult, GatewayUnavailableError } from './api-client';
import { Csrf } from './csrf';
import { SessionRow, SessionStore } from './session-store';

export const SESSION_COOKIE = 'ikone_sid';
export const LOCALE_COOKIE = 'ikone_lang';
export const FLASH_COOKIE = 'ikone_notice';

/** A rendered page. */
export interface PageResult {
  kind: 'page';
  title: string;
  body: VNode;
  status?: number;
  /** Meta description of public pages (search engines, link previews). */
  description?: string;
  /** Canonical path of public pages. */
  canonical?: string;
  /** The page shows a failed submit: the title starts with "Fehler:". */
  hasErrors?: boolean;
}

export interface RedirectResult {
  kind: 'redirect';
  location: string;
  /** 303 (Post/Redirect/Get) unless said otherwise; 301 for an address that moved for good. */
  status?: 301 | 303;
}

/** A response the route wrote itself (downloads, pass-through of iCal/CSV). */
export interface SentResult {
  kind: 'sent';
}

/** A status page (not found, no access, error), rendered in the layout. */
export interface StatusResult {
  kind: 'status';
  status: 403 | 404 | 500 | 503;
  errorId?: string;
  /** For 403: the role the page is for. */
  role?: Role;
}

/** A file of a multipart form, buffered by the web server (see web-server.tsx). */
export interface PostedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export type Outcome = PageResult | RedirectResult | SentResult | StatusResult;

export type Role = 'MEMBER' | 'OFFICER' | 'COORDINATOR';
const RANK: Record<Role, number> = { MEMBER: 1, OFFICER: 2, COORDINATOR: 3 };

/** Who is signed in, as the layout and the guards need it. */
export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  locale: Locale;
  unread: number;
  municipality: { id: string; slug: string; name: string } | null;
}

const ViewerQuery = graphql(`
  query WebViewer {
    me {
      id
      displayName
      email
      role
      locale
      unreadNotificationCount
      municipality { id slug name }
    }
  }
`);

const RefreshMutation = graphql(`
  mutation WebRefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id }
    }
  }
`);

export interface WebServices {
  api: ApiClient;
  sessions: SessionStore;
  csrf: Csrf;
  publicUrl: string;
  secureCookies: boolean;
  /** Attachment limits the upload form states (the API enforces them). */
  attachmentLimits: { maxMb: number; perItem: number };
}

/** Refresh a little before the access token runs out, so a request never carries a dead one. */
const REFRESH_MARGIN_MS = 30_000;

/** Thrown inside a route to answer with a page at once (404, 403, sign-in redirect). */
export class OutcomeError extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.kind);
  }
}

/**
 * Everything a route needs for one request: language, the signed-in person, the API (with
 * token refresh), CSRF token, form values and redirects.
 */
export class WebContext {
  readonly t: T<keyof typeof common.de>;
  private viewerLoaded = false;
  private viewerValue: Viewer | null = null;
  private sessionRow: SessionRow | null | undefined;

  constructor(
    readonly req: FastifyRequest,
    readonly reply: FastifyReply,
    readonly services: WebServices,
    readonly locale: Locale,
  ) {
    this.t = translator(common, locale);
  }

  /** Translator for a page's own catalog. */
  tr<K extends string>(catalog: Catalog<K>): T<K> {
    return translator(catalog, this.locale);
  }

  get path(): string {
    return this.req.url;
  }

  get pathname(): string {
    return this.req.url.split('?')[0];
  }

  query(name: string): string | undefined {
    const value = (this.req.query as Record<string, unknown> | undefined)?.[name];
    if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  queryAll(name: string): string[] {
    const value = (this.req.query as Record<string, unknown> | undefined)?.[name];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
    return typeof value === 'string' && value !== '' ? [value] : [];
  }

  /** A posted form field (the first if repeated), trimmed of nothing: people's text stays as typed. */
  field(name: string): string {
    const value = (this.req.body as Record<string, unknown> | undefined)?.[name];
    if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
    return typeof value === 'string' ? value : '';
  }

  fields(name: string): string[] {
    const value = (this.req.body as Record<string, unknown> | undefined)?.[name];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
    return typeof value === 'string' && value !== '' ? [value] : [];
  }

  /** A posted file (multipart forms), or null when none was chosen. */
  file(name: string): PostedFile | null {
    const value = (this.req.body as Record<string, unknown> | undefined)?.[name];
    const part = Array.isArray(value) ? value[0] : value;
    if (!part || typeof part !== 'object' || !Buffer.isBuffer((part as PostedFile).bytes)) return null;
    const file = part as PostedFile;
    return file.fileName && file.bytes.length > 0 ? file : null;
  }

  get sessionId(): string | undefined {
    return this.req.cookies[SESSION_COOKIE];
  }

  /** The CSRF token for forms on this page. */
  get csrfToken(): string {
    return this.services.csrf.token(this.csrfBinding());
  }

  private csrfBinding(): string {
    const sid = this.sessionId;
    if (sid) return `s:${sid}`;
    return `a:${this.anonymousId()}`;
  }

  /** This browser's random `ikone_anon` cookie (a browser-session cookie), set when missing. */
  private anonymousId(): string {
    let anon = this.req.cookies.ikone_anon;
    if (!anon) {
      anon = Csrf.newAnonymousId();
      this.req.cookies.ikone_anon = anon;
      this.reply.setCookie('ikone_anon', anon, this.cookieOptions());
    }
    return anon;
  }

  /** True when the posted `_csrf` matches this browser's cookie (session or, see below, anonymous). */
  csrfValid(): boolean {
    const token = this.field('_csrf');
    if (this.services.csrf.verify(this.csrfBinding(), token)) return true;
    const anon = this.req.cookies.ikone_anon;
    return !!anon && this.services.csrf.verify(`a:${anon}`, token);
  }

  /**
   * A CSRF token bound to the browser's anonymous cookie rather than to the session, for a form
   * re-rendered after the session ended: the person signs in again in another tab (a new session
   * id) and can still send the form they kept. Equally unguessable for another site.
   */
  get retryCsrfToken(): string {
    return this.services.csrf.token(`a:${this.anonymousId()}`);
  }

  /**
   * The secret that binds a single sign-on to this browser (ADR 0021): an HMAC of the
   * `ikone_anon` cookie, which lives through the trip to the provider whether or not someone is
   * signed in. The gateway keeps its hash with the flow and redeems the code only with it, so a
   * sign-in begun in one browser cannot be finished in another. It never reaches the browser.
   */
  get singleSignOnBinding(): string {
    return this.services.csrf.token(`sso:${this.anonymousId()}`);
  }

  cookieOptions(maxAgeSeconds?: number) {
    return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: this.services.secureCookies, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
  }

  /** The browser's address (Fastify honours X-Forwarded-For from loopback peers only). */
  get clientIp(): string {
    return this.req.ip;
  }

  private async session(): Promise<SessionRow | null> {
    if (this.sessionRow !== undefined) return this.sessionRow;
    const sid = this.sessionId;
    this.sessionRow = sid ? await this.services.sessions.find(sid) : null;
    if (sid && !this.sessionRow) this.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return this.sessionRow;
  }

  /** The access token of the signed-in person, refreshed once per session when it runs out. */
  private async accessToken(): Promise<string | undefined> {
    const row = await this.session();
    const sid = this.sessionId;
    if (!row || !sid) return undefined;
    const fresh = (r: SessionRow) => r.accessExpiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS;
    if (fresh(row)) return row.accessToken;
    this.sessionRow = await this.services.sessions.refreshLocked(sid, row.accessToken, async (current) => {
      const result = await this.services.api.request(RefreshMutation, { refreshToken: current.refreshToken }, this.call());
      const payload = result.data?.refreshSession;
      if (!payload) {
        // Only a refused refresh token ends the session; anything else is the gateway's trouble.
        if (result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return null;
        throw new GatewayUnavailableError(`refresh failed: ${result.errors[0]?.message ?? 'no data'}`);
      }
      return {
        accessToken: payload.accessToken,
        accessExpiresAt: new Date(payload.accessTokenExpiresAt),
        refreshToken: payload.refreshToken,
        userId: payload.user.id,
      };
    });
    if (!this.sessionRow) this.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return this.sessionRow?.accessToken;
  }

  private call(token?: string): ApiCall {
    return { token, clientIp: this.clientIp, locale: this.locale };
  }

  /** One GraphQL operation as the signed-in person (or anonymously). */
  async api<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<ApiResult<R>> {
    const token = await this.accessToken();
    const result = await this.services.api.request(document, variables, this.call(token));
    if (token && result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      // Disabled account or revoked session: the server session ends too.
      await this.endSession();
    }
    return result;
  }

  /**
   * GET of a plain HTTP endpoint of the gateway (iCal, the statistics CSV) as the signed-in
   * person (or anonymously), with the same token refresh as {@link api}; the token stays on the server.
   */
  async fetchRaw(path: string): Promise<Response> {
    const token = await this.accessToken();
    try {
      return await this.services.api.fetchRaw(path, this.call(token));
    } catch (error) {
      throw new GatewayUnavailableError(`gateway unreachable: ${(error as Error).message}`);
    }
  }

  /** PUT of a file to an upload URL from the API (no token needed: the URL is the authorization). */
  async upload(uploadUrl: string, bytes: Buffer): Promise<Response> {
    try {
      return await this.services.api.upload(new URL(uploadUrl).pathname, bytes, this.call());
    } catch (error) {
      throw new GatewayUnavailableError(`gateway unreachable: ${(error as Error).message}`);
    }
  }

  /** Like {@link api}, but any error other than BAD_USER_INPUT becomes the matching page. */
  async load<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    const result = await this.api(document, variables);
    if (result.data && result.errors.length === 0) return result.data;
    throw new OutcomeError(this.errorOutcome(result.errors));
  }

  /** The page for an API refusal: sign-in for UNAUTHENTICATED, 403, 404 or the error page. */
  errorOutcome(errors: ApiError[]): Outcome {
    const code = errors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') return this.signInRedirect();
    if (code === 'NOT_FOUND') return { kind: 'status', status: 404 };
    if (code === 'FORBIDDEN') return { kind: 'status', status: 403 };
    return { kind: 'status', status: 500, errorId: errors[0]?.extensions?.errorId };
  }

  signInRedirect(): RedirectResult {
    return this.redirect(`/anmelden?zurueck=${encodeURIComponent(this.req.method === 'GET' ? this.path : this.pathname)}`);
  }

  /** The signed-in person, or null; loaded once per request. */
  async viewer(): Promise<Viewer | null> {
    if (this.viewerLoaded) return this.viewerValue;
    this.viewerLoaded = true;
    if (!this.sessionId || !(await this.session())) return null;
    const result = await this.api(ViewerQuery, {});
    const me = result.data?.me;
    this.viewerValue = me
      ? {
          id: me.id,
          displayName: me.displayName,
          email: me.email,
          role: me.role,
          locale: me.locale === 'en' ? 'en' : 'de',
          unread: me.unreadNotificationCount ?? 0,
          municipality: me.municipality ?? null,
        }
      : null;
    return this.viewerValue;
  }

  /** The signed-in person with at least this role, or the sign-in redirect / 403 page. */
  async require(role: Role = 'MEMBER'): Promise<Viewer> {
    const viewer = await this.viewer();
    if (!viewer) throw new OutcomeError(this.signInRedirect());
    if (RANK[viewer.role] < RANK[role]) throw new OutcomeError({ kind: 'status', status: 403, role });
    return viewer;
  }

  /** Signs in: a new server session holds the token pair; the browser gets only its id. */
  async startSession(payload: { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; user: { id: string } }): Promise<void> {
    const previous = this.sessionId;
    if (previous) await this.services.sessions.destroy(previous);
    const id = await this.services.sessions.create({
      accessToken: payload.accessToken,
      accessExpiresAt: new Date(payload.accessTokenExpiresAt),
      refreshToken: payload.refreshToken,
      userId: payload.user.id,
    });
    this.reply.setCookie(SESSION_COOKIE, id, this.cookieOptions(30 * 86_400));
    this.req.cookies[SESSION_COOKIE] = id;
    this.sessionRow = undefined;
    this.viewerLoaded = false;
  }

  async endSession(): Promise<void> {
    const sid = this.sessionId;
    if (sid) await this.services.sessions.destroy(sid);
    this.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    delete this.req.cookies[SESSION_COOKIE];
    this.sessionRow = null;
    this.viewerLoaded = true;
    this.viewerValue = null;
  }

  /** 303 to a local path (Post/Redirect/Get), optionally with a notice for the next page. */
  redirect(location: string, notice?: string): RedirectResult {
    if (notice) this.reply.setCookie(FLASH_COOKIE, encodeURIComponent(notice.slice(0, 300)), this.cookieOptions(60));
    return { kind: 'redirect', location: safeLocalPath(location) };
  }

  /** 301 to a local path: the page has a new address for good (a case study's former slug). */
  movedPermanently(location: string): RedirectResult {
    return { kind: 'redirect', location: safeLocalPath(location), status: 301 };
  }

  /** The notice left by the previous redirect, once. */
  takeNotice(): string | undefined {
    const raw = this.req.cookies[FLASH_COOKIE];
    if (!raw) return undefined;
    this.reply.clearCookie(FLASH_COOKIE, { path: '/' });
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }

  absoluteUrl(path: string): string {
    return `${this.services.publicUrl}${path}`;
  }
}

/** Only same-site paths are followed ("//evil.example" and "https://…" become "/"). */
export function safeLocalPath(location: string | undefined): string {
  if (!location || !location.startsWith('/') || location.startsWith('//') || location.startsWith('/\\')) return '/';
  return location;
}
