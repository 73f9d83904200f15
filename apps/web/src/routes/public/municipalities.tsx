import { CaseStudyCards, EventCards } from '../../components/cards';
import { FollowForm } from '../../components/follow-form';
import { labels } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { SelectField, SubmitButton, TextField } from '../../components/form';
import type { MunicipalityKind } from '../../graphql/generated/graphql';
import { graphql } from '../../graphql/generated';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Mitgliedskommunen',
    description: 'Die Kommunen des Netzwerks mit ihren Praxisbeispielen, Veranstaltungen und Ansprechpersonen.',
    intro: 'Diese Kommunen teilen ihre Erfahrungen im Netzwerk. Jede Seite zeigt Praxisbeispiele, Veranstaltungen und wen Sie ansprechen können.',
    count: '{count, plural, =0 {Keine Kommunen} one {# Kommune} other {# Kommunen}}',
    caption: 'Mitgliedskommunen mit Art, Bundesland und Beitrittsdatum',
    filters: 'Kommunen filtern',
    search: 'Name',
    allKinds: 'Alle Arten',
    allStates: 'Alle Bundesländer',
    apply: 'Anwenden',
    reset: 'Filter zurücksetzen',
    name: 'Name',
    kind: 'Art',
    state: 'Bundesland',
    joinedAt: 'Mitglied seit',
    facts: 'Auf einen Blick',
    website: 'Internetseite',
    suspended: 'Mitgliedschaft ausgesetzt',
    caseStudies: 'Praxisbeispiele',
    noCaseStudies: 'Diese Kommune hat noch keine Praxisbeispiele veröffentlicht.',
    allCaseStudies: 'Alle Praxisbeispiele dieser Kommune',
    events: 'Kommende Veranstaltungen',
    noEvents: 'Zurzeit sind keine Veranstaltungen dieser Kommune angekündigt.',
    contacts: 'Ansprechpersonen',
    contactsIntro: 'Die Digitalbeauftragten der Kommune.',
    noContacts: 'Für diese Kommune ist noch keine Ansprechperson eingetragen.',
    emailSignIn: 'E-Mail-Adressen sehen angemeldete Mitglieder.',
    allMunicipalities: 'Alle Kommunen',
    none: 'keine Angabe',
    roles: 'Kontaktrollen',
    vacant: 'derzeit unbesetzt',
    deputy: 'Vertretung: {name}',
    similar: 'Kommunen wie diese',
    similarIntro: 'Praxisbeispiele aus vergleichbaren Kommunen – aus dem gleichen Landkreis, mit gleichen Themen, von gleicher Art oder aus dem gleichen Bundesland.',
  },
  {
    title: 'Member municipalities',
    description: 'The municipalities of the network with their case studies, events and contacts.',
    intro: 'These municipalities share their experience in the network. Each page shows case studies, events and whom to contact.',
    count: '{count, plural, =0 {No municipalities} one {# municipality} other {# municipalities}}',
    caption: 'Member municipalities with kind, state and date of joining',
    filters: 'Filter municipalities',
    search: 'Name',
    allKinds: 'All kinds',
    allStates: 'All states',
    apply: 'Apply',
    reset: 'Reset filters',
    name: 'Name',
    kind: 'Kind',
    state: 'State',
    joinedAt: 'Member since',
    facts: 'At a glance',
    website: 'Website',
    suspended: 'Membership suspended',
    caseStudies: 'Case studies',
    noCaseStudies: 'This municipality has not published any case studies yet.',
    allCaseStudies: 'All case studies of this municipality',
    events: 'Upcoming events',
    noEvents: 'No events of this municipality are announced at the moment.',
    contacts: 'Contacts',
    contactsIntro: 'The digital officers of the municipality.',
    noContacts: 'No contact has been named for this municipality yet.',
    emailSignIn: 'Signed-in members see email addresses.',
    allMunicipalities: 'All municipalities',
    none: 'not stated',
    roles: 'Contact roles',
    vacant: 'currently vacant',
    deputy: 'Deputy: {name}',
    similar: 'Municipalities like this one',
    similarIntro: 'Case studies from comparable municipalities – from the same district, with the same topics, of the same kind or from the same state.',
  },
);

/** German state abbreviations (as the API gives them) and their names. */
const STATES: Record<string, string> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen', RP: 'Rheinland-Pfalz', SL: 'Saarland',
  SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};
const stateName = (code: string) => STATES[code] ?? code;
const KINDS: readonly MunicipalityKind[] = ['GEMEINDE', 'STADT', 'VERBANDSGEMEINDE', 'LANDKREIS', 'OTHER'];

