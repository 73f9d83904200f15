import { AttachmentList } from '../../components/attachment-list';
import { ChoiceGroup, SubmitButton, TextField } from '../../components/form';
import { FundingFact } from '../../components/funding';
import { labels, MATURITIES, roleTitle, topicName } from '../../components/labels';
import { SoftwareBox } from '../../components/case-study-software';
import { Badge, Pagination } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { Maturity } from '../../graphql/generated/graphql';
import { formatDate, formatEuro, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { WebContext } from '../../server/web-context';
import { PartnerList } from '../../components/partner-list';

const m = messages(
  {
    title: 'Praxisbeispiele',
    description: 'Praxisbeispiele der Digitalisierung aus den Kommunen des Netzwerks: Probleme, Lösungen, Ergebnisse und Kosten.',
    intro: 'Was Kommunen ausprobiert haben – mit Problem, Lösung, Ergebnissen und Kosten.',
    filters: 'Filter',
    search: 'Suchbegriff',
    topic: 'Themenfeld',
    municipality: 'Kommune',
    allMunicipalities: 'Alle Kommunen',
    maturity: 'Reifegrad',
    apply: 'Anwenden',
    reset: 'Filter zurücksetzen',
    count: '{count, plural, =0 {Keine Praxisbeispiele gefunden} one {# Praxisbeispiel} other {# Praxisbeispiele}}',
    published: 'Veröffentlicht am {date}',
    confirmed: 'zuletzt bestätigt am {date}',
    notConfirmed: 'noch nicht bestätigt',
    by: 'von {name}',
    problem: 'Ausgangslage',
    solution: 'Lösung',
    results: 'Ergebnisse',
    lessons: 'Erfahrungen',
    facts: 'Auf einen Blick',
    maturityLabel: 'Reifegrad',
    costsOneOff: 'Einmalige Kosten',
    costsYearly: 'Laufende Kosten pro Jahr',
    funding: 'Förderung',
    partners: 'Partner',
    contact: 'Ansprechperson',
    coOwners: 'Gemeinsam mit',
    topics: 'Themenfelder',
    tags: 'Schlagwörter',
    links: 'Weiterführende Links',
    reusedBy: 'Nachgenutzt von {names}',
    updated: 'Zuletzt aktualisiert am {date} (Revision {revision})',
    visibility: 'Sichtbarkeit',
    none: 'keine Angabe',
    report: 'Inhalt melden',
    reuse: 'Nachnutzung für {municipality} anfragen',
  },
  {
    title: 'Case studies',
    description: 'Digitalisation case studies from the municipalities of the network: problems, solutions, results and costs.',
    intro: 'What municipalities have tried – with problem, solution, results and costs.',
    filters: 'Filters',
    search: 'Search term',
    topic: 'Topic',
    municipality: 'Municipality',
    allMunicipalities: 'All municipalities',
    maturity: 'Maturity',
    apply: 'Apply',
    reset: 'Reset filters',
    count: '{count, plural, =0 {No case studies found} one {# case study} other {# case studies}}',
    published: 'Published on {date}',
    confirmed: 'last confirmed on {date}',
    notConfirmed: 'not confirmed yet',
    by: 'by {name}',
    problem: 'Problem',
    solution: 'Solution',
    results: 'Results',
    lessons: 'Lessons learned',
    facts: 'At a glance',
    maturityLabel: 'Maturity',
    costsOneOff: 'One-off costs',
    costsYearly: 'Running costs per year',
    funding: 'Funding',
    partners: 'Partners',
    contact: 'Contact',
    coOwners: 'Together with',
    topics: 'Topics',
    tags: 'Tags',
    links: 'Further links',
    reusedBy: 'Reused by {names}',
    updated: 'Last updated on {date} (revision {revision})',
    visibility: 'Visibility',
    none: 'not stated',
    report: 'Report content',
    reuse: 'Request reuse for {municipality}',
  },
);

const ListQuery = graphql(`
  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {
    caseStudies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id slug title summary maturity publishedAt
          municipality { name slug }
          topics { slug name nameEn }
        }
      }
    }
    topics { slug name nameEn }
    municipalities(first: 100) { edges { node { slug name } } }
  }
`);

const DetailQuery = graphql(`
  query WebCaseStudy($slug: String!) {
    caseStudy(slug: $slug) {
      id slug title summary maturity status visibility publishedAt lastConfirmedAt updatedAt revision
      problemHtml solutionHtml resultsHtml lessonsLearnedHtml
      costs { oneOff yearly }
      fundingProgramme fundingUrl partners tags
      fundedBy { id name provider url deadline }
      partnerOrganisations { slug name }
      links { label url }
      software { name licence maintenanceType maintainers developmentStatus repositoryUrl platform }
      contact { displayName email }
      contactRole { id name municipality { name kind } }
      municipality { name slug }
      coOwners { name slug }
      reusedBy { name slug }
      topics { slug name nameEn }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
    }
  }
`);

async function list(ctx: WebContext) {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const search = ctx.query('suche')?.trim() ?? '';
  const topicSlugs = ctx.queryAll('thema');
  const municipality = ctx.query('kommune') ?? '';
  const maturity = ctx.queryAll('reife').filter((v): v is Maturity => (MATURITIES as readonly string[]).includes(v));
  const filter = {
    ...(search ? { search } : {}),
    ...(topicSlugs.length ? { topicSlugs } : {}),
    ...(municipality ? { municipalitySlugs: [municipality] } : {}),
    ...(maturity.length ? { maturity } : {}),
  };
  const data = await ctx.load(ListQuery, { filter, first: 12, after: ctx.query('nach') ?? null });
  const params = new URLSearchParams(ctx.path.split('?')[1] ?? '');
  return {
    kind: 'page' as const,
    title: t('title'),
    description: t('description'),
    canonical: '/praxisbeispiele',
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <form method="get" action="/praxisbeispiele" class="ik-filters" role="search" aria-label={t('filters')}>
          <TextField name="suche" label={t("search")} value={search} locale={ctx.locale} type="search" />
          <div class="kern-form-input">
            <label class="kern-label" for="feld-kommune">{t('municipality')}</label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="feld-kommune" name="kommune">
                <option value="">{t('allMunicipalities')}</option>
                {data.municipalities.edges.map(({ node }) => (
                  <option key={node.slug} value={node.slug} selected={node.slug === municipality}>{node.name}</option>
                ))}
              </select>
            </div>
          </div>
          <ChoiceGroup name="thema" legend={t('topic')} type="checkbox" selected={topicSlugs} options={data.topics.map((tp) => ({ value: tp.slug, label: topicName(tp, ctx.locale) }))} />
          <ChoiceGroup name="reife" legend={t('maturity')} type="checkbox" selected={maturity} options={MATURITIES.map((v) => ({ value: v, label: l(`maturity_${v}`) }))} />
          <div class="ik-actions">
            <SubmitButton>{t('apply')}</SubmitButton>
            <a class="kern-link" href="/praxisbeispiele">{t('reset')}</a>
          </div>
        </form>
        <p class="kern-body" role="status">{t('count', { count: data.caseStudies.totalCount })}</p>
        <ul class="ik-grid">
          {data.caseStudies.edges.map(({ node }) => (
            <li class="ik-card" key={node.id}>
              <h2 class="kern-heading-small">
                <a class="kern-link" href={`/praxisbeispiele/${node.slug}`}>{node.title}</a>
              </h2>
              <p class="ik-meta">
                <span>{node.municipality.name}</span>
                {node.publishedAt ? <span>{formatDate(ctx.locale, node.publishedAt)}</span> : null}
              </p>
              <p class="kern-body">{node.summary}</p>
              <p><Badge label={l(`maturity_${node.maturity}`)} /></p>
            </li>
          ))}
        </ul>
        <Pagination locale={ctx.locale} basePath="/praxisbeispiele" params={params} endCursor={data.caseStudies.pageInfo.endCursor} hasNextPage={data.caseStudies.pageInfo.hasNextPage} />
      </>
    ),
  };
}

