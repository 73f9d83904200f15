import { ActionForm, ChoiceGroup, CsrfField, FieldErrors, fieldErrors, SubmitButton, TextField } from '../../components/form';
import { topicName } from '../../components/labels';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDate, messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError } from '../../server/web-context';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, idParam, isBadInput, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Förderprogramme erscheinen öffentlich unter „Förderprogramme“, auf den Seiten ihrer Themenfelder und in den Zusammenfassungen (Fristen der nächsten 30 Tage). Praxisbeispiele können auf sie verweisen.',
    caption: 'Förderprogramme ({count, plural, one {# Programm} other {# Programme}})',
    name: 'Name',
    provider: 'Fördergeber',
    url: 'Adresse (Link)',
    urlHint: 'Beginnt mit https:// oder http://',
    deadline: 'Antragsfrist',
    deadlineHint: 'Als Datum wie 2026-03-31; leer lassen, wenn es keine Frist gibt.',
    topics: 'Themenfelder',
    actions: 'Aktionen',
    none: '–',
    createTitle: 'Förderprogramm anlegen',
    create: 'Förderprogramm anlegen',
    editTitle: 'Förderprogramm „{name}“ bearbeiten',
    edit: '„{name}“ bearbeiten',
    save: 'Speichern',
    delete: '„{name}“ löschen',
    back: 'Zurück zu den Förderprogrammen',
    required: 'Bitte füllen Sie dieses Feld aus.',
    created: 'Das Förderprogramm „{name}“ ist angelegt.',
    saved: 'Das Förderprogramm „{name}“ ist gespeichert.',
    deleted: 'Das Förderprogramm ist gelöscht; Praxisbeispiele nennen es weiter als Freitext.',
  },
  {
    intro: 'Funding programmes appear publicly under “Funding programmes”, on the pages of their topics and in digests (deadlines of the next 30 days). Case studies can refer to them.',
    caption: 'Funding programmes ({count, plural, one {# programme} other {# programmes}})',
    name: 'Name',
    provider: 'Provider',
    url: 'Address (link)',
    urlHint: 'Starts with https:// or http://',
    deadline: 'Application deadline',
    deadlineHint: 'As a date such as 2026-03-31; leave empty when there is none.',
    topics: 'Topics',
    actions: 'Actions',
    none: '–',
    createTitle: 'Create a funding programme',
    create: 'Create funding programme',
    editTitle: 'Edit funding programme “{name}”',
    edit: 'Edit “{name}”',
    save: 'Save',
    delete: 'Delete “{name}”',
    back: 'Back to the funding programmes',
    required: 'Please fill in this field.',
    created: 'The funding programme “{name}” is created.',
    saved: 'The funding programme “{name}” is saved.',
    deleted: 'The funding programme is deleted; case studies keep naming it as free text.',
  },
);

const PageQuery = graphql(`
  query WebCoordinatorFundingProgrammes {
    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }
    topics { slug name nameEn }
  }
`);
const CreateMutation = graphql(`
  mutation WebCreateFundingProgramme($input: FundingProgrammeInput!) { createFundingProgramme(input: $input) { id name } }
`);
const UpdateMutation = graphql(`
  mutation WebUpdateFundingProgramme($id: ID!, $input: FundingProgrammeInput!) { updateFundingProgramme(id: $id, input: $input) { id name } }
`);
const DeleteMutation = graphql(`
  mutation WebDeleteFundingProgramme($id: ID!) { deleteFundingProgramme(id: $id) }
`);

const BASE = '/koordination/foerderprogramme';
type Values = { name: string; provider: string; url: string; deadline: string; topicSlugs: string[] };
const EMPTY: Values = { name: '', provider: '', url: '', deadline: '', topicSlugs: [] };

function labelsOf(ctx: WebContext): Record<string, string> {
  const t = ctx.tr(m);
  return { name: t('name'), provider: t('provider'), url: t('url'), deadline: t('deadline'), topicSlugs: t('topics') };
}

function ProgrammeForm(props: { ctx: WebContext; action: string; values: Values; errors: FieldErrors; topics: Array<{ slug: string; name: string; nameEn: string }>; submit: string }) {
  const { ctx, values: v, errors } = props;
  const t = ctx.tr(m);
  return (
    <form method="post" action={props.action} class="ik-form" noValidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField name="name" label={t('name')} value={v.name} required maxLength={200} error={errors.name} locale={ctx.locale} />
      <TextField name="provider" label={t('provider')} value={v.provider} maxLength={200} error={errors.provider} locale={ctx.locale} />
      <TextField name="url" type="url" label={t('url')} hint={t('urlHint')} value={v.url} error={errors.url} locale={ctx.locale} />
      <TextField name="deadline" type="date" label={t('deadline')} hint={t('deadlineHint')} value={v.deadline} error={errors.deadline} locale={ctx.locale} width="small" />
      <ChoiceGroup
        name="topicSlugs"
        legend={t('topics')}
        type="checkbox"
        selected={v.topicSlugs}
        error={errors.topicSlugs}
        options={props.topics.map((tp) => ({ value: tp.slug, label: topicName(tp, ctx.locale) }))}
      />
      <div class="ik-actions"><SubmitButton>{props.submit}</SubmitButton></div>
    </form>
  );
}

