import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, TextArea, TextField, fieldErrors, fieldId } from '../../components/form';
import { labels, MATURITIES, topicName } from '../../components/labels';
import { FundingProgrammeField, fundingProgrammeLabel } from './funding-programme-field';
import { publiccodeProblems, SoftwareFields, softwareInput, softwareLabels, type SoftwareValues } from '../../components/case-study-software';
import { Badge } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { CreateCaseStudyInput, Maturity, Visibility } from '../../graphql/generated/graphql';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import type { ApiError } from '../../server/api-client';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { AttachmentsSection } from './attachments-editor';
import { BackToWorkspace, isUnauthenticated, lines, officerForPost, ownsContent, parseEuro, requireOfficer, ReviewNote, SessionExpiredAlert, type Officer } from './officer-shared';
import { PartnerSelect, partnerChoices } from '../../components/partner-select';

const m = messages(
  {
    newTitle: 'Neues Praxisbeispiel',
    editTitle: 'Praxisbeispiel bearbeiten: {title}',
    intro: 'Beschreiben Sie, was Ihre Kommune ausprobiert hat. Entwürfe sieht nur Ihre Kommune; nach dem Einreichen prüft die Koordinierungsstelle.',
    basics: 'Das Wichtigste',
    texts: 'Beschreibung',
    textsHint: 'Die Langtexte verstehen Markdown: **fett**, *kursiv*, Listen mit „- “, Links als [Text](https://…).',
    facts: 'Rahmendaten',
    title: 'Titel',
    summary: 'Kurzfassung',
    summaryHint: 'Höchstens 300 Zeichen; erscheint in Listen und Suchergebnissen.',
    problem: 'Ausgangslage',
    solution: 'Lösung',
    results: 'Ergebnisse',
    lessonsLearned: 'Erfahrungen',
    maturity: 'Reifegrad',
    topics: 'Themenfelder',
    topicsHint: 'Mindestens eines.',
    coOwners: 'Mitbesitzende Kommunen',
    coOwnersHint: 'Kommunen, die das Praxisbeispiel gemeinsam mit Ihnen verantworten; ihre Digitalbeauftragten dürfen es mitbearbeiten. Mehrere mit gedrückter Strg- bzw. Cmd-Taste wählen.',
    costOneOff: 'Einmalige Kosten in Euro',
    costYearly: 'Laufende Kosten pro Jahr in Euro',
    costHint: 'Ganze Euro, zum Beispiel 12.000.',
    fundingProgramme: 'Förderprogramm',
    fundingUrl: 'Link zum Förderprogramm',
    urlHint: 'Mit https:// am Anfang.',
    partners: 'Weitere Partner',
    partnersHint: 'Partner, die nicht Mitglied des Netzwerks sind; einer pro Zeile.',
    tags: 'Schlagwörter',
    tagsHint: 'Durch Kommas getrennt.',
    links: 'Weiterführende Links',
    linksHint: 'Einer pro Zeile: Bezeichnung | https://…',
    visibility: 'Sichtbarkeit',
    visibilityPublic: 'Öffentlich – für alle im Internet',
    visibilityNetwork: 'Nur im Netzwerk – für angemeldete Mitglieder',
    contact: 'Ansprechperson',
    contactHint: 'Wird auf der Seite des Praxisbeispiels mit Namen genannt. Zur Wahl stehen die Kontaktrollen und Konten Ihrer Kommune und die Digitalbeauftragten der anderen beteiligten Kommunen; neu gewählte mitbesitzende Kommunen erscheinen nach dem Speichern. Eine Kontaktrolle geht mit der Funktion auf die Nachfolge über.',
    contactNone: 'Keine Ansprechperson',
    contactOf: '{name} ({municipality})',
    contactRole: '{role} (Kontaktrolle, derzeit: {holder})',
    vacant: 'unbesetzt',
    save: 'Als Entwurf speichern',
    saveLive: 'Änderungen speichern',
    submit: 'Zur Prüfung einreichen',
    preview: 'Vorschau',
    previewHint: '„Vorschau“ speichert den Entwurf und zeigt die Langtexte so, wie sie später erscheinen.',
    previewOf: 'Vorschau: {field}',
    previewLive: 'Eine Vorschau gibt es nur für Entwürfe: Hier wäre jede gespeicherte Änderung sofort öffentlich.',
    previewSaved: 'Entwurf gespeichert – Vorschau unter den Textfeldern.',
    saved: 'Entwurf gespeichert.',
    savedLive: 'Änderungen gespeichert (Revision {revision}).',
    submitted: 'Praxisbeispiel „{title}“ zur Prüfung eingereicht.',
    publishedDirectly: 'Praxisbeispiel „{title}“ veröffentlicht.',
    liveWarning: 'Dieses Praxisbeispiel ist veröffentlicht. Änderungen sind sofort sichtbar und erzeugen eine neue Revision.',
    notEditable: 'Dieses Praxisbeispiel hat den Status „{status}“ und kann gerade nicht bearbeitet werden.',
    status: 'Status: {status}',
    revisions: 'Frühere Stände',
    revisionCaption: 'Revisionen, neueste zuerst',
    revision: 'Revision',
    savedAt: 'Gespeichert am',
    noRevisions: 'Noch keine früheren Stände.',
    view: 'Öffentliche Seite ansehen',
    badNumber: 'Bitte geben Sie einen Betrag in ganzen Euro ein, zum Beispiel 12.000.',
    badLink: 'Zeile {line}: Bitte schreiben Sie „Bezeichnung | https://…“.',
    topicRequired: 'Bitte wählen Sie mindestens ein Themenfeld.',
  },
  {
    newTitle: 'New case study',
    editTitle: 'Edit case study: {title}',
    intro: 'Describe what your municipality has tried. Only your municipality sees drafts; once submitted, the coordination office reviews.',
    basics: 'The essentials',
    texts: 'Description',
    textsHint: 'The long texts understand Markdown: **bold**, *italic*, lists with “- ”, links as [text](https://…).',
    facts: 'Facts',
    title: 'Title',
    summary: 'Summary',
    summaryHint: 'At most 300 characters; shown in lists and search results.',
    problem: 'Problem',
    solution: 'Solution',
    results: 'Results',
    lessonsLearned: 'Lessons learned',
    maturity: 'Maturity',
    topics: 'Topics',
    topicsHint: 'At least one.',
    coOwners: 'Co-owning municipalities',
    coOwnersHint: 'Municipalities responsible for the case study together with you; their digital officers may edit it too. Hold Ctrl or Cmd to choose several.',
    costOneOff: 'One-off costs in euros',
    costYearly: 'Running costs per year in euros',
    costHint: 'Whole euros, for example 12000.',
    fundingProgramme: 'Funding programme',
    fundingUrl: 'Link to the funding programme',
    urlHint: 'Starting with https://.',
    partners: 'Other partners',
    partnersHint: 'Partners who are not members of the network; one per line.',
    tags: 'Tags',
    tagsHint: 'Separated by commas.',
    links: 'Further links',
    linksHint: 'One per line: label | https://…',
    visibility: 'Visibility',
    visibilityPublic: 'Public – for everyone on the internet',
    visibilityNetwork: 'Network only – for signed-in members',
    contact: 'Contact',
    contactHint: 'Named on the case study’s page. You can choose the contact roles and accounts of your municipality and the digital officers of the other municipalities involved; newly chosen co-owners appear after saving. A contact role passes on with the function.',
    contactNone: 'No contact person',
    contactOf: '{name} ({municipality})',
    contactRole: '{role} (contact role, currently: {holder})',
    vacant: 'vacant',
    save: 'Save as draft',
    saveLive: 'Save changes',
    submit: 'Submit for review',
    preview: 'Preview',
    previewHint: '“Preview” saves the draft and shows the long texts as they will appear.',
    previewOf: 'Preview: {field}',
    previewLive: 'Previews exist for drafts only: here every saved change would be public at once.',
    previewSaved: 'Draft saved – preview below the text fields.',
    saved: 'Draft saved.',
    savedLive: 'Changes saved (revision {revision}).',
    submitted: 'Case study “{title}” submitted for review.',
    publishedDirectly: 'Case study “{title}” published.',
    liveWarning: 'This case study is published. Changes are visible at once and create a new revision.',
    notEditable: 'This case study has the status “{status}” and cannot be edited right now.',
    status: 'Status: {status}',
    revisions: 'Earlier versions',
    revisionCaption: 'Revisions, newest first',
    revision: 'Revision',
    savedAt: 'Saved on',
    noRevisions: 'No earlier versions yet.',
    view: 'View the public page',
    badNumber: 'Please enter an amount in whole euros, for example 12000.',
    badLink: 'Line {line}: please write “label | https://…”.',
    topicRequired: 'Please choose at least one topic.',
  },
);

