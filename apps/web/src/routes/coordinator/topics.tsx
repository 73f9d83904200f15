import { CsrfField, FieldErrors, fieldErrors, SubmitButton, TextArea, TextField } from '../../components/form';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, isBadInput, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Themenfelder ordnen Praxisbeispiele und Veranstaltungen; Mitglieder folgen ihnen.',
    caption: 'Themenfelder ({count, plural, one {# Themenfeld} other {# Themenfelder}})',
    name: 'Name (deutsch)',
    nameEn: 'Name (englisch)',
    slug: 'Kurzbezeichnung',
    slugHint: 'Teil der Adresse, z. B. buergerbeteiligung: Kleinbuchstaben, Ziffern und Bindestriche.',
    description: 'Beschreibung (deutsch)',
    descriptionEn: 'Beschreibung (englisch)',
    createTitle: 'Themenfeld anlegen',
    create: 'Themenfeld anlegen',
    required: 'Bitte füllen Sie dieses Feld aus.',
    created: 'Das Themenfeld „{name}“ ist angelegt.',
  },
  {
    intro: 'Topics group case studies and events; members follow them.',
    caption: 'Topics ({count, plural, one {# topic} other {# topics}})',
    name: 'Name (German)',
    nameEn: 'Name (English)',
    slug: 'Slug',
    slugHint: 'Part of the address, e.g. buergerbeteiligung: lower-case letters, digits and hyphens.',
    description: 'Description (German)',
    descriptionEn: 'Description (English)',
    createTitle: 'Create a topic',
    create: 'Create topic',
    required: 'Please fill in this field.',
    created: 'The topic “{name}” is created.',
  },
);

const TopicsQuery = graphql(`
  query WebCoordinatorTopics { topics { id slug name nameEn description } }
`);
const CreateTopicMutation = graphql(`
  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }
`);

type Values = { slug: string; name: string; nameEn: string; description: string; descriptionEn: string };
const EMPTY: Values = { slug: '', name: '', nameEn: '', description: '', descriptionEn: '' };

async function page(ctx: WebContext, values: Values = EMPTY, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const { topics } = await ctx.load(TopicsQuery, {});
  return coordinatorPage(
    ctx,
    s('topics'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <Table
        captionId="themen-titel"
        caption={t('caption', { count: topics.length })}
        columns={[{ label: t('name') }, { label: t('nameEn') }, { label: t('slug') }, { label: t('description') }]}
        rows={topics.map((topic) => [<a class="kern-link" href={`/themen/${topic.slug}`}>{topic.name}</a>, topic.nameEn, topic.slug, topic.description])}
      />
      <section aria-labelledby="anlegen" class="ik-form">
        <h2 class="kern-heading-medium" id="anlegen">{t('createTitle')}</h2>
        <form method="post" action="/koordination/themen" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="name" label={t('name')} value={values.name} required maxLength={100} error={errors.name} locale={ctx.locale} />
          <TextField name="nameEn" label={t('nameEn')} value={values.nameEn} required maxLength={100} error={errors.nameEn} locale={ctx.locale} />
          <TextField name="slug" label={t('slug')} hint={t('slugHint')} value={values.slug} required maxLength={60} error={errors.slug} locale={ctx.locale} />
          <TextArea name="description" label={t('description')} value={values.description} rows={3} error={errors.description} locale={ctx.locale} />
          <TextArea name="descriptionEn" label={t('descriptionEn')} value={values.descriptionEn} rows={3} error={errors.descriptionEn} locale={ctx.locale} />
          <div class="ik-actions"><SubmitButton>{t('create')}</SubmitButton></div>
        </form>
      </section>
    </>,
    errors,
    { name: t('name'), nameEn: t('nameEn'), slug: t('slug'), description: t('description'), descriptionEn: t('descriptionEn') },
  );
}

async function create(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const values: Values = {
    slug: ctx.field('slug').trim(),
    name: ctx.field('name').trim(),
    nameEn: ctx.field('nameEn').trim(),
    description: ctx.field('description'),
    descriptionEn: ctx.field('descriptionEn'),
  };
  const missing: FieldErrors = {};
  for (const key of ['name', 'nameEn', 'slug'] as const) if (!values[key]) missing[key] = t('required');
  if (Object.keys(missing).length > 0) return page(ctx, values, missing);
  const result = await ctx.api(CreateTopicMutation, {
    input: { slug: values.slug, name: values.name, nameEn: values.nameEn, description: values.description || null, descriptionEn: values.descriptionEn || null },
  });
  const topic = result.data?.createTopic;
  if (!topic) {
    if (isBadInput(result.errors)) return page(ctx, values, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/themen', t('created', { name: topic.name }));
}

export const topicRoutes = [get('/koordination/themen', (ctx) => page(ctx)), post('/koordination/themen', create)];
