import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, TextArea, TextField, fieldErrors } from '../../components/form';
import { labels } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import type { MunicipalityKind } from '../../graphql/generated/graphql';
import { messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

/** The radio value for "our body is not in the directory". */
const NOT_LISTED = 'nicht-im-verzeichnis';

/** The Länder codes the API uses (directory data and ApplyForMembershipInput.state). */
export const STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type State = (typeof STATES)[number];

/** The kinds a body outside the directory is most likely to be come first. */
const KINDS: MunicipalityKind[] = ['VERBANDSGEMEINDE', 'LANDKREIS', 'OTHER', 'GEMEINDE', 'STADT'];

const DIRECTORY_PAGE = 20;

export const stateNames = messages(
  {
    BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hessen',
    MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen', RP: 'Rheinland-Pfalz', SL: 'Saarland',
    SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
  },
  {
    BW: 'Baden-Württemberg', BY: 'Bavaria', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hesse',
    MV: 'Mecklenburg-Western Pomerania', NI: 'Lower Saxony', NW: 'North Rhine-Westphalia', RP: 'Rhineland-Palatinate', SL: 'Saarland',
    SN: 'Saxony', ST: 'Saxony-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thuringia',
  },
);

const m = messages(
  {
    title: 'Mitglied werden',
    description: 'Kommunen beantragen die Mitgliedschaft im Interkommunalen Netzwerk Digitale Stadt.',
    partnerLink: 'Sie vertreten eine Hochschule, ein Unternehmen, einen Verband oder eine zivilgesellschaftliche Organisation?',
    partnerLinkText: 'Als Partnerorganisation beantragen',
    intro: 'Ihre Kommune möchte im Netzwerk mitmachen? Beantragen Sie die Mitgliedschaft. Die Koordinierungsstelle prüft den Antrag und lädt Sie danach als Digitalbeauftragte oder Digitalbeauftragten Ihrer Kommune ein.',
    step1: '1. Ihre Kommune im Verzeichnis finden',
    step1Text: 'Das Verzeichnis enthält alle Gemeinden und Städte Deutschlands. Verbandsgemeinden, Landkreise und Zweckverbände stehen nicht darin – wählen Sie dann unten „Unsere Kommune ist nicht im Verzeichnis“.',
    searchLabel: 'Name oder Gemeindeschlüssel',
    searchHint: 'Zum Beispiel „Kaiserslautern“ oder „07312000“',
    stateLabel: 'Bundesland',
    allStates: 'Alle Bundesländer',
    searchButton: 'Im Verzeichnis suchen',
    searchRegion: 'Verzeichnis durchsuchen',
    found: '{count, plural, =0 {Keine Gemeinde gefunden.} one {# Gemeinde gefunden.} other {# Gemeinden gefunden.}}',
    moreThanShown: 'Es werden die ersten {shown} angezeigt. Suchen Sie genauer, wenn Ihre Kommune nicht dabei ist.',
    step2: '2. Antrag stellen',
    municipalityLegend: 'Für welche Kommune beantragen Sie die Mitgliedschaft?',
    municipalityHintNoSearch: 'Suchen Sie zuerst oben im Verzeichnis. Steht Ihre Kommune nicht darin, wählen Sie „Unsere Kommune ist nicht im Verzeichnis“.',
    notListed: 'Unsere Kommune ist nicht im Verzeichnis (zum Beispiel eine Verbandsgemeinde, ein Landkreis oder ein Zweckverband)',
    alreadyMember: 'bereits Mitglied',
    entry: '{name} ({state}, Gemeindeschlüssel {ags})',
    notListedLegend: 'Angaben zu Ihrer Kommune, wenn sie nicht im Verzeichnis steht',
    name: 'Name der Kommune',
    nameHint: 'Zum Beispiel „Otterbach-Otterberg“',
    kind: 'Art der Kommune',
    chooseKind: 'Bitte wählen',
    state: 'Bundesland der Kommune',
    chooseState: 'Bitte wählen',
    aboutYou: 'Angaben zu Ihnen',
    applicantName: 'Ihr Name',
    applicantEmail: 'Ihre dienstliche E-Mail-Adresse',
    applicantEmailHint: 'An diese Adresse schicken wir die Einladung, sobald der Antrag angenommen ist.',
    motivation: 'Warum möchte Ihre Kommune mitmachen?',
    motivationHint: 'Zum Beispiel: woran Sie gerade arbeiten und worüber Sie sich austauschen möchten.',
    website: 'Website der Kommune',
    websiteHint: 'Mit https://, zum Beispiel https://www.otterbach-otterberg.de',
    submit: 'Antrag absenden',
    municipalityRequired: 'Bitte wählen Sie Ihre Kommune aus dem Verzeichnis oder „Unsere Kommune ist nicht im Verzeichnis“.',
    nameRequired: 'Bitte geben Sie den Namen Ihrer Kommune ein.',
    kindRequired: 'Bitte wählen Sie die Art Ihrer Kommune.',
    stateRequired: 'Bitte wählen Sie das Bundesland.',
    applicantNameRequired: 'Bitte geben Sie Ihren Namen ein.',
    applicantEmailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    motivationRequired: 'Bitte schreiben Sie kurz, warum Ihre Kommune mitmachen möchte.',
    received: 'Ihr Antrag für {name} ist eingegangen.',
    thanksTitle: 'Vielen Dank für Ihren Antrag',
    thanksNext: 'So geht es weiter',
    thanks1: 'Die Koordinierungsstelle in Kaiserslautern prüft Ihren Antrag, in der Regel innerhalb weniger Arbeitstage.',
    thanks2: 'Wird der Antrag angenommen, erhalten Sie eine E-Mail mit einer Einladung. Über den Link darin legen Sie Ihren Namen und Ihr Passwort fest; der Link gilt sieben Tage.',
    thanks3: 'Danach können Sie Praxisbeispiele und Veranstaltungen Ihrer Kommune einstellen und Kolleginnen und Kollegen einladen.',
    thanks4: 'Lehnt die Koordinierungsstelle den Antrag ab, schreibt sie Ihnen die Gründe.',
    thanksBrowse: 'Bis dahin können Sie die öffentlichen Praxisbeispiele lesen.',
    caseStudies: 'Zu den Praxisbeispielen',
  },
  {
    title: 'Join the network',
    description: 'Municipalities apply for membership of the inter-municipal Digital City network.',
    partnerLink: 'Do you represent a university, a company, an association or a civil society organisation?',
    partnerLinkText: 'Apply as a partner organisation',
    intro: 'Would your municipality like to take part in the network? Apply for membership. The coordination office checks the application and then invites you as the digital officer of your municipality.',
    step1: '1. Find your municipality in the directory',
    step1Text: 'The directory lists every municipality and town in Germany. Collective municipalities (Verbandsgemeinden), districts and special-purpose associations are not in it – then choose “Our municipality is not in the directory” below.',
    searchLabel: 'Name or municipality key',
    searchHint: 'For example “Kaiserslautern” or “07312000”',
    stateLabel: 'State',
    allStates: 'All states',
    searchButton: 'Search the directory',
    searchRegion: 'Search the directory',
    found: '{count, plural, =0 {No municipality found.} one {# municipality found.} other {# municipalities found.}}',
    moreThanShown: 'The first {shown} are shown. Search more precisely if yours is not among them.',
    step2: '2. Apply',
    municipalityLegend: 'Which municipality are you applying for?',
    municipalityHintNoSearch: 'First search the directory above. If your municipality is not in it, choose “Our municipality is not in the directory”.',
    notListed: 'Our municipality is not in the directory (for example a collective municipality, a district or a special-purpose association)',
    alreadyMember: 'already a member',
    entry: '{name} ({state}, municipality key {ags})',
    notListedLegend: 'About your municipality, if it is not in the directory',
    name: 'Name of the municipality',
    nameHint: 'For example “Otterbach-Otterberg”',
    kind: 'Kind of municipality',
    chooseKind: 'Please choose',
    state: 'State of the municipality',
    chooseState: 'Please choose',
    aboutYou: 'About you',
    applicantName: 'Your name',
    applicantEmail: 'Your work email address',
    applicantEmailHint: 'We send the invitation to this address once the application is accepted.',
    motivation: 'Why would your municipality like to take part?',
    motivationHint: 'For example: what you are working on and what you would like to exchange ideas about.',
    website: 'Website of the municipality',
    websiteHint: 'With https://, for example https://www.otterbach-otterberg.de',
    submit: 'Send application',
    municipalityRequired: 'Please choose your municipality from the directory or “Our municipality is not in the directory”.',
    nameRequired: 'Please enter the name of your municipality.',
    kindRequired: 'Please choose the kind of your municipality.',
    stateRequired: 'Please choose the state.',
    applicantNameRequired: 'Please enter your name.',
    applicantEmailRequired: 'Please enter your email address.',
    motivationRequired: 'Please write briefly why your municipality would like to take part.',
    received: 'Your application for {name} has been received.',
    thanksTitle: 'Thank you for your application',
    thanksNext: 'What happens next',
    thanks1: 'The coordination office in Kaiserslautern checks your application, usually within a few working days.',
    thanks2: 'If it is accepted, you receive an email with an invitation. Its link lets you set your name and password; it is valid for seven days.',
    thanks3: 'Then you can publish case studies and events of your municipality and invite colleagues.',
    thanks4: 'If the coordination office declines the application, it writes to you with the reasons.',
    thanksBrowse: 'In the meantime you can read the public case studies.',
    caseStudies: 'Go to the case studies',
  },
);

const DirectoryQuery = graphql(`
  query WebDirectory($search: String, $state: String, $first: Int!) {
    directory(search: $search, state: $state, first: $first) {
      totalCount
      edges { node { ags name state member { slug } } }
    }
  }
`);

const ApplyMutation = graphql(`
  mutation WebApplyForMembership($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) { id municipalityName status }
  }
`);

interface Values {
  search: string;
  land: string;
  ags: string;
  name: string;
  kind: string;
  state: string;
  applicantName: string;
  applicantEmail: string;
  motivation: string;
  website: string;
}

const EMPTY: Values = { search: '', land: '', ags: '', name: '', kind: '', state: '', applicantName: '', applicantEmail: '', motivation: '', website: '' };

const isState = (value: string): value is State => (STATES as readonly string[]).includes(value);
const isKind = (value: string): value is MunicipalityKind => (KINDS as readonly string[]).includes(value);

async function page(ctx: WebContext, values: Values, errors: FieldErrors, summaryLabels: Record<string, string> = {}): Promise<Outcome> {
  const t = ctx.tr(m);
  const s = translator(stateNames, ctx.locale);
  const l = translator(labels, ctx.locale);
  const searched = values.search.trim() !== '' || values.land !== '';
  const directory = searched
    ? (await ctx.load(DirectoryQuery, { search: values.search.trim().slice(0, 100) || null, state: values.land || null, first: DIRECTORY_PAGE })).directory
    : null;
  const entries = directory?.edges.map((e) => e.node) ?? [];
  const options = [
    ...entries.map((e) => ({
      value: e.ags,
      label: `${t('entry', { name: e.name, state: isState(e.state) ? s(e.state) : e.state, ags: e.ags })}${e.member ? ` – ${t('alreadyMember')}` : ''}`,
    })),
    { value: NOT_LISTED, label: t('notListed') },
  ];
  const hasErrors = Object.keys(errors).length > 0;
  const stateOptions = STATES.map((code) => ({ value: code, label: s(code) }));
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: '/mitglied-werden',
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-stack">
        <ErrorSummary errors={errors} locale={ctx.locale} labels={summaryLabels} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large ik-prose">{t('intro')}</p>
        <p class="kern-body">{t('partnerLink')} <a class="kern-link" href="/mitglied-werden/partner">{t('partnerLinkText')}</a></p>

        <section aria-labelledby="schritt-1" class="ik-stack">
          <h2 class="kern-heading-medium" id="schritt-1">{t('step1')}</h2>
          <p class="kern-body ik-prose">{t('step1Text')}</p>
          <form method="get" action="/mitglied-werden" class="ik-filters" role="search" aria-label={t('searchRegion')} noValidate>
            <TextField name="suche" type="search" label={t('searchLabel')} hint={t('searchHint')} value={values.search} locale={ctx.locale} required />
            <SelectField name="land" label={t('stateLabel')} value={values.land} locale={ctx.locale} required options={[{ value: '', label: t('allStates') }, ...stateOptions]} />
            <div class="ik-actions">
              <SubmitButton variant="secondary">{t('searchButton')}</SubmitButton>
            </div>
          </form>
          {directory ? (
            <p class="kern-body" role="status">
              {t('found', { count: directory.totalCount })}
              {directory.totalCount > entries.length ? ` ${t('moreThanShown', { shown: entries.length })}` : ''}
            </p>
          ) : null}
        </section>

        <section aria-labelledby="schritt-2">
          <h2 class="kern-heading-medium" id="schritt-2">{t('step2')}</h2>
          <form method="post" action="/mitglied-werden" class="ik-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="suche" value={values.search} />
            <input type="hidden" name="land" value={values.land} />
            <ChoiceGroup
              name="ags"
              legend={t('municipalityLegend')}
              type="radio"
              hint={searched ? undefined : t('municipalityHintNoSearch')}
              error={errors.ags}
              selected={[values.ags]}
              options={options}
            />
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('notListedLegend')}</legend>
              <div class="kern-fieldset__body ik-stack">
                <TextField name="name" label={t('name')} hint={t('nameHint')} value={values.name} error={errors.name} locale={ctx.locale} required maxLength={200} />
                <SelectField
                  name="kind"
                  label={t('kind')}
                  value={values.kind}
                  error={errors.kind}
                  locale={ctx.locale}
                  required
                  options={[{ value: '', label: t('chooseKind') }, ...KINDS.map((k) => ({ value: k, label: l(`kind_${k}`) }))]}
                />
                <SelectField name="state" label={t('state')} value={values.state} error={errors.state} locale={ctx.locale} required options={[{ value: '', label: t('chooseState') }, ...stateOptions]} />
              </div>
            </fieldset>
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('aboutYou')}</legend>
              <div class="kern-fieldset__body ik-stack">
                <TextField name="applicantName" label={t('applicantName')} value={values.applicantName} error={errors.applicantName} locale={ctx.locale} required autocomplete="name" maxLength={120} />
                <TextField
                  name="applicantEmail"
                  type="email"
                  label={t('applicantEmail')}
                  hint={t('applicantEmailHint')}
                  value={values.applicantEmail}
                  error={errors.applicantEmail}
                  locale={ctx.locale}
                  required
                  autocomplete="email"
                  maxLength={254}
                />
              </div>
            </fieldset>
            <TextArea name="motivation" label={t('motivation')} hint={t('motivationHint')} value={values.motivation} error={errors.motivation} locale={ctx.locale} required maxLength={4000} rows={6} />
            <TextField name="website" type="url" label={t('website')} hint={t('websiteHint')} value={values.website} error={errors.website} locale={ctx.locale} autocomplete="url" maxLength={300} />
            <div class="ik-actions">
              <SubmitButton>{t('submit')}</SubmitButton>
            </div>
          </form>
        </section>
      </div>
    ),
  };
}

