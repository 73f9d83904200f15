import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Actor,
  AuthService,
  InvitationService,
  MembershipApplicationService,
  MunicipalityEntity,
  PartnerKind,
  PartnerOrganisationEntity,
  ProvisioningService,
  Role,
  TokenCodec,
  UserEntity,
} from '@ikone/membership';

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

/**
 * An ACTIVE partner organisation the way one becomes one: it applies, a coordinator approves,
 * the applicant accepts the invitation and is its first partner officer (ADR 0024).
 */
export async function makePartner(
  app: INestApplicationContext,
  coordinator: Actor,
  options: { name?: string; kind?: PartnerKind } = {},
): Promise<{ partner: PartnerOrganisationEntity; officer: { id: string; token: string; email: string } }> {
  counter += 1;
  const email = `partner${counter}-${randomUUID().slice(0, 8)}@example.org`;
  const applications = app.get(MembershipApplicationService);
  const application = await applications.apply(
    {
      partner: { name: options.name ?? `Partner ${counter} ${randomUUID().slice(0, 6)}`, kind: options.kind ?? 'UNIVERSITY', state: 'RP' },
      applicantName: `Partnerbeauftragte ${counter}`,
      applicantEmail: email,
      motivation: 'Forschung trifft Verwaltung',
    },
    randomUUID(),
  );
  await applications.decide(coordinator, application.id, true, null);
  const [invitation] = await app.get(DataSource).query(`select id from invitation where email = $1 and accepted_at is null`, [email]);
  const session = await app.get(InvitationService).accept({
    token: app.get(TokenCodec).encode('invitation', invitation.id),
    displayName: `Partnerbeauftragte ${counter}`,
    password: TEST_PASSWORD,
  });
  const partner = (await app.get(DataSource).getRepository(PartnerOrganisationEntity).findOneByOrFail({ id: application.partnerId! }));
  return { partner, officer: { id: session.user.id, token: session.accessToken, email } };
}

/** The actor behind an access token, for calling services directly as that person. */
export async function actorOf(app: INestApplicationContext, token: string): Promise<Actor> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  return (await app.get(AuthService).resolveActor(claims))!;
}