const OptionsQuery = graphql(`
  query WebOfficerCaseStudyOptions($officer: Boolean!, $own: String!) {
    colleagues @include(if: $officer) { id displayName }
    own: municipality(slug: $own) @include(if: $officer) { contactRoles { id name holder { displayName } } }
    topics { slug name nameEn }
    municipalities(first: 100) { edges { node { id slug name } } }
    fundingProgrammes { id name provider }
    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }
  }
`);

const EditQuery = graphql(`
  query WebOfficerCaseStudy($slug: String!, $own: String!) {
    caseStudy(slug: $slug) {
      id slug title summary problem solution results lessonsLearned
      problemHtml solutionHtml resultsHtml lessonsLearnedHtml
      maturity status visibility revision
      costs { oneOff yearly }
      fundingProgramme fundingUrl partners tags
      fundedBy { id }
      partnerOrganisations { id name }
      links { label url }
      repositoryUrl publiccodeYml
      contact { id displayName }
      contactRole { id name holder { displayName } }
      municipality { id slug name contacts { id displayName } }
      coOwners { id slug name contacts { id displayName } }
      topics { slug }
      reviewDecisions { decision comment createdAt revision }
      revisions { revision createdAt }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
    }
    colleagues { id displayName }
    own: municipality(slug: $own) { contactRoles { id name holder { displayName } } }
    topics { slug name nameEn }
    municipalities(first: 100) { edges { node { id slug name } } }
    fundingProgrammes { id name provider }
    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }
  }
`);