async function show(ctx: WebContext): Promise<Outcome> {
  const land = ctx.query('land') ?? '';
  return page(ctx, { ...EMPTY, search: ctx.query('suche') ?? '', land: isState(land) ? land : '' }, {});
}

async function submit(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const land = ctx.field('land');
  const values: Values = {
    search: ctx.field('suche'),
    land: isState(land) ? land : '',
    ags: ctx.field('ags'),
    name: ctx.field('name'),
    kind: ctx.field('kind'),
    state: ctx.field('state'),
    applicantName: ctx.field('applicantName'),
    applicantEmail: ctx.field('applicantEmail'),
    motivation: ctx.field('motivation'),
    website: ctx.field('website'),
  };
  const notListed = values.ags === NOT_LISTED;
  const missing: FieldErrors = {};
  if (!values.ags) missing.ags = t('municipalityRequired');
  if (notListed && !values.name.trim()) missing.name = t('nameRequired');
  if (notListed && !isKind(values.kind)) missing.kind = t('kindRequired');
  if (notListed && !isState(values.state)) missing.state = t('stateRequired');
  if (!values.applicantName.trim()) missing.applicantName = t('applicantNameRequired');
  if (!values.applicantEmail.trim()) missing.applicantEmail = t('applicantEmailRequired');
  if (!values.motivation.trim()) missing.motivation = t('motivationRequired');
  if (Object.keys(missing).length > 0) return page(ctx, values, missing);

  const result = await ctx.api(ApplyMutation, {
    input: {
      ...(notListed
        ? { name: values.name.trim(), kind: values.kind as MunicipalityKind, state: values.state }
        : { ags: values.ags }),
      applicantName: values.applicantName.trim(),
      applicantEmail: values.applicantEmail.trim(),
      motivation: values.motivation,
      website: values.website.trim() || null,
      locale: ctx.locale,
    },
  });
  const receipt = result.data?.applyForMembership;
  if (!receipt) {
    const code = result.errors[0]?.extensions?.code;
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'RATE_LIMITED') {
      const errors = fieldErrors(result.errors, ctx.locale);
      // API messages name the problem, not the field ("darf nicht leer sein"): the summary adds the label.
      const summaryLabels = Object.fromEntries(
        Object.keys(errors)
          .filter((k) => k !== '_form' && k in m.de)
          .map((k) => [k, t(k as keyof typeof m.de)]),
      );
      return page(ctx, values, errors, summaryLabels);
    }
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/mitglied-werden/danke', t('received', { name: receipt.municipalityName }));
}

async function thanks(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  return {
    kind: 'page',
    title: t('thanksTitle'),
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('thanksTitle')}</h1>
        <h2 class="kern-heading-medium">{t('thanksNext')}</h2>
        <ol class="kern-body">
          <li>{t('thanks1')}</li>
          <li>{t('thanks2')}</li>
          <li>{t('thanks3')}</li>
        </ol>
        <p class="kern-body">{t('thanks4')}</p>
        <p class="kern-body">
          {t('thanksBrowse')} <a class="kern-link" href="/praxisbeispiele">{t('caseStudies')}</a>
        </p>
      </div>
    ),
  };
}

export const applyRoutes = [get('/mitglied-werden', show), post('/mitglied-werden', submit), get('/mitglied-werden/danke', thanks)];
