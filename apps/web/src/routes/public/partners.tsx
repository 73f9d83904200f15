import { CaseStudyCards, EventCards } from '../../components/cards';
import { FollowForm } from '../../components/follow-form';
import { labels } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Partnerorganisationen',
    description: 'Hochschulen, Forschungseinrichtungen, Unternehmen und Zivilgesellschaft im Netzwerk.',
    intro: 'Diese Organisationen aus Wissenschaft, Wirtschaft und Zivilgesellschaft arbeiten mit den Kommunen des Netzwerks zusammen.',
    count: '{count, plural, =0 {Keine Partnerorganisationen} one {# Partnerorganisation} other {# Partnerorganisationen}}',
    caption: 'Partnerorganisationen mit Art und Beitrittsdatum',
    name: 'Name',
    kind: 'Art',
    joinedAt: 'Mitglied seit',
    facts: 'Auf einen Blick',
    website: 'Internetseite',
    contact: 'Kontakt',
    topics: 'Themenfelder',
    offer: 'Was wir anbieten',
    noOffer: 'Die Organisation hat ihr Angebot noch nicht beschrieben.',
    officers: 'Partnerbeauftragte',
    suspended: 'Mitgliedschaft ausgesetzt',
    caseStudies: 'Praxisbeispiele mit dieser Organisation',
    noCaseStudies: 'Noch keine veröffentlichten Praxisbeispiele nennen diese Organisation.',
    events: 'Veranstaltungen mit dieser Organisation',
    noEvents: 'Noch keine Veranstaltungen nennen diese Organisation.',
    edit: 'Profil bearbeiten',
    allPartners: 'Alle Partnerorganisationen',
    signInContact: 'Die Kontaktadresse sehen angemeldete Mitglieder.',
    none: 'keine Angabe',
  },
  {
    title: 'Partner organisations',
    description: 'Universities, research institutions, companies and civil society in the network.',
    intro: 'These organisations from science, business and civil society work with the municipalities of the network.',
    count: '{count, plural, =0 {No partner organisations} one {# partner organisation} other {# partner organisations}}',
    caption: 'Partner organisations with kind and date of joining',
    name: 'Name',
    kind: 'Kind',
    joinedAt: 'Member since',
    facts: 'At a glance',
    website: 'Website',
    contact: 'Contact',
    topics: 'Topics',
    offer: 'What we offer',
    noOffer: 'The organisation has not described its offer yet.',
    officers: 'Partner officers',
    suspended: 'Membership suspended',
    caseStudies: 'Case studies with this organisation',
    noCaseStudies: 'No published case study names this organisation yet.',
    events: 'Events with this organisation',
    noEvents: 'No event names this organisation yet.',
    edit: 'Edit profile',
    allPartners: 'All partner organisations',
    signInContact: 'Signed-in members see the contact address.',
    none: 'not stated',
  },
);

const ListQuery = graphql(`
  query WebPartnerList($first: Int!, $after: String) {
    partners(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id slug name kind status joinedAt } }
    }
  }
`);

const DetailQuery = graphql(`
  query WebPartner($slug: String!, $slugs: [String!]!, $signedIn: Boolean!) {
    partner(slug: $slug) {
      id slug name kind website contactEmail descriptionHtml status joinedAt viewerCanEdit
      topics { slug name nameEn }
      officers { id displayName }
    }
    caseStudies(filter: { partnerSlugs: $slugs }, first: 24) {
      edges { node { id slug title summary maturity publishedAt municipality { name } } }
    }
    events(filter: { partnerSlugs: $slugs, from: "2000-01-01T00:00:00Z" }, first: 24) {
      edges { node { id title startsAt endsAt format location status organiser { name } } }
    }
    mySubscriptions @include(if: $signedIn) { id frequency partner { slug } }
  }
`);

