import { AttachmentList } from '../../components/attachment-list';
import { eventWhen, EventCards } from '../../components/cards';
import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, fieldErrors } from '../../components/form';
import { labels, topicName } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { PartnerList } from '../../components/partner-list';

const m = messages(
  {
    title: 'Veranstaltungen',
    titlePast: 'Vergangene Veranstaltungen',
    description: 'Netzwerktreffen, Workshops und Online-Termine der Kommunen des Netzwerks.',
    intro: 'Treffen, Workshops und Online-Termine aus dem Netzwerk – zum Anmelden und für Ihren Kalender.',
    filters: 'Filter',
    period: 'Zeitraum',
    upcoming: 'Kommende',
    past: 'Vergangene',
    topic: 'Themenfeld',
    apply: 'Anwenden',
    reset: 'Filter zurücksetzen',
    count: '{count, plural, =0 {Keine Veranstaltungen gefunden} one {# Veranstaltung} other {# Veranstaltungen}}',
    subscribe: 'Kalender abonnieren',
    subscribeText: 'Alle öffentlichen Veranstaltungen als Kalender-Abonnement (iCal): Öffnen Sie die webcal-Adresse oder fügen Sie sie in Ihrer Kalender-App als Abonnement hinzu; neue und geänderte Termine erscheinen dann von selbst.',
    subscribeLink: 'Kalender-Datei (iCal) aller öffentlichen Veranstaltungen',
    facts: 'Auf einen Blick',
    when: 'Wann',
    format: 'Format',
    location: 'Ort',
    organiser: 'Veranstaltet von',
    partners: 'Partner',
    topics: 'Themenfelder',
    seats: 'Plätze',
    seatsLeft: '{left, plural, =0 {Alle {capacity} Plätze belegt} one {# von {capacity} Plätzen frei} other {# von {capacity} Plätzen frei}}',
    seatsUnlimited: 'Unbegrenzt ({registered, plural, one {# Anmeldung} other {# Anmeldungen}})',
    waitlist: 'Warteliste',
    waitlistCount: '{count, plural, =0 {niemand} one {# Person} other {# Personen}}',
    deadline: 'Anmeldeschluss',
    visibility: 'Sichtbarkeit',
    cancelled: 'Diese Veranstaltung ist abgesagt.',
    cancelReason: 'Grund: {reason}',
    aboutEvent: 'Beschreibung',
    registration: 'Anmeldung',
    signInToRegister: 'Zum Anmelden bitte einloggen',
    register: 'Anmelden',
    registerFull: 'Alle Plätze sind belegt: Wer sich jetzt anmeldet, kommt auf die Warteliste und rückt automatisch nach, wenn ein Platz frei wird.',
    closed: 'Eine Anmeldung ist nicht mehr möglich.',
    youAreRegistered: 'Sie sind angemeldet.',
    youAreWaitlisted: 'Sie stehen auf der Warteliste (Platz {position}). Sobald ein Platz frei wird, rücken Sie nach und erhalten eine E-Mail.',
    onlineAccess: 'Online-Zugang',
    cancelRegistration: 'Anmeldung stornieren',
    leaveWaitlist: 'Von der Warteliste abmelden',
    noticeRegistered: 'Sie sind angemeldet.',
    noticeWaitlisted: 'Sie stehen auf der Warteliste (Platz {position}).',
    noticeCancelled: 'Ihre Anmeldung ist storniert.',
    calendar: 'In den Kalender',
    icalLink: 'Termin herunterladen (iCal)',
    icalHint: 'Die Datei öffnet sich in Outlook, Thunderbird, Apple- oder Google-Kalender.',
    allEvents: 'Alle Veranstaltungen',
  },
  {
    title: 'Events',
    titlePast: 'Past events',
    description: 'Network meetings, workshops and online sessions of the network’s municipalities.',
    intro: 'Meetings, workshops and online sessions from the network – to register and for your calendar.',
    filters: 'Filters',
    period: 'Period',
    upcoming: 'Upcoming',
    past: 'Past',
    topic: 'Topic',
    apply: 'Apply',
    reset: 'Reset filters',
    count: '{count, plural, =0 {No events found} one {# event} other {# events}}',
    subscribe: 'Subscribe to the calendar',
    subscribeText: 'All public events as a calendar subscription (iCal): open the webcal address or add it as a subscription in your calendar app; new and changed events then appear by themselves.',
    subscribeLink: 'Calendar file (iCal) of all public events',
    facts: 'At a glance',
    when: 'When',
    format: 'Format',
    location: 'Location',
    organiser: 'Organised by',
    partners: 'Partners',
    topics: 'Topics',
    seats: 'Seats',
    seatsLeft: '{left, plural, =0 {All {capacity} seats taken} one {# of {capacity} seats left} other {# of {capacity} seats left}}',
    seatsUnlimited: 'Unlimited ({registered, plural, one {# registration} other {# registrations}})',
    waitlist: 'Waiting list',
    waitlistCount: '{count, plural, =0 {nobody} one {# person} other {# people}}',
    deadline: 'Registration deadline',
    visibility: 'Visibility',
    cancelled: 'This event has been cancelled.',
    cancelReason: 'Reason: {reason}',
    aboutEvent: 'Description',
    registration: 'Registration',
    signInToRegister: 'Please sign in to register',
    register: 'Register',
    registerFull: 'All seats are taken: if you register now, you join the waiting list and move up automatically when a seat frees.',
    closed: 'Registration is closed.',
    youAreRegistered: 'You are registered.',
    youAreWaitlisted: 'You are on the waiting list (position {position}). As soon as a seat frees, you move up and get an email.',
    onlineAccess: 'Online access',
    cancelRegistration: 'Cancel registration',
    leaveWaitlist: 'Leave the waiting list',
    noticeRegistered: 'You are registered.',
    noticeWaitlisted: 'You are on the waiting list (position {position}).',
    noticeCancelled: 'Your registration has been cancelled.',
    calendar: 'Add to calendar',
    icalLink: 'Download the event (iCal)',
    icalHint: 'The file opens in Outlook, Thunderbird, Apple or Google Calendar.',
    allEvents: 'All events',
  },
);

