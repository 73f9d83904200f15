import { Injectable } from '@nestjs/common';
import { hash, verify, argon2id } from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { MembershipError } from '../membership.error';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** argon2id with OWASP's minimum (19 MiB, t=2, p=1). */
const HASH_OPTIONS = { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Hashes, verifies and vets passwords. */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  /** Throws BAD_USER_INPUT naming `field` when the password is too short, too long or too common. */
  check(password: string, field = 'password'): void {
    if (password.length < PASSWORD_MIN) throw new MembershipError('PASSWORD_TOO_SHORT', field);
    if (password.length > PASSWORD_MAX) throw new MembershipError('PASSWORD_TOO_LONG', field);
    const folded = password.toLowerCase();
    if (commonPasswords().has(folded) || /^(.)\1+$/.test(password) || /^(0123456789|123456789|12345678)/.test(password)) {
      throw new MembershipError('PASSWORD_COMMON', field);
    }
  }

  hash(password: string): Promise<string> {
    return hash(password, HASH_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      // Same work as a real check, so an unknown account cannot be told apart by timing.
      this.dummyHash ??= this.hash('ikone-timing-equaliser');
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
