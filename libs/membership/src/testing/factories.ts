import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@ikone/audit';
import type { Actor } from '../actor';
import type { MunicipalityEntity } from '../entities/municipality.entity';
import { PartnerKind, PartnerOrganisationEntity } from '../entities/partner-organisation.entity';
import type { Role, UserEntity } from '../entities/user.entity';
import { AuthService, Session } from '../services/auth.service';
import { InvitationService } from '../services/invitation.service';
import { MembershipApplicationService } from '../services/membership-application.service';
import { ProvisioningService } from '../services/provisioning.service';
import { TokenCodec } from '../services/token-codec';

/** The password every factory-made account has. */
export const FACTORY_PASSWORD = 'Kaiserslautern-2026!';

/**
 * Bavarian cities of the directory, handed out in turn by {@link makeMunicipality}; tests that
 * need a particular municipality name its AGS (those of Rhineland-Palatinate stay free for that).
 */
const CITIES = [
  '09161000', '09162000', '09163000', '09261000', '09262000', '09263000', '09361000', '09362000', '09363000', '09461000',
  '09462000', '09463000', '09464000', '09561000', '09562000', '09563000', '09564000', '09565000', '09661000', '09662000',
] as const;
let city = 0;

let counter = 0;
const next = (): number => (counter += 1);

/**
 * An ACTIVE member municipality, made the way the coordination office adds one
 * (`ProvisioningService.ensureMember`). Without `ags`, the next city of a short list, so two
 * calls in one database give two municipalities (up to 20).
 */
export async function makeMunicipality(app: INestApplicationContext, options: { ags?: string } = {}): Promise<MunicipalityEntity> {
  const ags = options.ags ?? CITIES[city++ % CITIES.length];
  return app.get(ProvisioningService).ensureMember(ags);
}

export interface MadeUser {
  user: UserEntity;
  /** The person as the services see them when they are signed in. */
  actor: Actor;
  email: string;
  password: string;
  session: Session;
}

/**
 * An account with a known password, signed in: `ProvisioningService.createUser`, then
 * `AuthService.login`. An OFFICER or MEMBER without a municipality gets a new one.
 */
export async function makeUser(
  app: INestApplicationContext,
  options: { role?: Role; municipality?: MunicipalityEntity | null; email?: string; displayName?: string } = {},
): Promise<MadeUser> {
  const n = next();
  const role = options.role ?? 'MEMBER';
  const municipality = options.municipality !== undefined ? options.municipality : role === 'COORDINATOR' ? null : await makeMunicipality(app);
  const email = options.email ?? `person${n}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await app.get(ProvisioningService).createUser({
    email,
    displayName: options.displayName ?? `Testperson ${n}`,
    password: FACTORY_PASSWORD,
    role,
    municipalityId: municipality?.id ?? null,
  });
  // A different client address each time, so the login limit per address never trips.
  const session = await app.get(AuthService).login(email, FACTORY_PASSWORD, `10.9.${Math.floor(n / 250) % 250}.${n % 250}`);
  const actor = await actorOf(app, session.accessToken);
  if (!actor) throw new Error(`makeUser: ${email} could not sign in`);
  return { user, actor, email, password: FACTORY_PASSWORD, session };
}

/**
 * An ACTIVE partner organisation the way one becomes one (ADR 0024): it applies
 * (`MembershipApplicationService.apply`), `coordinator` approves, and the applicant accepts the
 * invitation (`InvitationService.accept`) and is its first partner officer, signed in. The
 * invitation is the one the approval names in the audit log (`AuditService.list`), the record the
 * coordination office reads; its token is the one of the link in the invitation email.
 */
export async function makePartner(
  app: INestApplicationContext,
  coordinator: Actor,
  options: { name?: string; kind?: PartnerKind } = {},
): Promise<{ partner: PartnerOrganisationEntity; officer: MadeUser }> {
  const n = next();
  const email = `partner${n}-${randomUUID().slice(0, 8)}@example.org`;
  const displayName = `Partnerbeauftragte ${n}`;
  const applications = app.get(MembershipApplicationService);
  const application = await applications.apply(
    {
      partner: { name: options.name ?? `Partner ${n} ${randomUUID().slice(0, 6)}`, kind: options.kind ?? 'UNIVERSITY', state: 'RP' },
      applicantName: displayName,
      applicantEmail: email,
      motivation: 'Forschung trifft Verwaltung',
    },
    randomUUID(),
  );
  await applications.decide(coordinator, application.id, true, null);
  const { items } = await app.get(AuditService).list({ action: 'membership.approved', subjectType: 'MembershipApplication', subjectId: application.id }, { first: 1 });
  const invitationId = items[0]?.details.invitationId;
  if (typeof invitationId !== 'string') throw new Error(`makePartner: the approval of ${application.id} names no invitation`);
  const session = await app.get(InvitationService).accept({ token: app.get(TokenCodec).encode('invitation', invitationId), displayName, password: FACTORY_PASSWORD });
  const actor = await actorOf(app, session.accessToken);
  if (!actor) throw new Error(`makePartner: ${email} could not sign in`);
  const partner = await app.get(DataSource).getRepository(PartnerOrganisationEntity).findOneByOrFail({ id: application.partnerId! });
  return { partner, officer: { user: session.user, actor, email, password: FACTORY_PASSWORD, session } };
}

/** The actor behind an access token, as the gateway resolves it on each request; null once it stopped working. */
export async function actorOf(app: INestApplicationContext, accessToken: string): Promise<Actor | null> {
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
  return app.get(AuthService).resolveActor(claims);
}
