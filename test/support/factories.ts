import type { INestApplicationContext } from '@nestjs/common';
import type { Actor, MunicipalityEntity, PartnerKind, PartnerOrganisationEntity, Role, UserEntity } from '@ikone/membership';
import * as membership from '@ikone/membership/testing';

/**
 * The end-to-end tests' shapes of the factories of `@ikone/membership/testing`, which make
 * everything through the domain's own services (docs/testing.md).
 */
export const TEST_PASSWORD = membership.FACTORY_PASSWORD;

/** An ACTIVE member municipality from the directory (Kaiserslautern, Rhineland-Palatinate, by default). */
export async function makeMunicipality(app: INestApplicationContext, ags = '07312000'): Promise<MunicipalityEntity> {
  return membership.makeMunicipality(app, { ags });
}

/** A signed-in user with {@link TEST_PASSWORD}, of no municipality unless one is given; returns the entity and a fresh access token. */
export async function makeUser(
  app: INestApplicationContext,
  options: { role?: Role; municipality?: MunicipalityEntity | null; email?: string; displayName?: string } = {},
): Promise<{ user: UserEntity; actor: Actor; token: string; refreshToken: string; email: string }> {
  const made = await membership.makeUser(app, { ...options, municipality: options.municipality ?? null });
  return { user: made.user, actor: made.actor, token: made.session.accessToken, refreshToken: made.session.refreshToken, email: made.email };
}

/** An ACTIVE partner organisation and its first partner officer, signed in (ADR 0024). */
export async function makePartner(
  app: INestApplicationContext,
  coordinator: Actor,
  options: { name?: string; kind?: PartnerKind } = {},
): Promise<{ partner: PartnerOrganisationEntity; officer: { id: string; token: string; email: string } }> {
  const { partner, officer } = await membership.makePartner(app, coordinator, options);
  return { partner, officer: { id: officer.user.id, token: officer.session.accessToken, email: officer.email } };
}

/** The actor behind an access token, for calling services directly as that person. */
export async function actorOf(app: INestApplicationContext, token: string): Promise<Actor> {
  return (await membership.actorOf(app, token))!;
}