const CreateMutation = graphql(`
  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {
    createCaseStudy(input: $input) { id slug title }
  }
`);

const UpdateMutation = graphql(`
  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {
    updateCaseStudy(id: $id, input: $input) { id slug title revision status }
  }
`);

const SubmitMutation = graphql(`
  mutation WebSubmitCaseStudy($id: ID!) {
    submitCaseStudy(id: $id) { id status title }
  }
`);

type Loaded = NonNullable<Awaited<ReturnType<typeof loadForEdit>>>;
type Person = { id?: string | null; displayName: string };
/** colleagues is absent when the session has ended (the form is shown again to keep what was typed). */
type Role = { id: string; name: string; holder?: { displayName: string } | null };
type Options = {
  colleagues?: Person[]; own?: { contactRoles: Role[] }; topics: Array<{ slug: string; name: string; nameEn: string }>; municipalities: { edges: Array<{ node: { id: string; slug: string; name: string } }> };
  fundingProgrammes?: Array<{ id: string; name: string; provider: string }>;
  partners?: { edges: Array<{ node: { id: string; name: string } }> };
};

/** What the form shows: as typed (strings), so nothing is lost on a failed submit. */
interface Values extends SoftwareValues {
  title: string;
  summary: string;
  problem: string;
  solution: string;
  results: string;
  lessonsLearned: string;
  maturity: string;
  topicSlugs: string[];
  coOwnerIds: string[];
  partnerIds: string[];
  /** The contact's account id, or `rolle:<id>` for a contact role; '' for none. */
  contactId: string;
  costOneOff: string;
  costYearly: string;
  fundingProgramme: string;
  fundingUrl: string;
  /** The programme from the list; '' for none. */
  fundingProgrammeId: string;
  partners: string;
  tags: string;
  links: string;
  visibility: string;
}

const EMPTY: Values = {
  title: '', summary: '', problem: '', solution: '', results: '', lessonsLearned: '', maturity: 'PILOT', topicSlugs: [], coOwnerIds: [], partnerIds: [], contactId: '',
  costOneOff: '', costYearly: '', fundingProgramme: '', fundingUrl: '', fundingProgrammeId: '', partners: '', tags: '', links: '', visibility: 'PUBLIC',
  repositoryUrl: '', publiccodeYml: '',
};

type TextName = 'problem' | 'solution' | 'results' | 'lessonsLearned';

/** API paths of nested inputs, mapped to the form field that holds them. */
const ALIASES: Record<string, string> = {
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [[`links.${i}.url`, 'links'], [`links.${i}.label`, 'links']]).flat()),
  contactRoleId: 'contactId',
};

