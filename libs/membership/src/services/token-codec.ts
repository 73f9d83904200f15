import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@ikone/platform';

export type TokenPurpose = 'invitation' | 'password-reset' | 'unsubscribe' | 'email-consent' | 'freshness';

/**
 * Single-use links carry `<id>.<hmac(purpose, id)>`. The database keeps only the id, so a
 * copy of it is not enough to accept an invitation or reset a password; the notifier can
 * rebuild the link from the id when it writes the email.
 */
@Injectable()
export class TokenCodec {
  constructor(private readonly config: AppConfig) {}

  encode(purpose: TokenPurpose, id: string): string {
    return `${id}.${this.mac(purpose, id)}`;
  }

  /** The id inside a well-formed, authentic token, else null. */
  decode(purpose: TokenPurpose, token: string): string | null {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const expected = Buffer.from(this.mac(purpose, match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
  }

  private mac(purpose: TokenPurpose, id: string): string {
    return createHmac('sha256', this.config.secrets.token).update(`${purpose}:${id}`).digest('base64url');
  }
}
