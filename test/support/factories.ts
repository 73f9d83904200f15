import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AuthService, MunicipalityEntity, ProvisioningService, Role, UserEntity } from '@ikone/membership';

export const TEST_PASSWORD = 'Kaiserslautern-2026!';

let counter = 0;

/** An ACTIVE member municipality from the directory (Rhineland-Palatinate by default). */
export async function makeMunicipality(app: INestApplicationContext, ags = '07312000'): Promise<MunicipalityEntity> {
  return app.get(ProvisioningService).ensureMember(ags);
}

/** A user with a known password; returns the entity and a fresh access token. */
export async function makeUser(
  app: INestApplicationContext,
  options: { role?: Role; municipality?: MunicipalityEntity | null; email?: string; displayName?: string } = {},
): Promise<{ user: UserEntity; token: string; refreshToken: string; email: string }> {
  counter += 1;
  const email = options.email ?? `person${counter}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await app.get(ProvisioningService).createUser({
    email,
    displayName: options.displayName ?? `Testperson ${counter}`,
    password: TEST_PASSWORD,
    role: options.role ?? 'MEMBER',
    municipalityId: options.municipality?.id ?? null,
  });
  const session = await app.get(AuthService).login(email, TEST_PASSWORD, `10.0.${counter % 250}.${counter % 250}`);
  return { user, token: session.accessToken, refreshToken: session.refreshToken, email };
}