/** The contact field holds a person's id or, for a contact role, `rolle:<id>`. */
const ROLE_PREFIX = 'rolle:';
const contactValue = (cs: { contact?: { id?: string | null } | null; contactRole?: { id: string } | null }): string =>
  cs.contactRole ? `${ROLE_PREFIX}${cs.contactRole.id}` : (cs.contact?.id ?? '');

function valuesOf(cs: Loaded['caseStudy']): Values {
  return {
    title: cs.title,
    summary: cs.summary,
    problem: cs.problem,
    solution: cs.solution,
    results: cs.results,
    lessonsLearned: cs.lessonsLearned,
    maturity: cs.maturity,
    topicSlugs: cs.topics.map((t) => t.slug),
    coOwnerIds: cs.coOwners.map((o) => o.id),
    partnerIds: cs.partnerOrganisations.map((p) => p.id),
    contactId: contactValue(cs),
    costOneOff: cs.costs.oneOff != null ? String(cs.costs.oneOff) : '',
    costYearly: cs.costs.yearly != null ? String(cs.costs.yearly) : '',
    fundingProgramme: cs.fundingProgramme ?? '',
    fundingUrl: cs.fundingUrl ?? '',
    fundingProgrammeId: cs.fundedBy?.id ?? '',
    partners: cs.partners.join('\n'),
    tags: cs.tags.join(', '),
    links: cs.links.map((l) => `${l.label} | ${l.url}`).join('\n'),
    visibility: cs.visibility,
    repositoryUrl: cs.repositoryUrl ?? '',
    publiccodeYml: cs.publiccodeYml ?? '',
  };
}

function posted(ctx: WebContext): Values {
  return {
    title: ctx.field('title'),
    summary: ctx.field('summary'),
    problem: ctx.field('problem'),
    solution: ctx.field('solution'),
    results: ctx.field('results'),
    lessonsLearned: ctx.field('lessonsLearned'),
    maturity: ctx.field('maturity'),
    topicSlugs: ctx.fields('topicSlugs'),
    coOwnerIds: ctx.fields('coOwnerIds'),
    partnerIds: ctx.fields('partnerIds'),
    contactId: ctx.field('contactId'),
    costOneOff: ctx.field('costOneOff'),
    costYearly: ctx.field('costYearly'),
    fundingProgramme: ctx.field('fundingProgramme'),
    fundingUrl: ctx.field('fundingUrl'),
    fundingProgrammeId: ctx.field('fundingProgrammeId'),
    partners: ctx.field('partners'),
    tags: ctx.field('tags'),
    links: ctx.field('links'),
    visibility: ctx.field('visibility'),
    repositoryUrl: ctx.field('repositoryUrl'),
    publiccodeYml: ctx.field('publiccodeYml'),
  };
}

/** The API input for the typed values, or the problems the web can tell before asking. */
function toInput(ctx: WebContext, v: Values): { input: CreateCaseStudyInput; errors: FieldErrors } {
  const t = ctx.tr(m);
  const errors: FieldErrors = {};
  const costOneOff = parseEuro(v.costOneOff);
  const costYearly = parseEuro(v.costYearly);
  if (Number.isNaN(costOneOff)) errors.costOneOff = t('badNumber');
  if (Number.isNaN(costYearly)) errors.costYearly = t('badNumber');
  const links: Array<{ label: string; url: string }> = [];
  lines(v.links).forEach((line, i) => {
    const bar = line.lastIndexOf('|');
    const label = bar > 0 ? line.slice(0, bar).trim() : '';
    const url = bar > 0 ? line.slice(bar + 1).trim() : '';
    if (!label || !url) errors.links ??= t('badLink', { line: i + 1 });
    else links.push({ label, url });
  });
  if (v.topicSlugs.length === 0) errors.topicSlugs = t('topicRequired');
  return {
    errors,
    input: {
      title: v.title.trim(),
      summary: v.summary.trim(),
      problem: v.problem,
      solution: v.solution,
      results: v.results,
      lessonsLearned: v.lessonsLearned,
      maturity: ((MATURITIES as readonly string[]).includes(v.maturity) ? v.maturity : 'PILOT') as Maturity,
      topicSlugs: v.topicSlugs,
      coOwnerIds: v.coOwnerIds,
      partnerIds: v.partnerIds,
      ...(v.contactId.startsWith(ROLE_PREFIX)
        ? { contactRoleId: v.contactId.slice(ROLE_PREFIX.length), contactId: null }
        : { contactId: v.contactId || null, contactRoleId: null }),
      costOneOff: Number.isNaN(costOneOff) ? null : costOneOff,
      costYearly: Number.isNaN(costYearly) ? null : costYearly,
      fundingProgramme: v.fundingProgramme.trim() || null,
      fundingUrl: v.fundingUrl.trim() || null,
      fundingProgrammeId: v.fundingProgrammeId || null,
      partners: lines(v.partners),
      tags: v.tags.split(',').map((s) => s.trim()).filter(Boolean),
      links,
      visibility: (v.visibility === 'NETWORK' ? 'NETWORK' : 'PUBLIC') as Visibility,
      ...softwareInput(v),
    },
  };
}

