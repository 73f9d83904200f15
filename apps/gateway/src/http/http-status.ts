import type { ApiErrorCode } from '@ikone/platform';

/** The HTTP status of each API error code, for the plain HTTP endpoints. */
export const HTTP_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
} as const satisfies Record<Exclude<ApiErrorCode, 'INTERNAL'>, number>;
