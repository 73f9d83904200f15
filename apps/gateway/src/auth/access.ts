import { SetMetadata } from '@nestjs/common';
import type { Role } from '@ikone/membership';

export const ACCESS = 'ikone:access';

/** Who may call an operation at all: everyone, or signed-in accounts (of the given roles only). */
export type Access = 'PUBLIC' | { roles: Role[] };

/** The operation is open to anonymous callers; the service decides what they may see. */
export const Public = () => SetMetadata(ACCESS, 'PUBLIC' satisfies Access);

/**
 * The operation needs a signed-in account, with one of `roles` if given. Checked by the
 * {@link AccessGuard} before any argument is validated; the service still applies the full rules
 * (ownership, municipality status) — this only refuses callers who could never be allowed.
 */
export const SignedIn = (...roles: Role[]) => SetMetadata(ACCESS, { roles } satisfies Access);