const ListQuery = graphql(`
  query WebMunicipalityList($filter: MunicipalityFilterInput, $first: Int!, $after: String) {
    municipalities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id slug name kind state status joinedAt } }
    }
  }
`);

const DetailQuery = graphql(`
  query WebMunicipality($slug: String!, $slugs: [String!]!, $from: DateTime!, $signedIn: Boolean!, $locale: Locale!) {
    municipality(slug: $slug) {
      id slug name kind state website status joinedAt
      contacts { id displayName email }
      contactRoles { id name holder { id displayName email } deputy { id displayName } }
      similarPractices(first: 3) { reason(locale: $locale) caseStudy { id slug title municipality { name } } }
    }
    caseStudies(filter: { municipalitySlugs: $slugs }, first: 12) {
      totalCount
      edges { node { id slug title summary maturity publishedAt municipality { name } } }
    }
    events(filter: { municipalitySlugs: $slugs, from: $from }, first: 6) {
      edges { node { id title startsAt endsAt format location status organiser { name } } }
    }
    mySubscriptions @include(if: $signedIn) { id frequency municipality { slug } }
  }
`);

async function list(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const search = ctx.query('suche')?.trim().slice(0, 100) ?? '';
  const kind = KINDS.find((k) => k === ctx.query('art')) ?? null;
  const state = ctx.query('land') && STATES[ctx.query('land')!] ? ctx.query('land')! : null;
  const filter = { ...(search ? { search } : {}), ...(kind ? { kind } : {}), ...(state ? { state } : {}) };
  const data = await ctx.load(ListQuery, { filter, first: 50, after: ctx.query('nach') ?? null });
  const params = new URLSearchParams(ctx.path.split('?')[1] ?? '');
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: '/kommunen',
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <form method="get" action="/kommunen" class="ik-filters" aria-label={t('filters')}>
          <TextField name="suche" label={t('search')} value={search} type="search" locale={ctx.locale} />
          <SelectField name="art" label={t('kind')} value={kind ?? ''} locale={ctx.locale} options={[{ value: '', label: t('allKinds') }, ...KINDS.map((k) => ({ value: k, label: l(`kind_${k}`) }))]} />
          <SelectField name="land" label={t('state')} value={state ?? ''} locale={ctx.locale} options={[{ value: '', label: t('allStates') }, ...Object.entries(STATES).map(([code, name]) => ({ value: code, label: name }))]} />
          <div class="ik-actions">
            <SubmitButton>{t('apply')}</SubmitButton>
            <a class="kern-link" href="/kommunen">{t('reset')}</a>
          </div>
        </form>
        <p class="kern-body" role="status">{t('count', { count: data.municipalities.totalCount })}</p>
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-sr-only">{t('caption')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">{t('name')}</th>
                <th scope="col" class="kern-table__header">{t('kind')}</th>
                <th scope="col" class="kern-table__header">{t('state')}</th>
                <th scope="col" class="kern-table__header">{t('joinedAt')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {data.municipalities.edges.map(({ node }) => (
                <tr class="kern-table__row" key={node.id}>
                  <th scope="row" class="kern-table__cell">
                    <a class="kern-link" href={`/kommunen/${node.slug}`}>{node.name}</a>
                    {node.status === 'SUSPENDED' ? <> <Badge tone="warning" label={t('suspended')} /></> : null}
                  </th>
                  <td class="kern-table__cell">{l(`kind_${node.kind}`)}</td>
                  <td class="kern-table__cell">{stateName(node.state)}</td>
                  <td class="kern-table__cell">{node.joinedAt ? formatDate(ctx.locale, node.joinedAt) : t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination locale={ctx.locale} basePath="/kommunen" params={params} endCursor={data.municipalities.pageInfo.endCursor} hasNextPage={data.municipalities.pageInfo.hasNextPage} />
      </>
    ),
  };
}

async function detail(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const slug = (ctx.req.params as { slug: string }).slug;
  const viewer = await ctx.viewer();
  const data = await ctx.load(DetailQuery, { slug, slugs: [slug], from: new Date().toISOString(), signedIn: viewer !== null, locale: ctx.locale });
  const mu = data.municipality;
  const following = data.mySubscriptions?.find((s) => s.municipality?.slug === slug) ?? null;
  const path = `/kommunen/${mu.slug}`;
  return {
    kind: 'page',
    title: mu.name,
    description: `${l(`kind_${mu.kind}`)} ${mu.name}, ${stateName(mu.state)}`,
    canonical: path,
    body: (
      <article class="ik-stack">
        <p class="ik-meta">
          <a class="kern-link" href="/kommunen">{t('allMunicipalities')}</a>
        </p>
        <h1 class="kern-heading-large">{mu.name}</h1>
        {mu.status === 'SUSPENDED' ? <p><Badge tone="warning" label={t('suspended')} /></p> : null}
        <section aria-labelledby="fakten">
          <h2 class="kern-heading-medium" id="fakten">{t('facts')}</h2>
          <dl class="ik-facts kern-body">
            <dt>{t('kind')}</dt>
            <dd>{l(`kind_${mu.kind}`)}</dd>
            <dt>{t('state')}</dt>
            <dd>{stateName(mu.state)}</dd>
            <dt>{t('website')}</dt>
            <dd>{mu.website ? <a class="kern-link" href={mu.website}>{mu.website}</a> : t('none')}</dd>
            <dt>{t('joinedAt')}</dt>
            <dd>{mu.joinedAt ? formatDate(ctx.locale, mu.joinedAt) : t('none')}</dd>
          </dl>
        </section>
        <section aria-labelledby="ansprechpersonen" class="ik-stack">
          <h2 class="kern-heading-medium" id="ansprechpersonen">{t('contacts')}</h2>
          {mu.contactRoles.length > 0 ? (
            <>
              <h3 class="kern-heading-small">{t('roles')}</h3>
              <ul class="kern-body ik-list">
                {mu.contactRoles.map((r) => (
                  <li key={r.id}>
                    {r.name}: {r.holder ? r.holder.displayName : t('vacant')}
                    {r.holder?.email ? (<>{' – '}<a class="kern-link" href={`mailto:${r.holder.email}`}>{r.holder.email}</a></>) : null}
                    {r.deputy ? <> ({t('deputy', { name: r.deputy.displayName })})</> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {mu.contacts.length === 0 ? (
            <p class="kern-body">{t('noContacts')}</p>
          ) : (
            <>
              <p class="kern-body">{t('contactsIntro')}</p>
              <ul class="kern-body ik-list">
                {mu.contacts.map((c, i) => (
                  <li key={c.id ?? i}>
                    {c.displayName}
                    {c.email ? (<>{' – '}<a class="kern-link" href={`mailto:${c.email}`}>{c.email}</a></>) : null}
                  </li>
                ))}
              </ul>
              {viewer ? null : <p class="kern-hint">{t('emailSignIn')}</p>}
            </>
          )}
        </section>
        <FollowForm locale={ctx.locale} target={{ kommune: mu.slug }} path={path} csrf={ctx.csrfToken} signedIn={viewer !== null} current={following?.frequency ?? null} />
        <section aria-labelledby="praxisbeispiele" class="ik-stack">
          <h2 class="kern-heading-medium" id="praxisbeispiele">{t('caseStudies')}</h2>
          {data.caseStudies.edges.length === 0 ? <p class="kern-body">{t('noCaseStudies')}</p> : <CaseStudyCards items={data.caseStudies.edges.map((e) => e.node)} locale={ctx.locale} level={3} />}
          {data.caseStudies.totalCount > data.caseStudies.edges.length ? (
            <p><a class="kern-link" href={`/praxisbeispiele?kommune=${encodeURIComponent(mu.slug)}`}>{t('allCaseStudies')}</a></p>
          ) : null}
        </section>
        {mu.similarPractices.length > 0 ? (
          <section aria-labelledby="kommunen-wie-diese" class="ik-stack">
            <h2 class="kern-heading-medium" id="kommunen-wie-diese">{t('similar')}</h2>
            <p class="kern-body">{t('similarIntro')}</p>
            <ul class="kern-body ik-list">
              {mu.similarPractices.map((p) => (
                <li key={p.caseStudy.id}>
                  <a class="kern-link" href={`/praxisbeispiele/${encodeURIComponent(p.caseStudy.slug)}`}>{p.caseStudy.title}</a>
                  {' '}({p.caseStudy.municipality.name}) – {p.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="veranstaltungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="veranstaltungen">{t('events')}</h2>
          {data.events.edges.length === 0 ? <p class="kern-body">{t('noEvents')}</p> : <EventCards events={data.events.edges.map((e) => e.node)} locale={ctx.locale} level={3} />}
        </section>
      </article>
    ),
  };
}

export const municipalityRoutes = [get('/kommunen', list), get('/kommunen/:slug', detail)];