const ListQuery = graphql(`
  query WebEventList($filter: EventFilterInput, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id title startsAt endsAt format location status
          organiser { name slug }
        }
      }
    }
    topics { slug name nameEn }
  }
`);

const DetailQuery = graphql(`
  query WebEvent($id: ID!) {
    event(id: $id) {
      id title descriptionHtml startsAt endsAt format location onlineUrl status cancelReason visibility
      capacity registeredCount waitlistCount registrationDeadline registrationOpen
      organiser { name slug }
      topics { slug name nameEn }
      partnerOrganisations { slug name }
      myRegistration { id status waitlistPosition }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation WebRegisterForEvent($id: ID!) {
    registerForEvent(id: $id) { id status waitlistPosition }
  }
`);

const CancelMutation = graphql(`
  mutation WebCancelRegistration($id: ID!) {
    cancelRegistration(id: $id) { id status }
  }
`);

/** The calendar subscription as a webcal: address, which calendar apps open as a subscription. */
const webcal = (ctx: WebContext) => ctx.absoluteUrl('/calendar.ics').replace(/^https?:/, 'webcal:');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The event id of the URL, or a 404 page for anything that cannot be one. */
function eventId(ctx: WebContext): string {
  const id = (ctx.req.params as { id: string }).id;
  if (!UUID.test(id)) throw new OutcomeError({ kind: 'status', status: 404 });
  return id;
}

async function list(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const past = ctx.query('zeitraum') === 'vergangen';
  const topicSlugs = ctx.queryAll('thema');
  const now = new Date().toISOString();
  const filter = {
    ...(past ? { from: '1970-01-01T00:00:00.000Z', to: now } : { from: now }),
    ...(topicSlugs.length ? { topicSlugs } : {}),
  };
  const data = await ctx.load(ListQuery, { filter, first: 12, after: ctx.query('nach') ?? null });
  const params = new URLSearchParams(ctx.path.split('?')[1] ?? '');
  const title = past ? t('titlePast') : t('title');
  return {
    kind: 'page',
    title,
    description: t('description'),
    canonical: past ? '/veranstaltungen?zeitraum=vergangen' : '/veranstaltungen',
    body: (
      <>
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <form method="get" action="/veranstaltungen" class="ik-filters" aria-label={t('filters')}>
          <ChoiceGroup name="zeitraum" legend={t('period')} type="radio" selected={[past ? 'vergangen' : 'kommend']} options={[{ value: 'kommend', label: t('upcoming') }, { value: 'vergangen', label: t('past') }]} />
          <ChoiceGroup name="thema" legend={t('topic')} type="checkbox" selected={topicSlugs} options={data.topics.map((tp) => ({ value: tp.slug, label: topicName(tp, ctx.locale) }))} />
          <div class="ik-actions">
            <SubmitButton>{t('apply')}</SubmitButton>
            <a class="kern-link" href="/veranstaltungen">{t('reset')}</a>
          </div>
        </form>
        <p class="kern-body" role="status">{t('count', { count: data.events.totalCount })}</p>
        <EventCards events={data.events.edges.map((e) => e.node)} locale={ctx.locale} />
        <Pagination locale={ctx.locale} basePath="/veranstaltungen" params={params} endCursor={data.events.pageInfo.endCursor} hasNextPage={data.events.pageInfo.hasNextPage} />
        <section aria-labelledby="abonnieren" class="ik-stack">
          <h2 class="kern-heading-medium" id="abonnieren">{t('subscribe')}</h2>
          <p class="kern-body">{t('subscribeText')}</p>
          <ul class="kern-body ik-list">
            <li><a class="kern-link" href={webcal(ctx)}>{webcal(ctx)}</a></li>
            <li><a class="kern-link" href="/calendar.ics" type="text/calendar">{t('subscribeLink')}</a></li>
          </ul>
        </section>
      </>
    ),
  };
}