async function loadForEdit(ctx: WebContext, officer: Officer, slug: string) {
  const data = await ctx.load(EditQuery, { slug, own: officer.municipality.slug });
  if (!ownsContent(officer, [data.caseStudy.municipality, ...data.caseStudy.coOwners])) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
  return data;
}

interface FormState {
  officer: Officer | null;
  options: Options;
  values: Values;
  errors: FieldErrors;
  /** The saved case study when editing. */
  existing?: Loaded['caseStudy'];
  preview?: Partial<Record<TextName, string>>;
  sessionExpired?: boolean;
  /** Where the form posts when there is no saved item to tell (an edit whose session ended). */
  action?: string;
}

function editPath(slug: string): string {
  return `/meine-kommune/praxisbeispiele/${encodeURIComponent(slug)}/bearbeiten`;
}

const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED'];

/** Above this many people the contact is a select, below a radio group. */
const MAX_CONTACT_RADIOS = 6;

/**
 * The contact choice: the own municipality's accounts (colleagues), the officers of the other
 * owning municipalities (their officers can name their other colleagues), and the current
 * contact whoever set it. The API checks the choice against the owners after the write.
 */
function ContactField({ ctx, state }: { ctx: WebContext; state: FormState }) {
  const t = ctx.tr(m);
  const { values: v, errors, existing, officer } = state;
  // Without a session there is no list to show: the choice travels on unchanged.
  if (!state.options.colleagues) return <input type="hidden" name="contactId" value={v.contactId} />;
  const options: Array<{ value: string; label: string }> = [];
  const add = (person: Person, municipality?: string) => {
    if (!person.id || options.some((o) => o.value === person.id)) return;
    options.push({ value: person.id, label: municipality ? t('contactOf', { name: person.displayName, municipality }) : person.displayName });
  };
  const addRole = (role: Role) => {
    const value = `${ROLE_PREFIX}${role.id}`;
    if (options.some((o) => o.value === value)) return;
    options.push({ value, label: t('contactRole', { role: role.name, holder: role.holder?.displayName ?? t('vacant') }) });
  };
  (state.options.own?.contactRoles ?? []).forEach(addRole);
  if (existing?.contactRole) addRole(existing.contactRole);
  state.options.colleagues.forEach((p) => add(p));
  for (const owner of existing ? [existing.municipality, ...existing.coOwners] : []) {
    if (owner.id !== officer?.municipality.id) owner.contacts.forEach((p) => add(p, owner.name));
  }
  if (existing?.contact) add(existing.contact);
  if (!v.contactId) options.unshift({ value: '', label: t('contactNone') });
  return options.length <= MAX_CONTACT_RADIOS ? (
    <ChoiceGroup name="contactId" legend={t('contact')} hint={t('contactHint')} type="radio" selected={[v.contactId]} error={errors.contactId} options={options} />
  ) : (
    <SelectField name="contactId" label={t('contact')} hint={t('contactHint')} value={v.contactId} error={errors.contactId} locale={ctx.locale} options={options} />
  );
}

