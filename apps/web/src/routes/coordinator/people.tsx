import { CsrfField, FieldErrors, fieldErrors, SelectField, SubmitButton, TextField } from '../../components/form';
import { labels } from '../../components/labels';
import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import type { Role, UserStatus } from '../../graphql/generated/graphql';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Alle Konten der Plattform. Eine gesperrte Person kann sich nicht mehr anmelden; ihre Sitzungen enden sofort.',
    search: 'Name oder E-Mail-Adresse',
    role: 'Rolle',
    anyRole: 'Alle Rollen',
    status: 'Status',
    status_ACTIVE: 'Aktiv',
    status_DISABLED: 'Gesperrt',
    status_DELETED: 'Gelöscht',
    caption: 'Konten ({count, plural, one {# Konto} other {# Konten}})',
    name: 'Name',
    email: 'E-Mail-Adresse',
    municipality: 'Kommune',
    lastLogin: 'Zuletzt angemeldet',
    never: 'nie',
    actions: 'Aktionen',
    roleOf: 'Rolle von {name}',
    changeRole: 'Rolle ändern',
    confirmDisable: 'Sperren von {name} bestätigen',
    disable: 'Konto sperren',
    confirmRequired: 'Bitte bestätigen Sie das Sperren mit dem Häkchen.',
    roleChanged: '{name} hat jetzt die Rolle {role}.',
    disabled: 'Das Konto von {name} ist gesperrt.',
    auditLink: 'Protokoll',
    auditOf: 'Protokoll der Handlungen von {name}',
    inviteTitle: 'Person einladen',
    inviteIntro: 'Die Koordinierungsstelle lädt jede Person in jede Rolle ein. Die Einladung gilt 7 Tage und einmal.',
    inviteEmail: 'E-Mail-Adresse',
    inviteRole: 'Rolle',
    inviteMunicipality: 'Kommune',
    noMunicipality: 'Keine Kommune (Koordinierungsstelle, Partner)',
    municipalityHint: 'Digitalbeauftragte brauchen eine Kommune.',
    inviteLocale: 'Sprache der Einladung',
    german: 'Deutsch',
    english: 'Englisch',
    send: 'Einladung senden',
    emailRequired: 'Bitte geben Sie eine E-Mail-Adresse ein.',
    invited: 'Die Einladung an {email} ist unterwegs.',
  },
  {
    intro: 'All accounts of the platform. A disabled person cannot sign in any more; their sessions end at once.',
    search: 'Name or email address',
    role: 'Role',
    anyRole: 'All roles',
    status: 'Status',
    status_ACTIVE: 'Active',
    status_DISABLED: 'Disabled',
    status_DELETED: 'Deleted',
    caption: 'Accounts ({count, plural, one {# account} other {# accounts}})',
    name: 'Name',
    email: 'Email address',
    municipality: 'Municipality',
    lastLogin: 'Last signed in',
    never: 'never',
    actions: 'Actions',
    roleOf: 'Role of {name}',
    changeRole: 'Change role',
    confirmDisable: 'Confirm disabling {name}',
    disable: 'Disable account',
    confirmRequired: 'Please confirm disabling with the tick box.',
    roleChanged: '{name} now has the role {role}.',
    disabled: 'The account of {name} is disabled.',
    auditLink: 'Audit log',
    auditOf: 'Audit log of the actions of {name}',
    inviteTitle: 'Invite a person',
    inviteIntro: 'The coordination office invites anyone into any role. The invitation is valid for 7 days and once.',
    inviteEmail: 'Email address',
    inviteRole: 'Role',
    inviteMunicipality: 'Municipality',
    noMunicipality: 'No municipality (coordination office, partners)',
    municipalityHint: 'Digital officers need a municipality.',
    inviteLocale: 'Language of the invitation',
    german: 'German',
    english: 'English',
    send: 'Send invitation',
    emailRequired: 'Please enter an email address.',
    invited: 'The invitation to {email} is on its way.',
  },
);
type Key = keyof typeof m.de;
const ROLES = ['MEMBER', 'OFFICER', 'COORDINATOR'] as const;
const USER_STATUSES = ['ACTIVE', 'DISABLED', 'DELETED'] as const;

