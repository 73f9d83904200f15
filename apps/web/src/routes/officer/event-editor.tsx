import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextArea, TextField, fieldErrors } from '../../components/form';
import { labels, topicName } from '../../components/labels';
import { Badge } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { CreateEventInput, EventFormat, Visibility } from '../../graphql/generated/graphql';
import { fromBerlinLocalInput, messages, toBerlinLocalInput, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { AttachmentsSection } from './attachments-editor';
import { BackToWorkspace, isUnauthenticated, officerForPost, ownsContent, parseWhole, requireOfficer, ReviewNote, SessionExpiredAlert, type Officer } from './officer-shared';
import { PartnerSelect, partnerChoices } from '../../components/partner-select';

const m = messages(
  {
    newTitle: 'Neue Veranstaltung',
    editTitle: 'Veranstaltung bearbeiten: {title}',
    intro: 'Entwürfe sieht nur Ihre Kommune. Nach dem Einreichen prüft die Koordinierungsstelle; Veranstaltungen der Koordinierungsstelle erscheinen sofort.',
    title: 'Titel',
    description: 'Beschreibung',
    descriptionHint: 'Markdown: **fett**, Listen mit „- “, Links als [Text](https://…).',
    startsAt: 'Beginn',
    endsAt: 'Ende',
    timeHint: 'Datum und Uhrzeit in deutscher Zeit (Europe/Berlin).',
    format: 'Format',
    location: 'Ort',
    locationHint: 'Pflicht bei „Vor Ort“ und „Hybrid“: Adresse und Raum.',
    onlineUrl: 'Online-Zugang',
    onlineUrlHint: 'Pflicht bei „Online“ und „Hybrid“; sehen nur Angemeldete. Mit https:// am Anfang.',
    capacity: 'Plätze',
    capacityHint: 'Leer lassen für unbegrenzt. Sind alle Plätze belegt, kommen weitere Anmeldungen auf die Warteliste.',
    registrationDeadline: 'Anmeldeschluss',
    deadlineHint: 'Spätestens der Beginn; leer lassen für „bis zum Beginn“.',
    topics: 'Themenfelder',
    topicsHint: 'Mindestens eines.',
    visibility: 'Sichtbarkeit',
    visibilityPublic: 'Öffentlich – für alle im Internet',
    visibilityNetwork: 'Nur im Netzwerk – für angemeldete Mitglieder',
    save: 'Als Entwurf speichern',
    saveLive: 'Änderungen speichern',
    submit: 'Zur Prüfung einreichen',
    saved: 'Veranstaltung gespeichert.',
    savedLive: 'Änderungen gespeichert. Angemeldete erfahren Änderungen von Zeit, Ort und Zugang per Benachrichtigung.',
    submitted: 'Veranstaltung „{title}“ zur Prüfung eingereicht.',
    publishedDirectly: 'Veranstaltung „{title}“ veröffentlicht.',
    liveWarning: 'Diese Veranstaltung ist veröffentlicht. Änderungen sind sofort sichtbar; alle Angemeldeten werden über geänderte Zeit, Ort oder Zugang benachrichtigt.',
    notEditable: 'Diese Veranstaltung hat den Status „{status}“ und kann gerade nicht bearbeitet werden.',
    status: 'Status: {status}',
    cancelTitle: 'Veranstaltung absagen',
    cancelText: 'Alle Angemeldeten und die Warteliste erfahren die Absage mit Ihrer Begründung. Eine Absage lässt sich nicht zurücknehmen.',
    reason: 'Grund der Absage',
    cancel: 'Veranstaltung absagen',
    cancelConfirm: 'Veranstaltung wirklich absagen? Alle Angemeldeten werden benachrichtigt.',
    cancelled: 'Veranstaltung „{title}“ abgesagt. Alle Angemeldeten werden benachrichtigt.',
    registrations: 'Anmeldungen ansehen',
    view: 'Öffentliche Seite ansehen',
    badTime: 'Bitte geben Sie Datum und Uhrzeit an, zum Beispiel 05.03.2027 14:00.',
    badCapacity: 'Bitte geben Sie eine ganze Zahl ab 1 an oder lassen Sie das Feld leer.',
    topicRequired: 'Bitte wählen Sie mindestens ein Themenfeld.',
  },
  {
    newTitle: 'New event',
    editTitle: 'Edit event: {title}',
    intro: 'Only your municipality sees drafts. Once submitted, the coordination office reviews; events of the coordination office appear at once.',
    title: 'Title',
    description: 'Description',
    descriptionHint: 'Markdown: **bold**, lists with “- ”, links as [text](https://…).',
    startsAt: 'Starts',
    endsAt: 'Ends',
    timeHint: 'Date and time in German time (Europe/Berlin).',
    format: 'Format',
    location: 'Location',
    locationHint: 'Required for “On site” and “Hybrid”: address and room.',
    onlineUrl: 'Online access',
    onlineUrlHint: 'Required for “Online” and “Hybrid”; only registered people see it. Starting with https://.',
    capacity: 'Seats',
    capacityHint: 'Leave empty for unlimited. When all seats are taken, further registrations go on the waiting list.',
    registrationDeadline: 'Registration deadline',
    deadlineHint: 'At the latest the start; leave empty for “until the start”.',
    topics: 'Topics',
    topicsHint: 'At least one.',
    visibility: 'Visibility',
    visibilityPublic: 'Public – for everyone on the internet',
    visibilityNetwork: 'Network only – for signed-in members',
    save: 'Save as draft',
    saveLive: 'Save changes',
    submit: 'Submit for review',
    saved: 'Event saved.',
    savedLive: 'Changes saved. Registered people hear about changes of time, place and access by notification.',
    submitted: 'Event “{title}” submitted for review.',
    publishedDirectly: 'Event “{title}” published.',
    liveWarning: 'This event is published. Changes are visible at once; everyone registered is told about a changed time, place or access.',
    notEditable: 'This event has the status “{status}” and cannot be edited right now.',
    status: 'Status: {status}',
    cancelTitle: 'Cancel the event',
    cancelText: 'Everyone registered and on the waiting list hears of the cancellation with your reason. A cancellation cannot be undone.',
    reason: 'Reason for the cancellation',
    cancel: 'Cancel the event',
    cancelConfirm: 'Really cancel the event? Everyone registered will be told.',
    cancelled: 'Event “{title}” cancelled. Everyone registered will be told.',
    registrations: 'View registrations',
    view: 'View the public page',
    badTime: 'Please enter date and time, for example 05/03/2027 14:00.',
    badCapacity: 'Please enter a whole number from 1 or leave the field empty.',
    topicRequired: 'Please choose at least one topic.',
  },
);

const TopicsQuery = graphql(`
  query WebOfficerEventOptions {
    topics { slug name nameEn }
    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }
  }
`);

const EventQuery = graphql(`
  query WebOfficerEvent($id: ID!) {
    event(id: $id) {
      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status
      registeredCount waitlistCount
      reviewDecisions { decision comment createdAt }
      organiser { id slug name }
      topics { slug }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
      partnerOrganisations { id name }
    }
    topics { slug name nameEn }
    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }
  }
`);

const CreateMutation = graphql(`
  mutation WebCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) { id title status }
  }
`);

const UpdateMutation = graphql(`
  mutation WebUpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) { id title status }
  }
`);

const SubmitMutation = graphql(`
  mutation WebSubmitEvent($id: ID!) {
    submitEvent(id: $id) { id title status }
  }
`);

const CancelMutation = graphql(`
  mutation WebCancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) { id title status }
  }
`);

type Loaded = Awaited<ReturnType<typeof loadEvent>>;
type Topic = { slug: string; name: string; nameEn: string };

interface Values {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  format: string;
  location: string;
  onlineUrl: string;
  capacity: string;
  registrationDeadline: string;
  topicSlugs: string[];
  partnerIds: string[];
  visibility: string;
}

const EMPTY: Values = {
  title: '', description: '', startsAt: '', endsAt: '', format: 'ON_SITE', location: '', onlineUrl: '', capacity: '', registrationDeadline: '', topicSlugs: [], partnerIds: [], visibility: 'NETWORK',
};

const FORMATS: EventFormat[] = ['ON_SITE', 'ONLINE', 'HYBRID'];

function valuesOf(e: Loaded['event']): Values {
  return {
    title: e.title,
    description: e.description,
    startsAt: toBerlinLocalInput(e.startsAt),
    endsAt: toBerlinLocalInput(e.endsAt),
    format: e.format,
    location: e.location ?? '',
    onlineUrl: e.onlineUrl ?? '',
    capacity: e.capacity != null ? String(e.capacity) : '',
    registrationDeadline: e.registrationDeadline ? toBerlinLocalInput(e.registrationDeadline) : '',
    topicSlugs: e.topics.map((t) => t.slug),
    partnerIds: e.partnerOrganisations.map((p) => p.id),
    visibility: e.visibility,
  };
}

function posted(ctx: WebContext): Values {
  return {
    title: ctx.field('title'),
    description: ctx.field('description'),
    startsAt: ctx.field('startsAt'),
    endsAt: ctx.field('endsAt'),
    format: ctx.field('format'),
    location: ctx.field('location'),
    onlineUrl: ctx.field('onlineUrl'),
    capacity: ctx.field('capacity'),
    registrationDeadline: ctx.field('registrationDeadline'),
    topicSlugs: ctx.fields('topicSlugs'),
    partnerIds: ctx.fields('partnerIds'),
    visibility: ctx.field('visibility'),
  };
}

function toInput(ctx: WebContext, v: Values): { input: CreateEventInput; errors: FieldErrors } {
  const t = ctx.tr(m);
  const errors: FieldErrors = {};
  const startsAt = fromBerlinLocalInput(v.startsAt.trim());
  const endsAt = fromBerlinLocalInput(v.endsAt.trim());
  const deadline = v.registrationDeadline.trim() ? fromBerlinLocalInput(v.registrationDeadline.trim()) : null;
  if (!startsAt) errors.startsAt = t('badTime');
  if (!endsAt) errors.endsAt = t('badTime');
  if (v.registrationDeadline.trim() && !deadline) errors.registrationDeadline = t('badTime');
  const capacity = parseWhole(v.capacity);
  if (Number.isNaN(capacity) || capacity === 0) errors.capacity = t('badCapacity');
  if (v.topicSlugs.length === 0) errors.topicSlugs = t('topicRequired');
  return {
    errors,
    input: {
      title: v.title.trim(),
      description: v.description,
      startsAt: startsAt?.toISOString() ?? '',
      endsAt: endsAt?.toISOString() ?? '',
      format: (FORMATS as string[]).includes(v.format) ? (v.format as EventFormat) : 'ON_SITE',
      location: v.location.trim() || null,
      onlineUrl: v.onlineUrl.trim() || null,
      capacity: Number.isNaN(capacity) ? null : capacity,
      registrationDeadline: deadline?.toISOString() ?? null,
      topicSlugs: v.topicSlugs,
      partnerIds: v.partnerIds,
      visibility: (v.visibility === 'PUBLIC' ? 'PUBLIC' : 'NETWORK') as Visibility,
    },
  };
}

/** The organiser's event, or 404 (unreadable) / 403 (someone else's). */
export async function loadEvent(ctx: WebContext, officer: Officer, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new OutcomeError({ kind: 'status', status: 404 });
  const data = await ctx.load(EventQuery, { id });
  if (!ownsContent(officer, [data.event.organiser])) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
  return data;
}

export function eventId(ctx: WebContext): string {
  return (ctx.req.params as { id: string }).id;
}

interface FormState {
  topics: Topic[];
  partners?: { edges: Array<{ node: { id: string; name: string } }> };
  values: Values;
  errors: FieldErrors;
  existing?: Loaded['event'];
  sessionExpired?: boolean;
  action?: string;
  reason?: string;
}

const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED'];

function editPath(id: string): string {
  return `/meine-kommune/veranstaltungen/${encodeURIComponent(id)}/bearbeiten`;
}

function render(ctx: WebContext, s: FormState): Outcome {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const { values: v, errors, existing } = s;
  const hasErrors = Object.keys(errors).length > 0;
  const title = existing || s.action ? t('editTitle', { title: existing?.title ?? v.title }) : t('newTitle');
  const action = existing ? editPath(existing.id) : (s.action ?? '/meine-kommune/veranstaltungen/neu');
  const live = existing?.status === 'PUBLISHED';
  const submittable = !existing || existing.status === 'DRAFT' || existing.status === 'CHANGES_REQUESTED';
  const statusLabel = (status: string) => l(`status_${status}` as 'status_DRAFT');
  if (existing && !EDITABLE.includes(existing.status)) {
    return {
      kind: 'page',
      title,
      body: (
        <>
          <BackToWorkspace locale={ctx.locale} />
          <h1 class="kern-heading-large">{title}</h1>
          <p class="kern-body">{t('notEditable', { status: statusLabel(existing.status) })}</p>
          <ReviewNote status={existing.status} decisions={existing.reviewDecisions} locale={ctx.locale} />
        </>
      ),
    };
  }
  const fieldLabels: Record<string, string> = {
    title: t('title'), description: t('description'), startsAt: t('startsAt'), endsAt: t('endsAt'), format: t('format'), location: t('location'),
    onlineUrl: t('onlineUrl'), capacity: t('capacity'), registrationDeadline: t('registrationDeadline'), topicSlugs: t('topics'), visibility: t('visibility'), reason: t('reason'),
  };
  const csrf = s.sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken;
  return {
    kind: 'page',
    title,
    hasErrors: hasErrors || s.sessionExpired,
    status: hasErrors || s.sessionExpired ? 400 : 200,
    body: (
      <>
        <BackToWorkspace locale={ctx.locale} />
        {s.sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={fieldLabels} />
        <h1 class="kern-heading-large">{title}</h1>
        {existing ? (
          <p class="kern-body ik-actions">
            <Badge label={t('status', { status: statusLabel(existing.status) })} tone={live ? 'success' : 'info'} />
            {live ? <a class="kern-link" href={`/veranstaltungen/${existing.id}`}>{t('view')}</a> : null}
            {live ? <a class="kern-link" href={`/meine-kommune/veranstaltungen/${existing.id}/anmeldungen`}>{t('registrations')}</a> : null}
          </p>
        ) : (
          <p class="kern-body">{t('intro')}</p>
        )}
        {live ? (
          <div class="kern-alert kern-alert--warning" role="note">
            <div class="kern-alert__header">
              <span class="kern-title">{t('liveWarning')}</span>
            </div>
          </div>
        ) : null}
        {existing ? <ReviewNote status={existing.status} decisions={existing.reviewDecisions} locale={ctx.locale} /> : null}
        <form method="post" action={action} class="ik-form" noValidate>
          <CsrfField token={csrf} />
          <TextField name="title" label={t('title')} value={v.title} required error={errors.title} locale={ctx.locale} />
          <TextArea name="description" label={t('description')} hint={t('descriptionHint')} value={v.description} rows={6} error={errors.description} locale={ctx.locale} />
          <TextField name="startsAt" type="datetime-local" label={t('startsAt')} hint={t('timeHint')} value={v.startsAt} required error={errors.startsAt} locale={ctx.locale} />
          <TextField name="endsAt" type="datetime-local" label={t('endsAt')} hint={t('timeHint')} value={v.endsAt} required error={errors.endsAt} locale={ctx.locale} />
          <ChoiceGroup name="format" legend={t('format')} type="radio" selected={[v.format]} error={errors.format} options={FORMATS.map((f) => ({ value: f, label: l(`format_${f}`) }))} horizontal />
          <TextField name="location" label={t('location')} hint={t('locationHint')} value={v.location} error={errors.location} locale={ctx.locale} />
          <TextField name="onlineUrl" type="url" label={t('onlineUrl')} hint={t('onlineUrlHint')} value={v.onlineUrl} error={errors.onlineUrl} locale={ctx.locale} />
          <TextField name="capacity" label={t('capacity')} hint={t('capacityHint')} value={v.capacity} inputMode="numeric" width="small" error={errors.capacity} locale={ctx.locale} />
          <TextField name="registrationDeadline" type="datetime-local" label={t('registrationDeadline')} hint={t('deadlineHint')} value={v.registrationDeadline} error={errors.registrationDeadline} locale={ctx.locale} />
          <ChoiceGroup
            name="topicSlugs"
            legend={t('topics')}
            hint={t('topicsHint')}
            type="checkbox"
            selected={v.topicSlugs}
            error={errors.topicSlugs}
            options={s.topics.map((tp) => ({ value: tp.slug, label: topicName(tp, ctx.locale) }))}
          />
          <PartnerSelect locale={ctx.locale} partners={partnerChoices(s.partners, s.existing?.partnerOrganisations)} selected={v.partnerIds} error={errors.partnerIds} />
          <ChoiceGroup
            name="visibility"
            legend={t('visibility')}
            type="radio"
            selected={[v.visibility]}
            error={errors.visibility}
            options={[
              { value: 'PUBLIC', label: t('visibilityPublic') },
              { value: 'NETWORK', label: t('visibilityNetwork') },
            ]}
          />
          <div class="ik-actions">
            {submittable ? <SubmitButton name="aktion" value="einreichen">{t('submit')}</SubmitButton> : null}
            <SubmitButton name="aktion" value="speichern" variant="secondary">{live ? t('saveLive') : t('save')}</SubmitButton>
          </div>
        </form>
        {existing ? (
          <AttachmentsSection ctx={ctx} item={{ id: existing.id, title: existing.title, editPath: editPath(existing.id), attachments: existing.attachments }} limits={ctx.services.attachmentLimits} />
        ) : null}
        {live && existing ? (
          <section aria-labelledby="absagen" class="ik-form ik-card">
            <h2 class="kern-heading-medium" id="absagen">{t('cancelTitle')}</h2>
            <p class="kern-body">{t('cancelText')}</p>
            <form method="post" action={`/meine-kommune/veranstaltungen/${existing.id}/absagen`} class="ik-form" data-confirm={t('cancelConfirm')} noValidate>
              <CsrfField token={csrf} />
              <TextArea name="reason" label={t('reason')} value={s.reason ?? ''} rows={3} required error={errors.reason} locale={ctx.locale} />
              <SubmitButton variant="secondary">{t('cancel')}</SubmitButton>
            </form>
          </section>
        ) : null}
      </>
    ),
  };
}

async function newForm(ctx: WebContext): Promise<Outcome> {
  await requireOfficer(ctx);
  const { topics, partners } = await ctx.load(TopicsQuery, {});
  return render(ctx, { topics, partners, values: EMPTY, errors: {} });
}

async function editForm(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const data = await loadEvent(ctx, officer, eventId(ctx));
  return render(ctx, { topics: data.topics, partners: data.partners, values: valuesOf(data.event), errors: {}, existing: data.event });
}

async function afterSave(ctx: WebContext, saved: { id: string; title: string; status: string }, state: FormState, officer: Officer): Promise<Outcome> {
  const t = ctx.tr(m);
  if (ctx.field('aktion') === 'einreichen') {
    const result = await ctx.api(SubmitMutation, { id: saved.id });
    const done = result.data?.submitEvent;
    if (!done) {
      if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true, action: editPath(saved.id) });
      if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
        const data = await loadEvent(ctx, officer, saved.id);
        return render(ctx, { ...state, existing: data.event, errors: fieldErrors(result.errors, ctx.locale) });
      }
      return ctx.errorOutcome(result.errors);
    }
    return ctx.redirect('/meine-kommune', t(done.status === 'PUBLISHED' ? 'publishedDirectly' : 'submitted', { title: done.title }));
  }
  return ctx.redirect(editPath(saved.id), saved.status === 'PUBLISHED' ? t('savedLive') : t('saved'));
}

