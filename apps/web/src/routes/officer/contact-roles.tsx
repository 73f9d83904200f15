import { ActionForm, CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { idParam } from '../coordinator/coordinator-nav';
import { BackToWorkspace, isUnauthenticated, officerForPost, requireOfficer, SessionExpiredAlert, type Officer } from './officer-shared';

const m = messages(
  {
    title: 'Kontaktrollen',
    intro: 'Eine Kontaktrolle ist eine Funktion Ihrer Kommune, etwa „Digitalbeauftragte/r“, mit einer Person, die sie innehat, und einer Vertretung. Nennen Sie eine Rolle als Kontakt eines Praxisbeispiels, bleibt der Kontakt bestehen, wenn Personen wechseln: Scheidet die Person aus, übernimmt die Vertretung.',
    caption: 'Kontaktrollen von {name}',
    name: 'Bezeichnung',
    holder: 'Person',
    deputy: 'Vertretung',
    noDeputy: 'Keine Vertretung',
    vacant: 'unbesetzt',
    none: 'Ihre Kommune hat noch keine Kontaktrollen.',
    edit: 'Bearbeiten',
    editLabel: '„{name}“ bearbeiten',
    newRole: 'Neue Kontaktrolle',
    create: 'Kontaktrolle anlegen',
    save: 'Änderungen speichern',
    delete: 'Kontaktrolle löschen',
    deleteHint: 'Praxisbeispiele, die diese Rolle als Kontakt nennen, behalten die Person, die sie innehat, als Ansprechperson.',
    editTitle: 'Kontaktrolle „{name}“',
    created: 'Kontaktrolle „{name}“ angelegt.',
    saved: 'Kontaktrolle „{name}“ gespeichert.',
    deleted: 'Kontaktrolle „{name}“ gelöscht.',
    nameRequired: 'Bitte geben Sie eine Bezeichnung an.',
    holderRequired: 'Bitte wählen Sie die Person, die die Funktion innehat.',
    back: 'Zurück zu den Kontaktrollen',
  },
  {
    title: 'Contact roles',
    intro: 'A contact role is a function of your municipality, such as “digital officer”, with a person who holds it and a deputy. Name a role as the contact of a case study and the contact stays when people change: if the person leaves, the deputy takes over.',
    caption: 'Contact roles of {name}',
    name: 'Name',
    holder: 'Person',
    deputy: 'Deputy',
    noDeputy: 'No deputy',
    vacant: 'vacant',
    none: 'Your municipality has no contact roles yet.',
    edit: 'Edit',
    editLabel: 'Edit “{name}”',
    newRole: 'New contact role',
    create: 'Create contact role',
    save: 'Save changes',
    delete: 'Delete contact role',
    deleteHint: 'Case studies naming this role as their contact keep the person who holds it as their contact.',
    editTitle: 'Contact role “{name}”',
    created: 'Contact role “{name}” created.',
    saved: 'Contact role “{name}” saved.',
    deleted: 'Contact role “{name}” deleted.',
    nameRequired: 'Please give a name.',
    holderRequired: 'Please choose the person who holds the function.',
    back: 'Back to the contact roles',
  },
);

const RolesQuery = graphql(`
  query WebOfficerContactRoles($slug: String!) {
    municipality(slug: $slug) { id contactRoles { id name holder { id displayName } deputy { id displayName } } }
    colleagues { id displayName }
  }
`);

const CreateMutation = graphql(`
  mutation WebCreateContactRole($input: CreateContactRoleInput!) {
    createContactRole(input: $input) { id name }
  }
`);

const UpdateMutation = graphql(`
  mutation WebUpdateContactRole($id: ID!, $input: UpdateContactRoleInput!) {
    updateContactRole(id: $id, input: $input) { id name }
  }
`);

const DeleteMutation = graphql(`
  mutation WebDeleteContactRole($id: ID!) {
    deleteContactRole(id: $id) { id name }
  }
`);

const BASE = '/meine-kommune/kontaktrollen';
type Data = Awaited<ReturnType<typeof load>>;
type Role = Data['municipality']['contactRoles'][number];
interface Values {
  name: string;
  holderId: string;
  deputyId: string;
}

function load(ctx: WebContext, officer: Officer) {
  return ctx.load(RolesQuery, { slug: officer.municipality.slug });
}

/** Name, holder and deputy: the same fields for a new role and an edit. */
function RoleFields({ ctx, data, values, errors }: { ctx: WebContext; data: Data; values: Values; errors: FieldErrors }) {
  const t = ctx.tr(m);
  const people = data.colleagues.map((p) => ({ value: p.id ?? '', label: p.displayName }));
  return (
    <>
      <TextField name="name" label={t('name')} value={values.name} maxLength={100} required error={errors.name} locale={ctx.locale} />
      <SelectField name="holderId" label={t('holder')} value={values.holderId} required error={errors.holderId} locale={ctx.locale} options={people} />
      <SelectField name="deputyId" label={t('deputy')} value={values.deputyId} error={errors.deputyId} locale={ctx.locale} options={[{ value: '', label: t('noDeputy') }, ...people]} />
    </>
  );
}

function labelsOf(ctx: WebContext): Record<string, string> {
  const t = ctx.tr(m);
  return { name: t('name'), holderId: t('holder'), deputyId: t('deputy') };
}

function listPage(ctx: WebContext, officer: Officer, data: Data, values: Values, errors: FieldErrors, sessionExpired = false): Outcome {
  const t = ctx.tr(m);
  const failed = Object.keys(errors).length > 0 || sessionExpired;
  const roles = data.municipality.contactRoles;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors: failed,
    status: failed ? 400 : 200,
    body: (
      <div class="ik-stack">
        <BackToWorkspace locale={ctx.locale} />
        {sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={labelsOf(ctx)} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro')}</p>
        {roles.length === 0 ? (
          <p class="kern-body">{t('none')}</p>
        ) : (
          <Table
            caption={t('caption', { name: officer.municipality.name })}
            captionId="kontaktrollen-tabelle"
            columns={[{ label: t('name') }, { label: t('holder') }, { label: t('deputy') }, { label: t('edit') }]}
            rows={roles.map((r: Role) => [
              r.name,
              r.holder?.displayName ?? t('vacant'),
              r.deputy?.displayName ?? t('noDeputy'),
              <a class="kern-link" href={`${BASE}/${r.id}`} aria-label={t('editLabel', { name: r.name })}>{t('edit')}</a>,
            ])}
          />
        )}
        <section aria-labelledby="neue-rolle" class="ik-stack">
          <h2 class="kern-heading-medium" id="neue-rolle">{t('newRole')}</h2>
          <form method="post" action={BASE} class="ik-form" noValidate>
            <CsrfField token={sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken} />
            <RoleFields ctx={ctx} data={data} values={values} errors={errors} />
            <SubmitButton>{t('create')}</SubmitButton>
          </form>
        </section>
      </div>
    ),
  };
}

function editPage(ctx: WebContext, data: Data, role: Role, values: Values, errors: FieldErrors, sessionExpired = false): Outcome {
  const t = ctx.tr(m);
  const failed = Object.keys(errors).length > 0 || sessionExpired;
  return {
    kind: 'page',
    title: t('editTitle', { name: role.name }),
    hasErrors: failed,
    status: failed ? 400 : 200,
    body: (
      <div class="ik-stack">
        <p class="kern-body"><a class="kern-link" href={BASE}>{t('back')}</a></p>
        {sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={labelsOf(ctx)} />
        <h1 class="kern-heading-large">{t('editTitle', { name: role.name })}</h1>
        <form method="post" action={`${BASE}/${role.id}`} class="ik-form" noValidate>
          <CsrfField token={sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken} />
          <RoleFields ctx={ctx} data={data} values={values} errors={errors} />
          <SubmitButton>{t('save')}</SubmitButton>
        </form>
        <p class="kern-hint">{t('deleteHint')}</p>
        <ActionForm action={`${BASE}/${role.id}/loeschen`} csrf={ctx.csrfToken} label={t('delete')} variant="secondary" />
      </div>
    ),
  };
}

function posted(ctx: WebContext): Values {
  return { name: ctx.field('name').trim(), holderId: ctx.field('holderId'), deputyId: ctx.field('deputyId') };
}

/** What the web can tell before asking the API. */
function check(ctx: WebContext, v: Values): FieldErrors {
  const t = ctx.tr(m);
  const errors: FieldErrors = {};
  if (!v.name) errors.name = t('nameRequired');
  if (!v.holderId) errors.holderId = t('holderRequired');
  return errors;
}

function findRole(data: Data, id: string): Role {
  const role = data.municipality.contactRoles.find((r) => r.id === id);
  if (!role) throw new OutcomeError({ kind: 'status', status: 404 });
  return role;
}

const valuesOf = (r: Role): Values => ({ name: r.name, holderId: r.holder?.id ?? '', deputyId: r.deputy?.id ?? '' });
const isBadInput = (errors: Array<{ extensions?: { code?: string } }>) => errors.some((e) => ['BAD_USER_INPUT', 'CONFLICT'].includes(e.extensions?.code ?? ''));

async function list(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const data = await load(ctx, officer);
  return listPage(ctx, officer, data, { name: '', holderId: officer.id, deputyId: '' }, {});
}

async function create(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = posted(ctx);
  const officer = await officerForPost(ctx);
  if (!officer) throw new OutcomeError(ctx.redirect(`/anmelden?zurueck=${encodeURIComponent(BASE)}`));
  const data = await load(ctx, officer);
  const errors = check(ctx, values);
  if (Object.keys(errors).length > 0) return listPage(ctx, officer, data, values, errors);
  const result = await ctx.api(CreateMutation, { input: { name: values.name, holderId: values.holderId, deputyId: values.deputyId || null } });
  const role = result.data?.createContactRole;
  if (!role) {
    if (isUnauthenticated(result.errors)) return listPage(ctx, officer, data, values, {}, true);
    if (isBadInput(result.errors)) return listPage(ctx, officer, data, values, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(BASE, t('created', { name: role.name }));
}

async function edit(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const data = await load(ctx, officer);
  const role = findRole(data, idParam(ctx, 'id'));
  return editPage(ctx, data, role, valuesOf(role), {});
}

async function update(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = posted(ctx);
  const id = idParam(ctx, 'id');
  const officer = await officerForPost(ctx);
  if (!officer) throw new OutcomeError(ctx.redirect(`/anmelden?zurueck=${encodeURIComponent(`${BASE}/${id}`)}`));
  const data = await load(ctx, officer);
  const role = findRole(data, id);
  const errors = check(ctx, values);
  if (Object.keys(errors).length > 0) return editPage(ctx, data, role, values, errors);
  const result = await ctx.api(UpdateMutation, { id, input: { name: values.name, holderId: values.holderId, deputyId: values.deputyId || null } });
  const saved = result.data?.updateContactRole;
  if (!saved) {
    if (isUnauthenticated(result.errors)) return editPage(ctx, data, role, values, {}, true);
    if (isBadInput(result.errors)) return editPage(ctx, data, role, values, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(BASE, t('saved', { name: saved.name }));
}

async function remove(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const id = idParam(ctx, 'id');
  await requireOfficer(ctx);
  const result = await ctx.api(DeleteMutation, { id });
  const deleted = result.data?.deleteContactRole;
  if (!deleted) return ctx.errorOutcome(result.errors);
  return ctx.redirect(BASE, t('deleted', { name: deleted.name }));
}

export const contactRoleRoutes = [
  get(BASE, list),
  post(BASE, create),
  get(`${BASE}/:id`, edit),
  post(`${BASE}/:id`, update),
  post(`${BASE}/:id/loeschen`, remove),
];