const UsersQuery = graphql(`
  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {
    users(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }
    }
  }
`);

const SetRoleMutation = graphql(`
  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }
`);
const DisableMutation = graphql(`
  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }
`);

const InviteOptionsQuery = graphql(`
  query WebInviteOptions {
    municipalities(first: 100) { edges { node { id name } } }
  }
`);
const InviteMutation = graphql(`
  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }
`);

async function list(ctx: WebContext, errors: FieldErrors = {}): Promise<Outcome> {
  const viewer = await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const l = translator(labels, ctx.locale);
  const search = ctx.query('suche')?.trim() ?? '';
  const roleRaw = ctx.query('rolle') ?? '';
  const role = (ROLES as readonly string[]).includes(roleRaw) ? (roleRaw as Role) : null;
  const statusRaw = ctx.query('status') ?? 'ACTIVE';
  const status = (USER_STATUSES as readonly string[]).includes(statusRaw) ? (statusRaw as UserStatus) : 'ACTIVE';
  const filter = { ...(search ? { search } : {}), ...(role ? { role } : {}), status };
  const data = await ctx.load(UsersQuery, { filter, after: ctx.query('nach') ?? null });
  const users = data.users;
  const roleOptions = ROLES.map((r) => ({ value: r, label: l(`role_${r}`) }));
  return coordinatorPage(
    ctx,
    s('people'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <p><a class="kern-link" href="/koordination/einladen">{t('inviteTitle')}</a></p>
      <form method="get" action="/koordination/personen" class="ik-filters" role="search" aria-label={s('filter')} noValidate>
        <TextField name="suche" type="search" label={t('search')} value={search} locale={ctx.locale} />
        <SelectField name="rolle" label={t('role')} value={role ?? ''} required options={[{ value: '', label: t('anyRole') }, ...roleOptions]} locale={ctx.locale} />
        <SelectField name="status" label={t('status')} value={status} required options={USER_STATUSES.map((v) => ({ value: v, label: t(`status_${v}` as Key) }))} locale={ctx.locale} />
        <div class="ik-actions"><SubmitButton variant="secondary">{s('filter')}</SubmitButton></div>
      </form>
      <Table
        captionId="personen-titel"
        caption={t('caption', { count: users.totalCount })}
        columns={[{ label: t('name') }, { label: t('email') }, { label: t('role') }, { label: t('municipality') }, { label: t('status') }, { label: t('lastLogin') }, { label: t('actions') }]}
        rows={users.edges.map(({ node }) => {
          const self = node.id === viewer.id;
          const editable = node.status === 'ACTIVE' && !self;
          return [
            node.displayName,
            node.email,
            l(`role_${node.role}`),
            node.municipality?.name ?? s('none'),
            t(`status_${node.status}` as Key),
            node.lastLoginAt ? formatDateTime(ctx.locale, node.lastLoginAt) : t('never'),
            <div class="ik-stack">
              {editable ? (
                <>
                  <form method="post" action={`/koordination/personen/${node.id}/rolle`} class="ik-row-form">
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="name" value={node.displayName} />
                    <SelectField name={`rolle-${node.id}`} label={t('roleOf', { name: node.displayName })} value={node.role} required options={roleOptions} locale={ctx.locale} />
                    <SubmitButton variant="secondary">{t('changeRole')}</SubmitButton>
                  </form>
                  <form method="post" action={`/koordination/personen/${node.id}/sperren`} class="ik-row-form">
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="name" value={node.displayName} />
                    <div class={`kern-form-check${errors[`bestaetigt-${node.id}`] ? ' kern-form-check--error' : ''}`}>
                      <input class="kern-form-check__checkbox" type="checkbox" id={`feld-bestaetigt-${node.id}`} name={`bestaetigt-${node.id}`} value="ja" />
                      <label class="kern-label" for={`feld-bestaetigt-${node.id}`}>{t('confirmDisable', { name: node.displayName })}</label>
                    </div>
                    <SubmitButton variant="tertiary">{t('disable')}</SubmitButton>
                  </form>
                </>
              ) : null}
              <a class="kern-link" href={`/koordination/protokoll?person=${encodeURIComponent(node.id)}`} aria-label={t('auditOf', { name: node.displayName })}>
                {t('auditLink')}
              </a>
            </div>,
          ];
        })}
      />
      <Pagination locale={ctx.locale} basePath="/koordination/personen" params={searchParams(ctx)} endCursor={users.pageInfo.endCursor} hasNextPage={users.pageInfo.hasNextPage} />
    </>,
    errors,
  );
}

async function setRole(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const id = param(ctx, 'id');
  const raw = ctx.field(`rolle-${id}`);
  if (!(ROLES as readonly string[]).includes(raw)) return list(ctx, { [`rolle-${id}`]: t('role') });
  const result = await ctx.api(SetRoleMutation, { id, role: raw as Role });
  const user = result.data?.setUserRole;
  if (!user) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { role: `rolle-${id}`, id: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/personen', t('roleChanged', { name: user.displayName, role: l(`role_${user.role}`) }));
}

async function disable(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const id = param(ctx, 'id');
  if (ctx.field(`bestaetigt-${id}`) !== 'ja') return list(ctx, { [`bestaetigt-${id}`]: t('confirmRequired') });
  const result = await ctx.api(DisableMutation, { id });
  const user = result.data?.disableUser;
  if (!user) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { id: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/personen', t('disabled', { name: user.displayName }));
}

interface InviteValues {
  email: string;
  rolle: string;
  kommune: string;
  sprache: string;
}

async function inviteForm(ctx: WebContext, values: InviteValues = { email: '', rolle: 'MEMBER', kommune: '', sprache: 'de' }, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const data = await ctx.load(InviteOptionsQuery, {});
  const page = coordinatorPage(
    ctx,
    t('inviteTitle'),
    <div class="ik-form">
      <p class="kern-body">{t('inviteIntro')}</p>
      <form method="post" action="/koordination/einladen" class="ik-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="email" type="email" label={t('inviteEmail')} value={values.email} autocomplete="off" required error={errors.email} locale={ctx.locale} />
        <SelectField name="rolle" label={t('inviteRole')} value={values.rolle} required error={errors.rolle} options={ROLES.map((r) => ({ value: r, label: l(`role_${r}`) }))} locale={ctx.locale} />
        <SelectField
          name="kommune"
          label={t('inviteMunicipality')}
          hint={t('municipalityHint')}
          value={values.kommune}
          required
          error={errors.kommune}
          options={[{ value: '', label: t('noMunicipality') }, ...data.municipalities.edges.map(({ node }) => ({ value: node.id, label: node.name }))]}
          locale={ctx.locale}
        />
        <SelectField name="sprache" label={t('inviteLocale')} value={values.sprache} required options={[{ value: 'de', label: t('german') }, { value: 'en', label: t('english') }]} locale={ctx.locale} />
        <div class="ik-actions"><SubmitButton>{t('send')}</SubmitButton></div>
      </form>
    </div>,
    errors,
    { email: t('inviteEmail'), rolle: t('inviteRole'), kommune: t('inviteMunicipality') },
  );
  return page;
}

async function invite(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const values: InviteValues = { email: ctx.field('email').trim(), rolle: ctx.field('rolle'), kommune: ctx.field('kommune'), sprache: ctx.field('sprache') === 'en' ? 'en' : 'de' };
  if (!values.email) return inviteForm(ctx, values, { email: t('emailRequired') });
  const role = (ROLES as readonly string[]).includes(values.rolle) ? (values.rolle as Role) : 'MEMBER';
  const result = await ctx.api(InviteMutation, { input: { email: values.email, role, municipalityId: values.kommune || null, locale: values.sprache === 'en' ? 'en' : 'de' } });
  const invitation = result.data?.inviteUser;
  if (!invitation) {
    if (isBadInput(result.errors)) return inviteForm(ctx, values, fieldErrors(result.errors, ctx.locale, { municipalityId: 'kommune', role: 'rolle' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/einladen', t('invited', { email: invitation.email }));
}

export const peopleRoutes = [
  get('/koordination/personen', (ctx) => list(ctx)),
  post('/koordination/personen/:id/rolle', setRole),
  post('/koordination/personen/:id/sperren', disable),
  get('/koordination/einladen', (ctx) => inviteForm(ctx)),
  post('/koordination/einladen', invite),
];
