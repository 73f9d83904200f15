import type { TypedDocumentString } from '../graphql/generated/graphql';

/** One error of the API, as the gateway formats it (SPEC §4). */
export interface ApiError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    messageEn?: string;
    field?: string;
    fields?: Array<{ path: string; message: string; messageEn: string }>;
    errorId?: string;
    /** The domain's reason (`SSO_UNKNOWN_EMAIL`, …) where one code covers several. */
    reason?: string;
  };
}

export interface ApiResult<R> {
  data: R | null;
  errors: ApiError[];
}

export interface ApiCall {
  /** Bearer token of the signed-in person, if any. */
  token?: string;
  /** The browser's address, so the gateway's per-address limits see people, not the web process. */
  clientIp?: string;
  locale?: string;
}

/** Raised when the gateway cannot be reached or answers something that is not GraphQL. */
export class GatewayUnavailableError extends Error {}

/**
 * The web's only way to the platform: the public GraphQL endpoint (server side only; tokens
 * never reach the browser).
 */
export class ApiClient {
  constructor(private readonly gatewayUrl: string) {}

  async request<R, V>(document: TypedDocumentString<R, V>, variables: V, call: ApiCall = {}): Promise<ApiResult<R>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.clientIp) headers['x-forwarded-for'] = call.clientIp;
    if (call.locale) headers['accept-language'] = call.locale;
    let response: Response;
    try {
      response = await fetch(`${this.gatewayUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new GatewayUnavailableError(`gateway unreachable: ${(error as Error).message}`);
    }
    let body: { data?: R | null; errors?: ApiError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GatewayUnavailableError(`gateway answered ${response.status} without GraphQL`);
    }
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  /** GET of a plain HTTP endpoint of the gateway (iCal, CSV, export), with the person's token. */
  async fetchRaw(path: string, call: ApiCall = {}): Promise<Response> {
    const headers: Record<string, string> = {};
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.clientIp) headers['x-forwarded-for'] = call.clientIp;
    return fetch(`${this.gatewayUrl}${path}`, { headers, signal: AbortSignal.timeout(15_000) });
  }

  /**
   * PUT of a file to an upload URL the API handed out (its path on the gateway; the token in the
   * path is the authorization). The bytes go server to server: the browser never sees the URL.
   */
  async upload(path: string, bytes: Buffer, call: ApiCall = {}): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (call.clientIp) headers['x-forwarded-for'] = call.clientIp;
    return fetch(`${this.gatewayUrl}${path}`, { method: 'PUT', headers, body: new Uint8Array(bytes), signal: AbortSignal.timeout(120_000) });
  }
}

/** The first error with this code, if any. */
export function errorWithCode(errors: ApiError[], code: string): ApiError | undefined {
  return errors.find((e) => e.extensions?.code === code);
}
