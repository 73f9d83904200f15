import { ConfigError } from './config';

/** One OpenID Connect provider people of some email domains sign in with (ADR 0021). */
export interface OidcProviderConfig {
  /** Short name in addresses: the callback is `PUBLIC_URL/sso/<id>/callback`. */
  id: string;
  /** Shown on the button: „Anmelden mit <displayName>“. */
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains (lower case) whose people this provider may sign in; nobody else. */
  domains: string[];
  /** false: password sign-in is refused for emails of these domains. */
  passwordSignIn: boolean;
}

const VARIABLE = 'OIDC_PROVIDERS';
const KEYS = new Set(['id', 'name', 'issuer', 'clientId', 'clientSecret', 'domains', 'passwordSignIn']);
const ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function text(entry: Record<string, unknown>, key: string, where: string, max: number): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(VARIABLE, `${where}.${key} fehlt oder ist leer`);
  if (value.length > max) throw new ConfigError(VARIABLE, `${where}.${key} ist länger als ${max} Zeichen`);
  return value.trim();
}

function issuer(raw: string, where: string, production: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(VARIABLE, `${where}.issuer ist keine gültige URL`);
  }
  if (parsed.search || parsed.hash) throw new ConfigError(VARIABLE, `${where}.issuer darf weder Abfrage noch Fragment enthalten`);
  // Plain http only for a provider on this machine outside production (development, tests).
  const insecureOk = !production && LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && insecureOk)) {
    throw new ConfigError(VARIABLE, `${where}.issuer muss mit https:// beginnen`);
  }
  return raw;
}

/**
 * Reads `OIDC_PROVIDERS`: a JSON array of `{ id, name, issuer, clientId, clientSecret, domains,
 * passwordSignIn? }`. Unknown keys, duplicate ids and a domain served by two providers are
 * refused, so a typo stops the start instead of silently leaving password sign-in on.
 */
export function oidcProviders(raw: string | undefined, production: boolean): OidcProviderConfig[] {
  if (raw === undefined || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(VARIABLE, 'ist kein gültiges JSON');
  }
  if (!Array.isArray(parsed)) throw new ConfigError(VARIABLE, 'muss eine JSON-Liste sein');
  const ids = new Set<string>();
  const domainOwners = new Map<string, string>();
  return parsed.map((entry: unknown, index) => {
    const where = `[${index}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new ConfigError(VARIABLE, `${where} muss ein Objekt sein`);
    const record = entry as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
    if (unknown.length > 0) throw new ConfigError(VARIABLE, `${where} hat unbekannte Schlüssel: ${unknown.join(', ')}`);
    const id = text(record, 'id', where, 32);
    if (!ID.test(id)) throw new ConfigError(VARIABLE, `${where}.id darf nur a-z, 0-9 und - enthalten`);
    if (ids.has(id)) throw new ConfigError(VARIABLE, `${where}.id "${id}" kommt doppelt vor`);
    ids.add(id);
    if (!Array.isArray(record.domains) || record.domains.length === 0) {
      throw new ConfigError(VARIABLE, `${where}.domains muss eine nicht leere Liste sein`);
    }
    const domains = record.domains.map((value: unknown) => {
      const domain = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (!DOMAIN.test(domain)) throw new ConfigError(VARIABLE, `${where}.domains enthält "${String(value)}", keinen Domainnamen`);
      const owner = domainOwners.get(domain);
      if (owner) throw new ConfigError(VARIABLE, `${where}.domains: ${domain} gehört schon zu "${owner}"`);
      domainOwners.set(domain, id);
      return domain;
    });
    const passwordSignIn = record.passwordSignIn ?? true;
    if (typeof passwordSignIn !== 'boolean') throw new ConfigError(VARIABLE, `${where}.passwordSignIn muss true oder false sein`);
    return {
      id,
      displayName: text(record, 'name', where, 80),
      issuer: issuer(text(record, 'issuer', where, 500), where, production),
      clientId: text(record, 'clientId', where, 500),
      clientSecret: text(record, 'clientSecret', where, 2000),
      domains,
      passwordSignIn,
    };
  });
}

/** The provider serving the domain of `email`, if any. */
export function providerForEmail(providers: OidcProviderConfig[], email: string): OidcProviderConfig | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return providers.find((provider) => provider.domains.includes(domain));
}