async function list(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const data = await ctx.load(ListQuery, { first: 50, after: ctx.query('nach') ?? null });
  const params = new URLSearchParams(ctx.path.split('?')[1] ?? '');
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: '/partner',
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <p class="kern-body" role="status">{t('count', { count: data.partners.totalCount })}</p>
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-sr-only">{t('caption')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">{t('name')}</th>
                <th scope="col" class="kern-table__header">{t('kind')}</th>
                <th scope="col" class="kern-table__header">{t('joinedAt')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {data.partners.edges.map(({ node }) => (
                <tr class="kern-table__row" key={node.id}>
                  <th scope="row" class="kern-table__cell">
                    <a class="kern-link" href={`/partner/${node.slug}`}>{node.name}</a>
                    {node.status === 'SUSPENDED' ? <> <Badge tone="warning" label={t('suspended')} /></> : null}
                  </th>
                  <td class="kern-table__cell">{l(`partnerKind_${node.kind}`)}</td>
                  <td class="kern-table__cell">{node.joinedAt ? formatDate(ctx.locale, node.joinedAt) : t('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination locale={ctx.locale} basePath="/partner" params={params} endCursor={data.partners.pageInfo.endCursor} hasNextPage={data.partners.pageInfo.hasNextPage} />
      </>
    ),
  };
}

async function detail(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const slug = (ctx.req.params as { slug: string }).slug;
  const viewer = await ctx.viewer();
  const data = await ctx.load(DetailQuery, { slug, slugs: [slug], signedIn: viewer !== null });
  const p = data.partner;
  const following = data.mySubscriptions?.find((s) => s.partner?.slug === slug) ?? null;
  const path = `/partner/${p.slug}`;
  return {
    kind: 'page',
    title: p.name,
    description: `${l(`partnerKind_${p.kind}`)} ${p.name}`,
    canonical: path,
    body: (
      <article class="ik-stack">
        <p class="ik-meta">
          <a class="kern-link" href="/partner">{t('allPartners')}</a>
        </p>
        <h1 class="kern-heading-large">{p.name}</h1>
        {p.status === 'SUSPENDED' ? <p><Badge tone="warning" label={t('suspended')} /></p> : null}
        {p.viewerCanEdit ? <p><a class="kern-link" href={`${path}/profil`}>{t('edit')}</a></p> : null}
        <section aria-labelledby="angebot" class="ik-stack">
          <h2 class="kern-heading-medium" id="angebot">{t('offer')}</h2>
          {p.descriptionHtml.trim() ? <div class="ik-prose kern-body" dangerouslySetInnerHTML={{ __html: p.descriptionHtml }} /> : <p class="kern-body">{t('noOffer')}</p>}
        </section>
        <section aria-labelledby="fakten">
          <h2 class="kern-heading-medium" id="fakten">{t('facts')}</h2>
          <dl class="ik-facts kern-body">
            <dt>{t('kind')}</dt>
            <dd>{l(`partnerKind_${p.kind}`)}</dd>
            <dt>{t('topics')}</dt>
            <dd>{p.topics.length ? p.topics.map((topic, i) => <>{i > 0 ? ', ' : ''}<a class="kern-link" href={`/themen/${topic.slug}`}>{ctx.locale === 'en' ? topic.nameEn : topic.name}</a></>) : t('none')}</dd>
            <dt>{t('website')}</dt>
            <dd>{p.website ? <a class="kern-link" href={p.website}>{p.website}</a> : t('none')}</dd>
            <dt>{t('contact')}</dt>
            <dd>{p.contactEmail ? <a class="kern-link" href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a> : viewer ? t('none') : t('signInContact')}</dd>
            <dt>{t('officers')}</dt>
            <dd>{p.officers.length ? p.officers.map((o) => o.displayName).join(', ') : t('none')}</dd>
            <dt>{t('joinedAt')}</dt>
            <dd>{p.joinedAt ? formatDate(ctx.locale, p.joinedAt) : t('none')}</dd>
          </dl>
        </section>
        <FollowForm locale={ctx.locale} target={{ partner: p.slug }} path={path} csrf={ctx.csrfToken} signedIn={viewer !== null} current={following?.frequency ?? null} />
        <section aria-labelledby="praxisbeispiele" class="ik-stack">
          <h2 class="kern-heading-medium" id="praxisbeispiele">{t('caseStudies')}</h2>
          {data.caseStudies.edges.length === 0 ? <p class="kern-body">{t('noCaseStudies')}</p> : <CaseStudyCards items={data.caseStudies.edges.map((e) => e.node)} locale={ctx.locale} level={3} />}
        </section>
        <section aria-labelledby="veranstaltungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="veranstaltungen">{t('events')}</h2>
          {data.events.edges.length === 0 ? <p class="kern-body">{t('noEvents')}</p> : <EventCards events={data.events.edges.map((e) => e.node)} locale={ctx.locale} level={3} />}
        </section>
      </article>
    ),
  };
}

export const partnerRoutes = [get('/partner', list), get('/partner/:slug', detail)];
