import { CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextArea, fieldErrors } from '../../components/form';
import { Badge } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { ReuseStatus } from '../../graphql/generated/graphql';
import { formatDate, messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { BackToWorkspace, isUnauthenticated, officerForPost, ownsContent, requireOfficer, SessionExpiredAlert, type Officer } from './officer-shared';

const m = messages(
  {
    title: 'Nachnutzung',
    intro: 'Andere Kommunen fragen an, ob sie Ihre Praxisbeispiele nachnutzen dürfen. Führen Sie jede Anfrage weiter: ins Gespräch, dann nachgenutzt oder abgelehnt. Nachnutzungen erscheinen auf dem Praxisbeispiel als „Nachgenutzt von …“.',
    received: 'Anfragen an Ihre Kommune',
    receivedCaption: 'Anfragen an Ihre Kommune: {count, plural, one {# Anfrage} other {# Anfragen}}',
    noneReceived: 'Noch keine Anfragen anderer Kommunen.',
    sent: 'Anfragen Ihrer Kommune',
    sentText: 'Eine Nachnutzung fragen Sie auf der Seite eines Praxisbeispiels einer anderen Kommune an („Nachnutzung anfragen“).',
    sentCaption: 'Anfragen Ihrer Kommune: {count, plural, one {# Anfrage} other {# Anfragen}}',
    noneSent: 'Ihre Kommune hat noch keine Nachnutzung angefragt.',
    colOwner: 'Kommune des Praxisbeispiels',
    colCaseStudy: 'Praxisbeispiel',
    colFrom: 'Anfragende Kommune',
    colMessage: 'Nachricht',
    colDate: 'Angefragt am',
    colStatus: 'Stand',
    colAction: 'Weiterführen',
    status_REQUESTED: 'Angefragt',
    status_IN_TALKS: 'Im Gespräch',
    status_ADOPTED: 'Nachgenutzt',
    status_DECLINED: 'Abgelehnt',
    to_IN_TALKS: 'Im Gespräch',
    to_ADOPTED: 'Nachgenutzt',
    to_DECLINED: 'Ablehnen',
    final: 'abgeschlossen',
    moved: 'Anfrage von {municipality} steht jetzt auf „{status}“.',
    requestTitle: 'Nachnutzung anfragen: {title}',
    requestIntro: 'Ihre Nachricht geht an die Digitalbeauftragten von {owner}. Sagen Sie kurz, was Sie vorhaben und wie man Sie erreicht.',
    message: 'Nachricht',
    send: 'Nachnutzung anfragen',
    sentNotice: 'Ihre Anfrage ist bei {owner} angekommen.',
    own: 'Dieses Praxisbeispiel gehört Ihrer Kommune; eine Nachnutzung fragen andere Kommunen an.',
    pending: 'Ihre Kommune hat bereits angefragt (Stand: {status}, {date}).',
    earlier: 'Frühere Anfragen Ihrer Kommune',
    back: 'Zurück zum Praxisbeispiel',
    messageRequired: 'Bitte schreiben Sie eine Nachricht.',
  },
  {
    title: 'Reuse',
    intro: 'Other municipalities ask whether they may reuse your case studies. Move each request on: into talks, then adopted or declined. Adoptions appear on the case study as “Reused by …”.',
    received: 'Requests to your municipality',
    receivedCaption: 'Requests to your municipality: {count, plural, one {# request} other {# requests}}',
    noneReceived: 'No requests from other municipalities yet.',
    sent: 'Requests of your municipality',
    sentText: 'You ask for reuse on the page of another municipality’s case study (“Request reuse”).',
    sentCaption: 'Requests of your municipality: {count, plural, one {# request} other {# requests}}',
    noneSent: 'Your municipality has not asked to reuse anything yet.',
    colOwner: 'Municipality of the case study',
    colCaseStudy: 'Case study',
    colFrom: 'Requesting municipality',
    colMessage: 'Message',
    colDate: 'Requested on',
    colStatus: 'Status',
    colAction: 'Move on',
    status_REQUESTED: 'Requested',
    status_IN_TALKS: 'In talks',
    status_ADOPTED: 'Adopted',
    status_DECLINED: 'Declined',
    to_IN_TALKS: 'In talks',
    to_ADOPTED: 'Adopted',
    to_DECLINED: 'Decline',
    final: 'closed',
    moved: 'Request of {municipality} is now “{status}”.',
    requestTitle: 'Request reuse: {title}',
    requestIntro: 'Your message goes to the digital officers of {owner}. Say briefly what you plan and how to reach you.',
    message: 'Message',
    send: 'Request reuse',
    sentNotice: 'Your request has reached {owner}.',
    own: 'This case study belongs to your municipality; other municipalities ask to reuse it.',
    pending: 'Your municipality has already asked (status: {status}, {date}).',
    earlier: 'Earlier requests of your municipality',
    back: 'Back to the case study',
    messageRequired: 'Please write a message.',
  },
);

const ListsQuery = graphql(`
  query WebOfficerReuse {
    received: reuseRequests(direction: RECEIVED, first: 100) {
      totalCount
      edges { node { id status message createdAt municipality { id name } caseStudy { slug title } } }
    }
    sent: reuseRequests(direction: SENT, first: 100) {
      totalCount
      edges { node { id status message createdAt updatedAt caseStudy { slug title municipality { name } } } }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation WebUpdateReuseRequest($id: ID!, $status: ReuseStatus!) {
    updateReuseRequest(id: $id, status: $status) { id status municipality { name } }
  }
`);

const CaseStudyQuery = graphql(`
  query WebReuseCaseStudy($slug: String!) {
    caseStudy(slug: $slug) {
      id slug title status
      municipality { id name }
      coOwners { id name }
      reuseRequests { id status createdAt municipality { id } }
    }
  }
`);

const RequestMutation = graphql(`
  mutation WebRequestReuse($caseStudyId: ID!, $message: String!) {
    requestReuse(caseStudyId: $caseStudyId, message: $message) { id status }
  }
`);

const NEXT: Record<ReuseStatus, Array<'IN_TALKS' | 'ADOPTED' | 'DECLINED'>> = { REQUESTED: ['IN_TALKS', 'ADOPTED', 'DECLINED'], IN_TALKS: ['ADOPTED', 'DECLINED'], ADOPTED: [], DECLINED: [] };

async function received(ctx: WebContext, errors: FieldErrors = {}): Promise<Outcome> {
  await requireOfficer(ctx);
  const t = ctx.tr(m);
  const data = await ctx.load(ListsQuery, {});
  const rows = data.received.edges.map((e) => e.node);
  const sent = data.sent.edges.map((e) => e.node);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <>
        <BackToWorkspace locale={ctx.locale} />
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body ik-prose">{t('intro')}</p>
        <section aria-labelledby="erhalten" class="ik-stack">
          <h2 class="kern-heading-medium" id="erhalten">{t('received')}</h2>
          {rows.length === 0 ? (
            <p class="kern-body">{t('noneReceived')}</p>
          ) : (
            <div class="ik-table-wrap">
              <table class="kern-table">
                <caption class="kern-title">{t('receivedCaption', { count: data.received.totalCount })}</caption>
                <thead class="kern-table__head">
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">{t('colFrom')}</th>
                    <th scope="col" class="kern-table__header">{t('colCaseStudy')}</th>
                    <th scope="col" class="kern-table__header">{t('colMessage')}</th>
                    <th scope="col" class="kern-table__header">{t('colDate')}</th>
                    <th scope="col" class="kern-table__header">{t('colStatus')}</th>
                    <th scope="col" class="kern-table__header">{t('colAction')}</th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {rows.map((r) => (
                    <tr class="kern-table__row" key={r.id}>
                      <th scope="row" class="kern-table__header">{r.municipality.name}</th>
                      <td class="kern-table__cell">{r.caseStudy ? <a class="kern-link" href={`/praxisbeispiele/${r.caseStudy.slug}`}>{r.caseStudy.title}</a> : '–'}</td>
                      <td class="kern-table__cell ik-quote">{r.message}</td>
                      <td class="kern-table__cell">{formatDate(ctx.locale, r.createdAt)}</td>
                      <td class="kern-table__cell"><Badge label={t(`status_${r.status}`)} tone={r.status === 'ADOPTED' ? 'success' : r.status === 'DECLINED' ? 'danger' : 'info'} /></td>
                      <td class="kern-table__cell">
                        {NEXT[r.status].length === 0 ? (
                          t('final')
                        ) : (
                          <form method="post" action={`/meine-kommune/nachnutzung/${r.id}`} class="ik-actions">
                            <CsrfField token={ctx.csrfToken} />
                            {NEXT[r.status].map((next) => (
                              <button
                                type="submit"
                                name="status"
                                value={next}
                                class={`kern-btn kern-btn--${next === 'DECLINED' ? 'tertiary' : 'secondary'} kern-btn--small`}
                                key={next}
                                aria-label={`${t(`to_${next}`)}: ${r.municipality.name} – ${r.caseStudy?.title ?? ''}`}
                              >
                                <span class="kern-label">{t(`to_${next}`)}</span>
                              </button>
                            ))}
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="gesendet" class="ik-stack">
          <h2 class="kern-heading-medium" id="gesendet">{t('sent')}</h2>
          <p class="kern-body ik-prose">{t('sentText')}</p>
          {sent.length === 0 ? (
            <p class="kern-body">{t('noneSent')}</p>
          ) : (
            <div class="ik-table-wrap">
              <table class="kern-table">
                <caption class="kern-title">{t('sentCaption', { count: data.sent.totalCount })}</caption>
                <thead class="kern-table__head">
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">{t('colCaseStudy')}</th>
                    <th scope="col" class="kern-table__header">{t('colOwner')}</th>
                    <th scope="col" class="kern-table__header">{t('colDate')}</th>
                    <th scope="col" class="kern-table__header">{t('colStatus')}</th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {sent.map((r) => (
                    <tr class="kern-table__row" key={r.id}>
                      <th scope="row" class="kern-table__header">
                        {r.caseStudy ? <a class="kern-link" href={`/praxisbeispiele/${r.caseStudy.slug}`}>{r.caseStudy.title}</a> : '–'}
                      </th>
                      <td class="kern-table__cell">{r.caseStudy?.municipality.name ?? '–'}</td>
                      <td class="kern-table__cell">{formatDate(ctx.locale, r.createdAt)}</td>
                      <td class="kern-table__cell"><Badge label={t(`status_${r.status}`)} tone={r.status === 'ADOPTED' ? 'success' : r.status === 'DECLINED' ? 'danger' : 'info'} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </>
    ),
  };
}

async function move(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  await requireOfficer(ctx);
  const id = (ctx.req.params as { id: string }).id;
  const status = ctx.field('status') as ReuseStatus;
  if (!['IN_TALKS', 'ADOPTED', 'DECLINED'].includes(status)) return received(ctx, { _form: t('final') });
  const result = await ctx.api(UpdateMutation, { id, status });
  const done = result.data?.updateReuseRequest;
  if (!done) {
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return received(ctx, fieldErrors(result.errors, ctx.locale, { id: '_form', status: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/meine-kommune/nachnutzung', t('moved', { municipality: done.municipality.name, status: t(`status_${done.status}`) }));
}

interface RequestState {
  officer: Officer;
  cs: Awaited<ReturnType<typeof loadCaseStudy>>;
  message: string;
  errors: FieldErrors;
  sessionExpired?: boolean;
}

async function loadCaseStudy(ctx: WebContext) {
  const slug = (ctx.req.params as { slug: string }).slug;
  return (await ctx.load(CaseStudyQuery, { slug })).caseStudy;
}

function requestPage(ctx: WebContext, s: RequestState): Outcome {
  const t = ctx.tr(m);
  const { cs, errors } = s;
  const title = t('requestTitle', { title: cs.title });
  const own = ownsContent({ ...s.officer, role: 'OFFICER' }, [cs.municipality, ...cs.coOwners]);
  const mine = cs.reuseRequests.filter((r) => r.municipality.id === s.officer.municipality.id);
  const open = mine.find((r) => r.status === 'REQUESTED' || r.status === 'IN_TALKS');
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title,
    hasErrors: hasErrors || s.sessionExpired,
    status: hasErrors || s.sessionExpired ? 400 : 200,
    body: (
      <div class="ik-form">
        <p class="kern-body"><a class="kern-link" href={`/praxisbeispiele/${cs.slug}`}>{t('back')}</a></p>
        {s.sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ message: t('message') }} />
        <h1 class="kern-heading-large">{title}</h1>
        {own ? (
          <p class="kern-body">{t('own')}</p>
        ) : open ? (
          <p class="kern-body" role="status">{t('pending', { status: t(`status_${open.status}`), date: formatDate(ctx.locale, open.createdAt) })}</p>
        ) : (
          <>
            <p class="kern-body">{t('requestIntro', { owner: cs.municipality.name })}</p>
            <form method="post" action={`/praxisbeispiele/${encodeURIComponent(cs.slug)}/nachnutzen`} class="ik-form" noValidate>
              <CsrfField token={s.sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken} />
              <TextArea name="message" label={t('message')} value={s.message} rows={6} required error={errors.message} locale={ctx.locale} />
              <SubmitButton>{t('send')}</SubmitButton>
            </form>
          </>
        )}
        {mine.length > 0 && !open ? (
          <section aria-labelledby="fruehere" class="ik-stack">
            <h2 class="kern-heading-medium" id="fruehere">{t('earlier')}</h2>
            <ul class="kern-body">
              {mine.map((r) => (
                <li key={r.id}>{`${formatDate(ctx.locale, r.createdAt)}: ${t(`status_${r.status}`)}`}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    ),
  };
}

async function requestForm(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  return requestPage(ctx, { officer, cs: await loadCaseStudy(ctx), message: '', errors: {} });
}

async function sendRequest(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const message = ctx.field('message');
  const officer = await officerForPost(ctx);
  if (!officer) {
    // Signed out meanwhile: the public fields of the case study still load, the message stays.
    const cs = await loadCaseStudy(ctx);
    const placeholder = { id: '', displayName: '', email: '', role: 'OFFICER' as const, locale: ctx.locale, unread: 0, municipality: { id: '', slug: '', name: '' } };
    return requestPage(ctx, { officer: placeholder, cs, message, errors: {}, sessionExpired: true });
  }
  const cs = await loadCaseStudy(ctx);
  const state: RequestState = { officer, cs, message, errors: {} };
  if (!message.trim()) return requestPage(ctx, { ...state, errors: { message: t('messageRequired') } });
  const result = await ctx.api(RequestMutation, { caseStudyId: cs.id, message });
  if (!result.data?.requestReuse) {
    if (isUnauthenticated(result.errors)) return requestPage(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return requestPage(ctx, { ...state, errors: fieldErrors(result.errors, ctx.locale, { caseStudyId: '_form' }) });
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(`/praxisbeispiele/${cs.slug}`, t('sentNotice', { owner: cs.municipality.name }));
}

export const reuseRoutes = [
  get('/meine-kommune/nachnutzung', (ctx) => received(ctx)),
  post('/meine-kommune/nachnutzung/:id', move),
  get('/praxisbeispiele/:slug/nachnutzen', requestForm),
  post('/praxisbeispiele/:slug/nachnutzen', sendRequest),
];