async function detail(ctx: WebContext, errors: FieldErrors = {}): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const { event: e } = await ctx.load(DetailQuery, { id: eventId(ctx) });
  const viewer = await ctx.viewer();
  const path = `/veranstaltungen/${e.id}`;
  const reg = e.myRegistration && e.myRegistration.status !== 'CANCELLED' ? e.myRegistration : null;
  const cancelled = e.status === 'CANCELLED';
  const full = e.capacity != null && e.registeredCount >= e.capacity;
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: e.title,
    status: hasErrors ? 409 : 200,
    hasErrors,
    canonical: path,
    body: (
      <article class="ik-stack">
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <p class="ik-meta">
          <a class="kern-link" href="/veranstaltungen">{t('allEvents')}</a>
        </p>
        <h1 class="kern-heading-large">{e.title}</h1>
        {cancelled ? (
          <div class="kern-alert kern-alert--danger">
            <div class="kern-alert__header">
              <span class="kern-title">{t('cancelled')}</span>
            </div>
            {e.cancelReason ? (
              <div class="kern-alert__body">
                <p class="kern-body">{t('cancelReason', { reason: e.cancelReason })}</p>
              </div>
            ) : null}
          </div>
        ) : null}
        <section aria-labelledby="fakten">
          <h2 class="kern-heading-medium" id="fakten">{t('facts')}</h2>
          <dl class="ik-facts kern-body">
            <dt>{t('when')}</dt>
            <dd><time dateTime={e.startsAt}>{eventWhen(ctx.locale, e.startsAt, e.endsAt)}</time></dd>
            <dt>{t('format')}</dt>
            <dd>{l(`format_${e.format}`)}{cancelled ? <> <Badge tone="danger" label={l('status_CANCELLED')} /></> : null}</dd>
            {e.location ? (<><dt>{t('location')}</dt><dd>{e.location}</dd></>) : null}
            <dt>{t('organiser')}</dt>
            <dd><a class="kern-link" href={`/kommunen/${e.organiser.slug}`}>{e.organiser.name}</a></dd>
            {e.partnerOrganisations.length > 0 ? (<><dt>{t('partners')}</dt><dd><PartnerList linked={e.partnerOrganisations} /></dd></>) : null}
            <dt>{t('topics')}</dt>
            <dd>
              {e.topics.map((tp, i) => (
                <span key={tp.slug}>{i > 0 ? ', ' : ''}<a class="kern-link" href={`/themen/${tp.slug}`}>{topicName(tp, ctx.locale)}</a></span>
              ))}
            </dd>
            <dt>{t('seats')}</dt>
            <dd>{e.capacity != null ? t('seatsLeft', { left: Math.max(0, e.capacity - e.registeredCount), capacity: e.capacity }) : t('seatsUnlimited', { registered: e.registeredCount })}</dd>
            <dt>{t('waitlist')}</dt>
            <dd>{t('waitlistCount', { count: e.waitlistCount })}</dd>
            {e.registrationDeadline ? (<><dt>{t('deadline')}</dt><dd><time dateTime={e.registrationDeadline}>{formatDateTime(ctx.locale, e.registrationDeadline)}</time></dd></>) : null}
            <dt>{t('visibility')}</dt>
            <dd>{l(`visibility_${e.visibility}`)}</dd>
          </dl>
        </section>
        {e.descriptionHtml.trim() ? (
          <section aria-labelledby="beschreibung">
            <h2 class="kern-heading-medium" id="beschreibung">{t('aboutEvent')}</h2>
            <div class="ik-prose kern-body" dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />
          </section>
        ) : null}
        <section aria-labelledby="anmeldung" class="ik-card">
          <h2 class="kern-heading-medium" id="anmeldung">{t('registration')}</h2>
          {reg ? (
            <>
              <p class="kern-body" role="status"><strong>{reg.status === 'REGISTERED' ? t('youAreRegistered') : t('youAreWaitlisted', { position: reg.waitlistPosition ?? 1 })}</strong></p>
              {e.onlineUrl ? (
                <p class="kern-body">{t('onlineAccess')}: <a class="kern-link" href={e.onlineUrl}>{e.onlineUrl}</a></p>
              ) : null}
              {!cancelled ? (
                <form method="post" action={`${path}/abmeldung`} class="ik-inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <SubmitButton variant="secondary">{reg.status === 'REGISTERED' ? t('cancelRegistration') : t('leaveWaitlist')}</SubmitButton>
                </form>
              ) : null}
            </>
          ) : (
            <>
              {e.onlineUrl ? (
                <p class="kern-body">{t('onlineAccess')}: <a class="kern-link" href={e.onlineUrl}>{e.onlineUrl}</a></p>
              ) : null}
              {cancelled || !e.registrationOpen ? (
                <p class="kern-body">{t('closed')}</p>
              ) : viewer ? (
                <>
                  {full ? <p class="kern-body">{t('registerFull')}</p> : null}
                  <form method="post" action={`${path}/anmeldung`} class="ik-inline-form">
                    <CsrfField token={ctx.csrfToken} />
                    <SubmitButton>{t('register')}</SubmitButton>
                  </form>
                </>
              ) : (
                <p class="kern-body">
                  <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(path)}`}>{t('signInToRegister')}</a>
                </p>
              )}
            </>
          )}
        </section>
        <AttachmentList attachments={e.attachments} locale={ctx.locale} />
        <section aria-labelledby="kalender" class="ik-stack">
          <h2 class="kern-heading-medium" id="kalender">{t('calendar')}</h2>
          <p class="kern-body">
            {/* Public events come straight from the gateway; network events need the person's token. */}
            <a class="kern-link" href={e.visibility === 'PUBLIC' ? `/events/${e.id}.ics` : `${path}/kalender.ics`} type="text/calendar">{t('icalLink')}</a>
          </p>
          <p class="kern-hint">{t('icalHint')}</p>
          <p class="kern-body">{t('subscribeText')}</p>
          <ul class="kern-body ik-list">
            <li><a class="kern-link" href={webcal(ctx)}>{webcal(ctx)}</a></li>
            <li><a class="kern-link" href="/calendar.ics" type="text/calendar">{t('subscribeLink')}</a></li>
          </ul>
        </section>
      </article>
    ),
  };
}

/** The iCal file of a network event, fetched from the gateway with the signed-in person's token. */
async function icalFile(ctx: WebContext): Promise<Outcome> {
  const id = eventId(ctx);
  const response = await ctx.fetchRaw(`/events/${id}.ics`);
  // The gateway hides network events from anonymous callers (404): they are asked to sign in.
  if (response.status === 401 || (response.status === 404 && !(await ctx.viewer()))) return ctx.signInRedirect();
  if (response.status === 404 || response.status === 403) return { kind: 'status', status: 404 };
  if (!response.ok) return { kind: 'status', status: 500 };
  ctx.reply
    .code(200)
    .header('content-type', response.headers.get('content-type') ?? 'text/calendar; charset=utf-8')
    .header('content-disposition', response.headers.get('content-disposition') ?? `inline; filename="veranstaltung-${id}.ics"`)
    .header('cache-control', 'private, no-store')
    .send(await response.text());
  return { kind: 'sent' };
}

async function register(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const id = eventId(ctx);
  await ctx.require();
  const result = await ctx.api(RegisterMutation, { id });
  const r = result.data?.registerForEvent;
  if (!r) return failed(ctx, result.errors);
  const notice = r.status === 'WAITLISTED' ? t('noticeWaitlisted', { position: r.waitlistPosition ?? 1 }) : t('noticeRegistered');
  return ctx.redirect(`/veranstaltungen/${id}`, notice);
}

async function cancel(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const id = eventId(ctx);
  await ctx.require();
  const result = await ctx.api(CancelMutation, { id });
  if (!result.data?.cancelRegistration) return failed(ctx, result.errors);
  return ctx.redirect(`/veranstaltungen/${id}`, t('noticeCancelled'));
}

/** A refused registration (closed, already registered…) shows the event again with the reason. */
async function failed(ctx: WebContext, errors: Parameters<WebContext['errorOutcome']>[0]): Promise<Outcome> {
  const code = errors[0]?.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') {
    const problems = Object.values(fieldErrors(errors, ctx.locale));
    return detail(ctx, { _form: problems[0] ?? "" });
  }
  return ctx.errorOutcome(errors);
}

export const eventRoutes = [
  get('/veranstaltungen', list),
  get('/veranstaltungen/:id', (ctx) => detail(ctx)),
  get('/veranstaltungen/:id/kalender.ics', icalFile),
  post('/veranstaltungen/:id/anmeldung', register),
  post('/veranstaltungen/:id/abmeldung', cancel),
];