function render(ctx: WebContext, s: FormState): Outcome {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const { values: v, errors, existing } = s;
  const hasErrors = Object.keys(errors).length > 0;
  const title = existing || s.action ? t('editTitle', { title: existing?.title ?? v.title }) : t('newTitle');
  const action = existing ? editPath(existing.slug) : (s.action ?? '/meine-kommune/praxisbeispiele/neu');
  const live = existing?.status === 'PUBLISHED';
  const submittable = !existing || existing.status === 'DRAFT' || existing.status === 'CHANGES_REQUESTED';
  const ownId = s.officer?.municipality.id;
  const municipalityOptions = [
    ...(existing?.coOwners ?? []),
    ...s.options.municipalities.edges.map((e) => e.node).filter((n) => !existing?.coOwners.some((o) => o.id === n.id)),
  ].filter((n) => n.id !== ownId && n.id !== existing?.municipality.id);
  const fieldLabels: Record<string, string> = {
    title: t('title'), summary: t('summary'), problem: t('problem'), solution: t('solution'), results: t('results'), lessonsLearned: t('lessonsLearned'),
    maturity: t('maturity'), topicSlugs: t('topics'), coOwnerIds: t('coOwners'), costOneOff: t('costOneOff'), costYearly: t('costYearly'),
    fundingProgramme: t('fundingProgramme'), fundingUrl: t('fundingUrl'), partners: t('partners'), tags: t('tags'), links: t('links'), visibility: t('visibility'),
    contactId: t('contact'), fundingProgrammeId: fundingProgrammeLabel(ctx), ...softwareLabels(ctx.locale),
  };
  const text = (name: TextName) => (
    <>
      <TextArea name={name} label={t(name)} value={v[name]} rows={8} error={errors[name]} locale={ctx.locale} />
      {s.preview?.[name]?.trim() ? (
        <section class="ik-preview" aria-label={t('previewOf', { field: t(name) })}>
          <p class="kern-label">{t('previewOf', { field: t(name) })}</p>
          <div class="ik-prose kern-body" dangerouslySetInnerHTML={{ __html: s.preview[name]! }} />
        </section>
      ) : null}
    </>
  );
  if (existing && !EDITABLE.includes(existing.status)) {
    return {
      kind: 'page',
      title,
      body: (
        <>
          <BackToWorkspace locale={ctx.locale} />
          <h1 class="kern-heading-large">{title}</h1>
          <p class="kern-body">{t('notEditable', { status: l(`status_${existing.status}` as 'status_DRAFT') })}</p>
          <ReviewNote status={existing.status} decisions={existing.reviewDecisions} locale={ctx.locale} />
        </>
      ),
    };
  }
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
          <p class="kern-body">
            <Badge label={t('status', { status: l(`status_${existing.status}` as 'status_DRAFT') })} tone={live ? 'success' : 'info'} />
            {live ? (
              <>
                {' '}
                <a class="kern-link" href={`/praxisbeispiele/${existing.slug}`}>{t('view')}</a>
              </>
            ) : null}
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
          <CsrfField token={s.sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken} />
          <fieldset class="kern-fieldset ik-form">
            <legend class="kern-heading-medium">{t('basics')}</legend>
            <TextField name="title" label={t('title')} value={v.title} required error={errors.title} locale={ctx.locale} />
            <TextArea name="summary" label={t('summary')} hint={t('summaryHint')} value={v.summary} rows={3} required error={errors.summary} locale={ctx.locale} />
            <ChoiceGroup
              name="topicSlugs"
              legend={t('topics')}
              hint={t('topicsHint')}
              type="checkbox"
              selected={v.topicSlugs}
              error={errors.topicSlugs}
              options={s.options.topics.map((tp) => ({ value: tp.slug, label: topicName(tp, ctx.locale) }))}
            />
            <SelectField name="maturity" label={t('maturity')} value={v.maturity} required error={errors.maturity} locale={ctx.locale} options={MATURITIES.map((x) => ({ value: x, label: l(`maturity_${x}`) }))} />
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
          </fieldset>
          <fieldset class="kern-fieldset ik-form">
            <legend class="kern-heading-medium">{t('texts')}</legend>
            <p class="kern-hint">{t('textsHint')}</p>
            {text('problem')}
            {text('solution')}
            {text('results')}
            {text('lessonsLearned')}
          </fieldset>
          <fieldset class="kern-fieldset ik-form">
            <legend class="kern-heading-medium">{t('facts')}</legend>
            <TextField name="costOneOff" label={t('costOneOff')} hint={t('costHint')} value={v.costOneOff} inputMode="decimal" error={errors.costOneOff} locale={ctx.locale} />
            <TextField name="costYearly" label={t('costYearly')} hint={t('costHint')} value={v.costYearly} inputMode="decimal" error={errors.costYearly} locale={ctx.locale} />
            <TextField name="fundingProgramme" label={t('fundingProgramme')} value={v.fundingProgramme} error={errors.fundingProgramme} locale={ctx.locale} />
            <TextField name="fundingUrl" type="url" label={t('fundingUrl')} hint={t('urlHint')} value={v.fundingUrl} error={errors.fundingUrl} locale={ctx.locale} />
            <FundingProgrammeField ctx={ctx} programmes={s.options.fundingProgrammes} value={v.fundingProgrammeId} errors={errors} />
            <PartnerSelect locale={ctx.locale} partners={partnerChoices(s.options.partners, existing?.partnerOrganisations)} selected={v.partnerIds} error={errors.partnerIds} />
            <TextArea name="partners" label={t('partners')} hint={t('partnersHint')} value={v.partners} rows={3} error={errors.partners} locale={ctx.locale} />
            <TextField name="tags" label={t('tags')} hint={t('tagsHint')} value={v.tags} error={errors.tags} locale={ctx.locale} />
            <TextArea name="links" label={t('links')} hint={t('linksHint')} value={v.links} rows={3} error={errors.links} locale={ctx.locale} />
            <div class={`kern-form-input${errors.coOwnerIds ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for={fieldId('coOwnerIds')}>
                {t('coOwners')}
                <span class="kern-label__optional"> {ctx.t('optional')}</span>
              </label>
              <div class="kern-hint" id={`${fieldId('coOwnerIds')}-hinweis`}>{t('coOwnersHint')}</div>
              {errors.coOwnerIds ? <p class="kern-error" id={`${fieldId('coOwnerIds')}-fehler`}>{errors.coOwnerIds}</p> : null}
              <select
                class="kern-form-input__select ik-multiselect"
                id={fieldId('coOwnerIds')}
                name="coOwnerIds"
                multiple
                size={6}
                aria-describedby={`${fieldId('coOwnerIds')}-hinweis${errors.coOwnerIds ? ` ${fieldId('coOwnerIds')}-fehler` : ''}`}
              >
                {municipalityOptions.map((o) => (
                  <option key={o.id} value={o.id} selected={v.coOwnerIds.includes(o.id)}>{o.name}</option>
                ))}
              </select>
            </div>
            <ContactField ctx={ctx} state={s} />
          </fieldset>
          <SoftwareFields values={v} errors={errors} locale={ctx.locale} />
          <p class="kern-hint">{live ? t('previewLive') : t('previewHint')}</p>
          <div class="ik-actions">
            {submittable ? <SubmitButton name="aktion" value="einreichen">{t('submit')}</SubmitButton> : null}
            <SubmitButton name="aktion" value="speichern" variant="secondary">{live ? t('saveLive') : t('save')}</SubmitButton>
            {live ? null : <SubmitButton name="aktion" value="vorschau" variant="tertiary">{t('preview')}</SubmitButton>}
          </div>
        </form>
        {existing ? (
          <AttachmentsSection ctx={ctx} item={{ id: existing.id, title: existing.title, editPath: editPath(existing.slug), attachments: existing.attachments }} limits={ctx.services.attachmentLimits} />
        ) : null}
        {live && existing ? (
          <section aria-labelledby="revisionen" class="ik-stack">
            <h2 class="kern-heading-medium" id="revisionen">{t('revisions')}</h2>
            {existing.revisions.length === 0 ? (
              <p class="kern-body">{t('noRevisions')}</p>
            ) : (
              <table class="kern-table">
                <caption class="kern-title">{t('revisionCaption')}</caption>
                <thead class="kern-table__head">
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">{t('revision')}</th>
                    <th scope="col" class="kern-table__header">{t('savedAt')}</th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {existing.revisions.map((r) => (
                    <tr class="kern-table__row" key={r.revision}>
                      <th scope="row" class="kern-table__header">{r.revision}</th>
                      <td class="kern-table__cell">{formatDateTime(ctx.locale, r.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ) : null}
      </>
    ),
  };
}

function apiErrors(ctx: WebContext, errors: ApiError[]): FieldErrors {
  return publiccodeProblems(errors, ctx.locale, fieldErrors(errors, ctx.locale, ALIASES));
}

async function newForm(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const options = await ctx.load(OptionsQuery, { officer: true, own: officer.municipality.slug });
  // The author is the contact unless the officer names someone else.
  return render(ctx, { officer, options, values: { ...EMPTY, contactId: officer.id }, errors: {} });
}

async function editForm(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const data = await loadForEdit(ctx, officer, (ctx.req.params as { slug: string }).slug);
  const cs = data.caseStudy;
  const preview = ctx.query('vorschau') === '1' ? { problem: cs.problemHtml, solution: cs.solutionHtml, results: cs.resultsHtml, lessonsLearned: cs.lessonsLearnedHtml } : undefined;
  return render(ctx, { officer, options: data, values: valuesOf(cs), errors: {}, existing: cs, preview });
}

/** After a successful save: submit, preview or back to the editor, each a 303 with a notice. */
async function afterSave(ctx: WebContext, saved: { id: string; slug: string; title: string }, state: FormState, officer: Officer, notice: string): Promise<Outcome> {
  const t = ctx.tr(m);
  const aktion = ctx.field('aktion');
  if (aktion === 'einreichen') {
    const result = await ctx.api(SubmitMutation, { id: saved.id });
    const done = result.data?.submitCaseStudy;
    if (!done) {
      if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
      if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'CONFLICT')) {
        // Saved, but not yet submittable: back to the editor of the saved draft with the problems.
        const data = await loadForEdit(ctx, officer, saved.slug);
        return render(ctx, { ...state, existing: data.caseStudy, errors: apiErrors(ctx, result.errors) });
      }
      return ctx.errorOutcome(result.errors);
    }
    return ctx.redirect('/meine-kommune', t(done.status === 'PUBLISHED' ? 'publishedDirectly' : 'submitted', { title: done.title }));
  }
  if (aktion === 'vorschau') return ctx.redirect(`${editPath(saved.slug)}?vorschau=1#${fieldId('problem')}`, t('previewSaved'));
  return ctx.redirect(editPath(saved.slug), notice);
}

async function create(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = posted(ctx);
  const officer = await officerForPost(ctx);
  const options = await ctx.load(OptionsQuery, { officer: officer !== null, own: officer?.municipality.slug ?? '' });
  const state: FormState = { officer, options, values, errors: {} };
  if (!officer) return render(ctx, { ...state, sessionExpired: true });
  const { input, errors } = toInput(ctx, values);
  if (Object.keys(errors).length > 0) return render(ctx, { ...state, errors });
  const result = await ctx.api(CreateMutation, { input });
  const saved = result.data?.createCaseStudy;
  if (!saved) {
    if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return render(ctx, { ...state, errors: apiErrors(ctx, result.errors) });
    return ctx.errorOutcome(result.errors);
  }
  return afterSave(ctx, saved, state, officer, t('saved'));
}

async function update(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = posted(ctx);
  const slug = (ctx.req.params as { slug: string }).slug;
  const officer = await officerForPost(ctx);
  if (!officer) {
    const options = await ctx.load(OptionsQuery, { officer: false, own: '' });
    return render(ctx, { officer, options, values, errors: {}, sessionExpired: true, action: editPath(slug) });
  }
  const data = await loadForEdit(ctx, officer, slug);
  const existing = data.caseStudy;
  const state: FormState = { officer, options: data, values, errors: {}, existing };
  if (!EDITABLE.includes(existing.status)) return render(ctx, state);
  const { input, errors } = toInput(ctx, values);
  if (Object.keys(errors).length > 0) return render(ctx, { ...state, errors });
  // An unchanged contact is not sent again: one who has since left would block every save.
  if (values.contactId === contactValue(existing)) {
    delete input.contactId;
    delete input.contactRoleId;
  }
  // Nor an unchanged publiccode.yml: a file accepted once is not checked again on every save.
  if (input.publiccodeYml === existing.publiccodeYml) delete input.publiccodeYml;
  const result = await ctx.api(UpdateMutation, { id: existing.id, input });
  const saved = result.data?.updateCaseStudy;
  if (!saved) {
    if (isUnauthenticated(result.errors)) return render(ctx, { ...state, sessionExpired: true });
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return render(ctx, { ...state, errors: apiErrors(ctx, result.errors) });
    return ctx.errorOutcome(result.errors);
  }
  return afterSave(ctx, saved, state, officer, saved.status === 'PUBLISHED' ? t('savedLive', { revision: saved.revision }) : t('saved'));
}

export const caseStudyEditorRoutes = [
  get('/meine-kommune/praxisbeispiele/neu', newForm),
  post('/meine-kommune/praxisbeispiele/neu', create),
  get('/meine-kommune/praxisbeispiele/:slug/bearbeiten', editForm),
  post('/meine-kommune/praxisbeispiele/:slug/bearbeiten', update),
];
