import { ProgrammeList } from '../../components/funding';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Förderprogramme',
    description: 'Förderprogramme für die Digitalisierung von Kommunen, mit Antragsfristen und Themenfeldern.',
    intro: 'Die Koordinierungsstelle pflegt diese Liste. Programme mit der nächsten Antragsfrist stehen oben.',
    count: '{count, plural, =0 {Zurzeit sind keine Förderprogramme eingetragen.} one {# Förderprogramm} other {# Förderprogramme}}',
  },
  {
    title: 'Funding programmes',
    description: 'Funding programmes for the digitalisation of municipalities, with application deadlines and topics.',
    intro: 'The coordination office keeps this list. Programmes with the nearest application deadline come first.',
    count: '{count, plural, =0 {No funding programmes are listed at the moment.} one {# funding programme} other {# funding programmes}}',
  },
);

const ProgrammesQuery = graphql(`
  query WebFundingProgrammes {
    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }
  }
`);

async function list(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const { fundingProgrammes } = await ctx.load(ProgrammesQuery, {});
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: '/foerderprogramme',
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large">{t('intro')}</p>
        <p class="kern-body">{t('count', { count: fundingProgrammes.length })}</p>
        <ProgrammeList programmes={fundingProgrammes} locale={ctx.locale} />
      </>
    ),
  };
}

export const fundingProgrammeRoutes = [get('/foerderprogramme', list)];