async function create(ctx: WebContext): Promise<Outcome> {
  const values = posted(ctx);
  const officer = await officerForPost(ctx);
  const { topics, partners } = await ctx.load(TopicsQuery, {});
  const state: FormState = { topics, partners, values, errors: {} };
  if (!officer) return render(ctx, { ...state, sessionExpired: true });
  const { input, errors } = toInput(ctx, values);
  if (Object.keys(errors).length > 0) return render(ctx, { ...state, errors });
  const result = await ctx.api(CreateMutation, { input });
  const saved = result.data?.createEvent;
  if (!saved) {
    if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return render(ctx, { ...state, errors: fieldErrors(result.errors, ctx.locale) });
    return ctx.errorOutcome(result.errors);
  }
  return afterSave(ctx, saved, state, officer);
}

async function update(ctx: WebContext): Promise<Outcome> {
  const values = posted(ctx);
  const id = eventId(ctx);
  const officer = await officerForPost(ctx);
  if (!officer) {
    const { topics, partners } = await ctx.load(TopicsQuery, {});
    return render(ctx, { topics, partners, values, errors: {}, sessionExpired: true, action: editPath(id) });
  }
  const data = await loadEvent(ctx, officer, id);
  const state: FormState = { topics: data.topics, partners: data.partners, values, errors: {}, existing: data.event };
  if (!EDITABLE.includes(data.event.status)) return render(ctx, state);
  const { input, errors } = toInput(ctx, values);
  if (Object.keys(errors).length > 0) return render(ctx, { ...state, errors });
  const result = await ctx.api(UpdateMutation, { id, input });
  const saved = result.data?.updateEvent;
  if (!saved) {
    if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return render(ctx, { ...state, errors: fieldErrors(result.errors, ctx.locale) });
    return ctx.errorOutcome(result.errors);
  }
  return afterSave(ctx, saved, state, officer);
}

async function cancel(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const id = eventId(ctx);
  const reason = ctx.field('reason');
  const officer = await officerForPost(ctx);
  if (!officer) {
    const { topics, partners } = await ctx.load(TopicsQuery, {});
    return render(ctx, { topics, partners, values: EMPTY, errors: {}, sessionExpired: true, action: editPath(id), reason });
  }
  const data = await loadEvent(ctx, officer, id);
  const state: FormState = { topics: data.topics, partners: data.partners, values: valuesOf(data.event), errors: {}, existing: data.event, reason };
  const result = await ctx.api(CancelMutation, { id, reason });
  const done = result.data?.cancelEvent;
  if (!done) {
    if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return render(ctx, { ...state, errors: fieldErrors(result.errors, ctx.locale) });
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/meine-kommune', t('cancelled', { title: done.title }));
}

export const eventEditorRoutes = [
  get('/meine-kommune/veranstaltungen/neu', newForm),
  post('/meine-kommune/veranstaltungen/neu', create),
  get('/meine-kommune/veranstaltungen/:id/bearbeiten', editForm),
  post('/meine-kommune/veranstaltungen/:id/bearbeiten', update),
  post('/meine-kommune/veranstaltungen/:id/absagen', cancel),
];