async function listPage(ctx: WebContext, values: Values = EMPTY, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const { fundingProgrammes, topics } = await ctx.load(PageQuery, {});
  return coordinatorPage(
    ctx,
    ctx.tr(sections)('fundingProgrammes'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <Table
        captionId="programme-titel"
        caption={t('caption', { count: fundingProgrammes.length })}
        columns={[{ label: t('name') }, { label: t('provider') }, { label: t('deadline') }, { label: t('topics') }, { label: t('actions') }]}
        rows={fundingProgrammes.map((p) => [
          p.url ? <a class="kern-link" href={p.url}>{p.name}</a> : p.name,
          p.provider || t('none'),
          p.deadline ? formatDate(ctx.locale, p.deadline) : t('none'),
          p.topics.map((tp) => topicName(tp, ctx.locale)).join(', ') || t('none'),
          <div class="ik-actions">
            <a class="kern-link" href={`${BASE}/${p.id}`}>{t('edit', { name: p.name })}</a>
            <ActionForm action={`${BASE}/${p.id}/loeschen`} csrf={ctx.csrfToken} label={t('delete', { name: p.name })} variant="tertiary" />
          </div>,
        ])}
      />
      <section aria-labelledby="anlegen" class="ik-form">
        <h2 class="kern-heading-medium" id="anlegen">{t('createTitle')}</h2>
        <ProgrammeForm ctx={ctx} action={BASE} values={values} errors={errors} topics={topics} submit={t('create')} />
      </section>
    </>,
    errors,
    labelsOf(ctx),
  );
}

async function editPage(ctx: WebContext, values?: Values, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const id = idParam(ctx, 'id');
  const { fundingProgrammes, topics } = await ctx.load(PageQuery, {});
  const programme = fundingProgrammes.find((p) => p.id === id);
  if (!programme) throw new OutcomeError({ kind: 'status', status: 404 });
  const v = values ?? {
    name: programme.name, provider: programme.provider, url: programme.url ?? '', deadline: programme.deadline ?? '', topicSlugs: programme.topics.map((tp) => tp.slug),
  };
  return coordinatorPage(
    ctx,
    t('editTitle', { name: programme.name }),
    <>
      <p class="ik-meta"><a class="kern-link" href={BASE}>{t('back')}</a></p>
      <ProgrammeForm ctx={ctx} action={`${BASE}/${id}`} values={v} errors={errors} topics={topics} submit={t('save')} />
    </>,
    errors,
    labelsOf(ctx),
  );
}

function posted(ctx: WebContext): Values {
  return { name: ctx.field('name').trim(), provider: ctx.field('provider').trim(), url: ctx.field('url').trim(), deadline: ctx.field('deadline').trim(), topicSlugs: ctx.fields('topicSlugs') };
}

const inputOf = (v: Values) => ({ name: v.name, provider: v.provider, url: v.url || null, deadline: v.deadline || null, topicSlugs: v.topicSlugs });

/** Create (no id) or update: validate, one mutation, the form again with the problems or 303 to the list. */
async function save(ctx: WebContext, id: string | null): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const values = posted(ctx);
  const again = (errors: FieldErrors) => (id ? editPage(ctx, values, errors) : listPage(ctx, values, errors));
  if (!values.name) return again({ name: t('required') });
  const input = inputOf(values);
  const result = id ? await ctx.api(UpdateMutation, { id, input }) : await ctx.api(CreateMutation, { input });
  const done = result.data && ('updateFundingProgramme' in result.data ? result.data.updateFundingProgramme : result.data.createFundingProgramme);
  if (!done) {
    if (isBadInput(result.errors)) return again(fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(BASE, t(id ? 'saved' : 'created', { name: done.name }));
}

async function remove(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const result = await ctx.api(DeleteMutation, { id: idParam(ctx, 'id') });
  if (!result.data?.deleteFundingProgramme) return ctx.errorOutcome(result.errors);
  return ctx.redirect(BASE, ctx.tr(m)('deleted'));
}

export const fundingProgrammeRoutes = [
  get(BASE, (ctx) => listPage(ctx)),
  post(BASE, (ctx) => save(ctx, null)),
  get(`${BASE}/:id`, (ctx) => editPage(ctx)),
  post(`${BASE}/:id`, (ctx) => save(ctx, idParam(ctx, 'id'))),
  post(`${BASE}/:id/loeschen`, remove),
];