async function detail(ctx: WebContext) {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const slug = (ctx.req.params as { slug: string }).slug;
  const { caseStudy: cs } = await ctx.load(DetailQuery, { slug });
  // A former slug (the title changed): cited links keep working and lead to the current address.
  if (cs.slug !== slug) return ctx.movedPermanently(`/praxisbeispiele/${encodeURIComponent(cs.slug)}${ctx.path.slice(ctx.pathname.length)}`);
  const viewer = await ctx.viewer();
  const section = (heading: string, html: string) =>
    html.trim() ? (
      <section>
        <h2 class="kern-heading-medium">{heading}</h2>
        <div class="ik-prose kern-body" dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    ) : null;
  return {
    kind: 'page' as const,
    title: cs.title,
    description: cs.summary,
    canonical: `/praxisbeispiele/${cs.slug}`,
    body: (
      <article class="ik-stack">
        <p class="ik-meta">
          <a class="kern-link" href={`/kommunen/${cs.municipality.slug}`}>{cs.municipality.name}</a>
          {cs.publishedAt ? (
            <span>
              {t('published', { date: formatDate(ctx.locale, cs.publishedAt) })} ·{' '}
              {cs.lastConfirmedAt ? t('confirmed', { date: formatDate(ctx.locale, cs.lastConfirmedAt) }) : t('notConfirmed')}
            </span>
          ) : null}
        </p>
        <h1 class="kern-heading-large">{cs.title}</h1>
        <p class="kern-body kern-body--large">{cs.summary}</p>
        {cs.reusedBy.length > 0 ? (
          <div class="kern-alert kern-alert--info">
            <div class="kern-alert__header">
              <span class="kern-title">{t('reusedBy', { names: cs.reusedBy.map((r) => r.name).join(', ') })}</span>
            </div>
          </div>
        ) : null}
        <section aria-labelledby="fakten">
          <h2 class="kern-heading-medium" id="fakten">{t('facts')}</h2>
          <dl class="ik-facts kern-body">
            <dt>{t('maturityLabel')}</dt>
            <dd>{l(`maturity_${cs.maturity}`)}</dd>
            <dt>{t('topics')}</dt>
            <dd>
              {cs.topics.map((tp, i) => (
                <span key={tp.slug}>{i > 0 ? ', ' : ''}<a class="kern-link" href={`/themen/${tp.slug}`}>{topicName(tp, ctx.locale)}</a></span>
              ))}
            </dd>
            <dt>{t('costsOneOff')}</dt>
            <dd>{cs.costs.oneOff != null ? formatEuro(ctx.locale, cs.costs.oneOff) : t('none')}</dd>
            <dt>{t('costsYearly')}</dt>
            <dd>{cs.costs.yearly != null ? formatEuro(ctx.locale, cs.costs.yearly) : t('none')}</dd>
            <dt>{t('funding')}</dt>
            <dd><FundingFact fundedBy={cs.fundedBy} text={cs.fundingProgramme} url={cs.fundingUrl} none={t('none')} /></dd>
            {cs.partners.length + cs.partnerOrganisations.length > 0 ? (<><dt>{t('partners')}</dt><dd><PartnerList linked={cs.partnerOrganisations} others={cs.partners} /></dd></>) : null}
            {cs.coOwners.length > 0 ? (<><dt>{t('coOwners')}</dt><dd>{cs.coOwners.map((o) => o.name).join(', ')}</dd></>) : null}
            <dt>{t('contact')}</dt>
            <dd>{cs.contactRole ? `${roleTitle(cs.contactRole.name, cs.contactRole.municipality, ctx.locale)}: ` : null}{cs.contact ? (<>{cs.contact.displayName}{cs.contact.email ? (<>{' – '}<a class="kern-link" href={`mailto:${cs.contact.email}`}>{cs.contact.email}</a></>) : null}</>) : t('none')}</dd>
            <dt>{t('visibility')}</dt>
            <dd>{l(`visibility_${cs.visibility}`)}</dd>
            {cs.tags.length > 0 ? (<><dt>{t('tags')}</dt><dd>{cs.tags.join(', ')}</dd></>) : null}
          </dl>
        </section>
        {cs.software ? <SoftwareBox software={cs.software} locale={ctx.locale} /> : null}
        {section(t('problem'), cs.problemHtml)}
        {section(t('solution'), cs.solutionHtml)}
        {section(t('results'), cs.resultsHtml)}
        {section(t('lessons'), cs.lessonsLearnedHtml)}
        {cs.links.length > 0 ? (
          <section>
            <h2 class="kern-heading-medium">{t('links')}</h2>
            <ul class="kern-body">
              {cs.links.map((link) => (<li key={link.url}><a class="kern-link" href={link.url}>{link.label}</a></li>))}
            </ul>
          </section>
        ) : null}
        <AttachmentList attachments={cs.attachments} locale={ctx.locale} />
        <p class="kern-body kern-body--small ik-meta">{t('updated', { date: formatDate(ctx.locale, cs.updatedAt), revision: cs.revision })}</p>
        {viewer ? (
          <ul class="ik-inline-list kern-body">
            {(viewer.role === 'OFFICER' || viewer.role === 'COORDINATOR') &&
            viewer.municipality &&
            viewer.municipality.slug !== cs.municipality.slug &&
            !cs.coOwners.some((o) => o.slug === viewer.municipality!.slug) ? (
              <li>
                <a class="kern-link" href={`/praxisbeispiele/${encodeURIComponent(cs.slug)}/nachnutzen`}>{t('reuse', { municipality: viewer.municipality.name })}</a>
              </li>
            ) : null}
            <li>
              <a class="kern-link" href={`/melden?praxisbeispiel=${encodeURIComponent(cs.slug)}`}>{t('report')}</a>
            </li>
          </ul>
        ) : null}
      </article>
    ),
  };
}

export const caseStudyRoutes = [get('/praxisbeispiele', list), get('/praxisbeispiele/:slug', detail)];
