import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { OidcProviderConfig, oidcProviders } from './oidc-providers';
import { GATEWAY_MAX_HEAP_MB } from '../util/node-flags';

export type NodeEnv = 'development' | 'production' | 'test';

/** Raised when the environment holds a bad value; names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Ungültige Konfiguration: ${variable} ${problem} / Invalid configuration: ${variable}`);
  }
}

/** The validated, typed configuration. Built once at boot by {@link loadConfig}. */
export class AppConfig {
  env!: NodeEnv;
  port!: number;
  /** The address the HTTP listeners bind to (all interfaces by default). */
  host!: string;
  /** Nest's debug and verbose log levels on (the gateway logs log, warn, error and fatal otherwise). */
  logVerbose!: boolean;
  /** V8 old-generation limit of the gateway process that `start` launches, MB (ADR 0034). */
  gatewayMaxHeapMb!: number;
  /** BullMQ key prefix: installations sharing one Redis need distinct ones. */
  queuePrefix?: string;
  /**
   * Notifier only: with a port, the notifier answers `GET /health/live` and `/health/ready` there
   * (a plain HTTP listener for probes, nothing else); without it the notifier has no HTTP.
   */
  notifierHealthPort?: number;
  /**
   * Whose X-Forwarded-For to believe for client addresses: `true` (any peer), `false` (none), or
   * addresses/subnets as proxy-addr reads them. Default `loopback`: the web process and a local
   * reverse proxy name the browser's address; a remote peer cannot.
   */
  trustProxy!: boolean | string;
  publicUrl!: string;
  dataDir!: string;
  databaseUrl?: string;
  /** Apply pending migrations when a process starts (advisory-locked, so concurrent starts are safe). */
  migrateOnStart!: boolean;
  redisUrl?: string;
  smtpUrl?: string;
  /** Parallel SMTP connections of the notifier's pool. */
  smtpPoolSize!: number;
  /**
   * How long a claimed (SENDING) email delivery stays its sender's without renewal; the sender
   * renews every third of it. A claim that ran out marks an email in doubt (ADR 0012).
   */
  emailClaimSeconds!: number;
  mailFrom!: string;
  outboxDir!: string;
  secrets!: { jwt: string; token: string };
  /** Bearer token for GET /metrics; without it /metrics is open in development and absent in production. */
  metricsToken?: string;
  auth!: {
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    invitationTtlDays: number;
    passwordResetTtlMinutes: number;
    loginAttemptsPerMinute: number;
    loginAttemptsPerIpPerMinute: number;
    /** Anonymous membership applications an hour per client address and per applicant email. */
    applicationsPerIpPerHour: number;
    applicationsPerEmailPerHour: number;
    issuer: string;
    audience: string;
  };
  graphql!: { introspection: boolean; maxDepth: number; maxAliases: number; maxCost: number };
  digest!: { timezone: string; dailyHour: number; weeklyDay: number };
  /** The freshness check "Läuft das noch?" (ADR 0028): days between questions and between reminders. */
  freshness!: { intervalDays: number; reminderDays: number };
  /** How long list totals may be reused (0 = count every time). */
  listCountCacheSeconds!: number;
  /**
   * The web application: its port when started alone, and the gateway it talks to. Under
   * `npm start` the web answers on PORT (people and API on one address) and the gateway listens
   * on `PORT + 1` behind it.
   */
  web!: { port: number; gatewayUrl: string };
  /** `start` seeds the demo network into a database without users (never in production). */
  demoOnFreshStart!: boolean;
  /** Single sign-on: the OpenID Connect providers of `OIDC_PROVIDERS` (ADR 0021). */
  sso!: { providers: OidcProviderConfig[] };
  /**
   * Attachments of case studies and events (ADR 0022): limits, the upload URL's lifetime, where
   * the bytes live (a folder under IKONE_DATA_DIR or an S3-compatible bucket) and the optional
   * virus scanner (clamd over TCP).
   */
  attachments!: {
    maxBytes: number;
    perItem: number;
    uploadTtlSeconds: number;
    storage: { kind: 'local'; dir: string } | { kind: 's3'; bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
    clamd?: { host: string; port: number };
  };

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `muss eine ganze Zahl sein (ist "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `muss zwischen ${min} und ${max} liegen (ist ${value})`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, 'muss true oder false sein');
}

function trustProxy(env: Env): boolean | string {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === '') return 'loopback';
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  if (!/^[\w.:/, -]+$/.test(raw)) throw new ConfigError('TRUST_PROXY', 'muss true, false, loopback oder eine Liste von Adressen sein');
  return raw;
}

function host(env: Env): string {
  const raw = env.HOST;
  if (raw === undefined || raw === '') return '0.0.0.0';
  // A host name, an IPv4 or an IPv6 address (as Node's listen() takes them), nothing else.
  if (!/^[\w.:-]{1,253}$/.test(raw)) throw new ConfigError('HOST', 'muss ein Rechnername oder eine IP-Adresse sein');
  return raw;
}

function queuePrefix(env: Env): string | undefined {
  const raw = env.IKONE_QUEUE_PREFIX;
  if (raw === undefined || raw === '') return undefined;
  if (!/^[\w-]{1,64}$/.test(raw)) throw new ConfigError('IKONE_QUEUE_PREFIX', 'darf nur Buchstaben, Ziffern, _ und - enthalten (höchstens 64)');
  return raw;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'ist keine gültige URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `muss mit ${protocols.join(' oder ')} beginnen`);
  }
  return raw;
}

function secret(env: Env, name: string, nodeEnv: NodeEnv, dataDir: string, key: 'jwt' | 'token'): string {
  const raw = env[name];
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError(name, 'muss mindestens 32 Zeichen lang sein');
    return raw;
  }
  if (nodeEnv === 'production') throw new ConfigError(name, 'muss in production gesetzt sein');
  // Development and tests: generate once, keep in the data folder so tokens survive restarts.
  const file = join(dataDir, 'secrets.json');
  const stored: Partial<Record<'jwt' | 'token', string>> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<'jwt' | 'token', string>>)
    : {};
  if (!stored[key]) {
    stored[key] = randomBytes(48).toString('base64url');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored[key];
}

function attachmentStorage(env: Env, dataDir: string): AppConfig['attachments']['storage'] {
  const kind = env.ATTACHMENT_STORAGE || 'local';
  if (kind === 'local') return { kind, dir: join(dataDir, 'attachments') };
  if (kind !== 's3') throw new ConfigError('ATTACHMENT_STORAGE', 'muss local oder s3 sein');
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new ConfigError('S3_BUCKET', 'muss mit ATTACHMENT_STORAGE=s3 gesetzt sein');
  return {
    kind,
    bucket,
    endpoint: url(env, 'S3_ENDPOINT', ['http:', 'https:']),
    region: env.S3_REGION || 'eu-central-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', !!env.S3_ENDPOINT),
  };
}

function clamd(env: Env): { host: string; port: number } | undefined {
  const raw = url(env, 'CLAMD_URL', ['tcp:']);
  if (!raw) return undefined;
  const parsed = new URL(raw);
  if (!parsed.hostname || !parsed.port) throw new ConfigError('CLAMD_URL', 'muss tcp://host:port sein');
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port) };
}

function metricsToken(env: Env): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16) throw new ConfigError('METRICS_TOKEN', 'muss mindestens 16 Zeichen lang sein');
  return raw;
}

/** Reads and validates the environment; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', 'muss development, production oder test sein');
  }
  const rawDataDir = env.IKONE_DATA_DIR || './var';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);
  const port = int(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (nodeEnv === 'production' && !env.PUBLIC_URL) throw new ConfigError('PUBLIC_URL', 'muss in production gesetzt sein');
  const mailFrom = env.MAIL_FROM || 'IKONE <no-reply@ikone.localhost>';
  if (!/^[^<>]*<?[^@\s<>]+@[^@\s<>]+>?$/.test(mailFrom)) throw new ConfigError('MAIL_FROM', 'ist keine gültige Absenderadresse');
  const timezone = env.DIGEST_TIMEZONE || 'Europe/Berlin';
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: timezone });
  } catch {
    throw new ConfigError('DIGEST_TIMEZONE', 'ist keine bekannte Zeitzone');
  }

  const demoOnFreshStart = bool(env, 'IKONE_DEMO', nodeEnv !== 'production');
  // Demo accounts share a published password.
  if (demoOnFreshStart && nodeEnv === 'production') throw new ConfigError('IKONE_DEMO', 'ist in production nicht erlaubt');

  return Object.assign(new AppConfig(), {
    env: nodeEnv,
    port,
    host: host(env),
    logVerbose: bool(env, 'LOG_VERBOSE', false),
    gatewayMaxHeapMb: int(env, 'GATEWAY_MAX_HEAP_MB', GATEWAY_MAX_HEAP_MB, 96, 16384),
    queuePrefix: queuePrefix(env),
    notifierHealthPort: env.NOTIFIER_HEALTH_PORT ? int(env, 'NOTIFIER_HEALTH_PORT', 0, 0, 65535) : undefined,
    trustProxy: trustProxy(env),
    publicUrl,
    dataDir,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    migrateOnStart: bool(env, 'MIGRATE_ON_START', true),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpPoolSize: int(env, 'SMTP_POOL_SIZE', 16, 1, 100),
    emailClaimSeconds: int(env, 'EMAIL_CLAIM_SECONDS', 30, 3, 3600),
    mailFrom,
    outboxDir: join(dataDir, 'outbox'),
    secrets: {
      jwt: secret(env, 'JWT_SECRET', nodeEnv, dataDir, 'jwt'),
      token: secret(env, 'TOKEN_SECRET', nodeEnv, dataDir, 'token'),
    },
    metricsToken: metricsToken(env),
    auth: {
      accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 900),
      refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
      invitationTtlDays: 7,
      passwordResetTtlMinutes: 60,
      loginAttemptsPerMinute: int(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 6, 1, 1000),
      // Higher than per account: a whole town hall may sign in from one address.
      loginAttemptsPerIpPerMinute: int(env, 'LOGIN_ATTEMPTS_PER_IP_PER_MINUTE', 30, 1, 10000),
      // A county may apply for several municipalities from one address; an applicant rarely needs more than a retry.
      applicationsPerIpPerHour: int(env, 'APPLICATIONS_PER_IP_PER_HOUR', 10, 1, 10000),
      applicationsPerEmailPerHour: int(env, 'APPLICATIONS_PER_EMAIL_PER_HOUR', 3, 1, 1000),
      issuer: 'ikone',
      audience: 'ikone-api',
    },
    graphql: {
      introspection: nodeEnv !== 'production',
      maxDepth: 8,
      maxAliases: 15,
      maxCost: int(env, 'GRAPHQL_MAX_COST', 5000, 100, 1_000_000),
    },
    listCountCacheSeconds: int(env, 'LIST_COUNT_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 5, 0, 3600),
    web: {
      port: int(env, 'WEB_PORT', port === 0 ? 0 : Math.min(port + 100, 65535), 0, 65535),
      gatewayUrl: (url(env, 'GATEWAY_URL', ['http:', 'https:']) ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    },
    demoOnFreshStart,
    sso: { providers: oidcProviders(env.OIDC_PROVIDERS, nodeEnv === 'production') },
    attachments: {
      maxBytes: int(env, 'ATTACHMENT_MAX_MB', 20, 1, 1024) * 1_048_576,
      perItem: int(env, 'ATTACHMENTS_PER_ITEM', 20, 1, 1000),
      uploadTtlSeconds: int(env, 'ATTACHMENT_UPLOAD_TTL_SECONDS', 600, 10, 86_400),
      storage: attachmentStorage(env, dataDir),
      clamd: clamd(env),
    },
    digest: {
      timezone,
      dailyHour: int(env, 'DIGEST_HOUR', 7, 0, 23),
      weeklyDay: int(env, 'DIGEST_WEEKDAY', 1, 0, 6),
    },
    freshness: {
      intervalDays: int(env, 'FRESHNESS_INTERVAL_DAYS', 365, 1, 3660),
      reminderDays: int(env, 'FRESHNESS_REMINDER_DAYS', 14, 1, 365),
    },
  });
}

/** For process entry points: the config, or exit 1 with the message naming the bad variable. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
