import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The upload URL's token: `<attachment id>.<expiry, unix seconds>.<HMAC-SHA256>`, keyed with the
 * token secret under its own label (so no other token of the platform verifies as one). Single
 * use is enforced by the row, not by the token: the first upload moves it out of AWAITING_UPLOAD.
 */
export class UploadTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('ikone:attachment-upload:v1').digest();
  }

  sign(attachmentId: string, expiresAt: Date): string {
    const body = `${attachmentId}.${Math.floor(expiresAt.getTime() / 1000)}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The attachment id and expiry, or null when the token was not made by us (or was changed). */
  verify(token: string): { attachmentId: string; expiresAt: Date } | null {
    const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const expected = Buffer.from(this.mac(`${match[1]}.${match[2]}`));
    const given = Buffer.from(match[3]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { attachmentId: match[1], expiresAt: new Date(Number(match[2]) * 1000) };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
