import { randomUUID } from 'node:crypto';
import { Actor, MunicipalityEntity, MunicipalityService, Role, UserService } from '@ikone/membership';
import { makeMunicipality, makeUser } from './factories';
import type { GqlResponse, TestGateway } from './gateway';
import { snapshot } from './snapshot';

/**
 * Authorization matrices (SPEC §6, ADR 0017): a table of (operation, role) → the one answer
 * expected. An allowed cell reads back through the API what the operation changed or answered;
 * a refused cell answers exactly one error with the stated code and changes no table.
 */

/** The columns of every matrix, in this order. */
export const ROLES = ['anonymous', 'member', 'officerA', 'officerB', 'officerS', 'coordinator', 'disabled'] as const;
export type RoleName = (typeof ROLES)[number];
export type SignedInRole = Exclude<RoleName, 'anonymous'>;

/** What a cell answers: OK, or the one error code (ADR 0017 says which code when). */
export type Answer = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';
export const OK = 'OK';
/** Anonymous callers of a signed-in operation, and tokens that stopped working (a disabled account). */
export const UNAUTH = 'UNAUTHENTICATED';
/** A signed-in caller whose role may never do it, or who may not do it to an item they can see. */
export const FORBID = 'FORBIDDEN';
/** The item is invisible to the caller: answered as if it did not exist. */
export const HIDDEN = 'NOT_FOUND';

/** One answer per column of {@link ROLES}. */
export type Answers = readonly [
  anonymous: Answer, member: Answer, officerA: Answer, officerB: Answer, officerS: Answer, coordinator: Answer, disabled: Answer,
];

export interface Cell<S> {
  variables?: Record<string, unknown>;
  /** Overrides the role's token, for cells that use an account or a session up. */
  token?: string;
  /** Whatever `then` needs to find the change again. */
  state: S;
}

export interface Row<D, S> {
  name: string;
  document: string;
  answers: Answers;
  setup: (role: RoleName) => Promise<Cell<S>>;
  /** For allowed cells (a row with one must have it): what the operation answered, and the change read back through the API. */
  then?: (data: D, state: S, role: RoleName) => Promise<void> | void;
}

/** Keeps `D` (the answer's shape) and `S` (the setup's state) for each row of a heterogeneous table. */
export function row<D, S = void>(r: Row<D, S>): Row<unknown, unknown> {
  return r as Row<unknown, unknown>;
}

/** A person of the cast: their account and a working access token. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  token: string;
  actor: Actor;
}

/**
 * The people of every matrix: a member and an officer of municipality A, an officer of B, an
 * officer of S (a suspended member: reads like any member, writes nothing), a coordinator
 * without a municipality, and an officer of A whose account was disabled (their token no longer
 * works).
 */
export class Cast {
  readonly people = {} as Record<SignedInRole, Person>;
  a!: MunicipalityEntity;
  b!: MunicipalityEntity;
  s!: MunicipalityEntity;

  constructor(readonly gw: TestGateway) {}

  static async assemble(gw: TestGateway, agsA: string, agsB: string, agsS = '07111000'): Promise<Cast> {
    const cast = new Cast(gw);
    cast.a = await makeMunicipality(gw.app, agsA);
    cast.b = await makeMunicipality(gw.app, agsB);
    cast.s = await makeMunicipality(gw.app, agsS);
    for (const role of ['member', 'officerA', 'officerB', 'officerS', 'coordinator', 'disabled'] as const) cast.people[role] = await cast.another(role);
    await gw.app.get(UserService).disable(cast.people.coordinator.actor, cast.people.disabled.id);
    await gw.app.get(MunicipalityService).suspend(cast.people.coordinator.actor, cast.s.id, 'Mitgliedsbeitrag offen');
    return cast;
  }

  /** A new account like the role's (same role and municipality), for cells that use one up. */
  async another(role: SignedInRole): Promise<Person> {
    const [kind, municipality] = this.profile(role);
    const made = await makeUser(this.gw.app, { role: kind, municipality });
    return { id: made.user.id, email: made.email, displayName: made.user.displayName, token: made.token, actor: made.actor };
  }

  token(role: RoleName): string | undefined {
    return role === 'anonymous' ? undefined : this.people[role].token;
  }

  /** Runs a query as `role` (a coordinator by default) that must succeed, and returns its data. */
  async read<D>(query: string, variables: Record<string, unknown> = {}, role: RoleName = 'coordinator'): Promise<D> {
    const res = await this.gw.gql<D>(query, variables, this.token(role));
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  private profile(role: SignedInRole): [Role, MunicipalityEntity | null] {
    switch (role) {
      case 'member': return ['MEMBER', this.a];
      case 'officerA': return ['OFFICER', this.a];
      case 'officerB': return ['OFFICER', this.b];
      case 'officerS': return ['OFFICER', this.s];
      case 'coordinator': return ['COORDINATOR', null];
      case 'disabled': return ['OFFICER', this.a];
    }
  }
}

/** The cells of a table for `it.each`: one per row and role, named by the answer it expects. */
export function cells(rows: Array<Row<unknown, unknown>>): Array<{ name: string; role: RoleName; answer: Answer; row: Row<unknown, unknown> }> {
  return rows.flatMap((r) => ROLES.map((role, i) => ({ name: r.name, role, answer: r.answers[i], row: r })));
}

/** The error codes of an answer, `[]` when it has none. */
export function codes(res: GqlResponse<unknown>): unknown[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Runs one cell: sets it up, calls the operation as the role and checks the one answer — for
 * OK the row's `then`, for a refusal the code and that none of `tables` changed.
 */
export async function runCell(cast: Cast, r: Row<unknown, unknown>, role: RoleName, answer: Answer, tables: string[]): Promise<void> {
  const cell = await r.setup(role);
  const before = await snapshot(cast.gw.db, tables);
  // Each cell its own client address, so per-address limits of one cell do not refuse the next.
  const res = await cast.gw.gql(r.document, cell.variables ?? {}, cell.token ?? cast.token(role), { 'x-forwarded-for': randomUUID() });
  if (answer === OK) {
    expect(res.errors).toBeUndefined();
    if (!r.then) throw new Error(`${r.name}: an allowed cell needs a \`then\` that reads the change back`);
    await r.then(res.data, cell.state, role);
    return;
  }
  expect(codes(res)).toEqual([answer]);
  // Nothing answered where the error is (the whole field, or the one nested field refused).
  const refused = (res.errors![0].path ?? []).reduce<unknown>((at, key) => (at as Record<string | number, unknown> | null | undefined)?.[key], res.data);
  expect(refused ?? null).toBeNull();
  expect(await snapshot(cast.gw.db, tables)).toEqual(before);
}

/** Rows whose setup needs nothing. */
export const nothing = async (): Promise<Cell<void>> => ({ state: undefined });
