import { TextArea, TextField, type FieldErrors } from './form';
import type { ApiError } from '../server/api-client';
import { messages, translator, type Locale } from '../i18n/i18n';

/** The software a case study is about (ADR 0027): the editor's field group and the detail page's box. */
const m = messages(
  {
    legend: 'Software',
    intro: 'Nur wenn das Praxisbeispiel eine Software betrifft, deren Quellcode veröffentlicht ist.',
    repositoryUrl: 'Adresse des Repositorys',
    repositoryUrlHint: 'Mit https:// am Anfang, zum Beispiel https://gitlab.opencode.de/…',
    publiccodeYml: 'publiccode.yml',
    publiccodeYmlHint: 'Fügen Sie den Inhalt der Datei publiccode.yml aus dem Repository ein (Standard publiccode.yml, kleiner als 64 kB). Leer lassen, um sie zu entfernen.',
    box: 'Software',
    name: 'Name',
    licence: 'Lizenz',
    maintenance: 'Wartung',
    maintainers: 'Gewartet von',
    status: 'Entwicklungsstand',
    repository: 'Quellcode',
    OPEN_CODE: 'Open CoDE',
    GITHUB: 'GitHub',
    GITLAB: 'GitLab',
    OTHER: 'Repository',
    maintenance_INTERNAL: 'intern',
    maintenance_CONTRACT: 'per Vertrag',
    maintenance_COMMUNITY: 'durch die Community',
    maintenance_NONE: 'keine',
    status_CONCEPT: 'Konzept',
    status_DEVELOPMENT: 'in Entwicklung',
    status_BETA: 'Beta',
    status_STABLE: 'stabil',
    status_OBSOLETE: 'veraltet',
  },
  {
    legend: 'Software',
    intro: 'Only when the case study is about software whose source code is published.',
    repositoryUrl: 'Repository address',
    repositoryUrlHint: 'Starting with https://, for example https://gitlab.opencode.de/…',
    publiccodeYml: 'publiccode.yml',
    publiccodeYmlHint: 'Paste the content of the repository’s publiccode.yml (publiccode.yml standard, smaller than 64 kB). Leave empty to remove it.',
    box: 'Software',
    name: 'Name',
    licence: 'Licence',
    maintenance: 'Maintenance',
    maintainers: 'Maintained by',
    status: 'Development status',
    repository: 'Source code',
    OPEN_CODE: 'Open CoDE',
    GITHUB: 'GitHub',
    GITLAB: 'GitLab',
    OTHER: 'Repository',
    maintenance_INTERNAL: 'internal',
    maintenance_CONTRACT: 'under contract',
    maintenance_COMMUNITY: 'by the community',
    maintenance_NONE: 'none',
    status_CONCEPT: 'concept',
    status_DEVELOPMENT: 'in development',
    status_BETA: 'beta',
    status_STABLE: 'stable',
    status_OBSOLETE: 'obsolete',
  },
);

type Key = keyof typeof m.de;

export interface SoftwareValues {
  repositoryUrl: string;
  publiccodeYml: string;
}

/** The form fields' labels, for the error summary. */
export function softwareLabels(locale: Locale): Record<keyof SoftwareValues, string> {
  const t = translator(m, locale);
  return { repositoryUrl: t('repositoryUrl'), publiccodeYml: t('publiccodeYml') };
}

/** The API input: empty fields remove what was there; line ends as in the file, not as the browser sends them. */
export function softwareInput(v: SoftwareValues): { repositoryUrl: string | null; publiccodeYml: string | null } {
  const yml = v.publiccodeYml.replace(/\r\n?/g, '\n');
  return { repositoryUrl: v.repositoryUrl.trim() || null, publiccodeYml: yml.trim() ? yml : null };
}

/** Every problem the API found in the publiccode.yml in one message (each names its line), not just the first. */
export function publiccodeProblems(errors: ApiError[], locale: Locale, out: FieldErrors): FieldErrors {
  const found = errors
    .flatMap((e) => e.extensions?.fields ?? [])
    .filter((f) => f.path === 'input.publiccodeYml')
    .map((f) => (locale === 'en' && f.messageEn ? f.messageEn : f.message));
  return found.length > 1 ? { ...out, publiccodeYml: found.join(' – ') } : out;
}

export function SoftwareFields({ values, errors, locale }: { values: SoftwareValues; errors: FieldErrors; locale: Locale }) {
  const t = translator(m, locale);
  return (
    <fieldset class="kern-fieldset ik-form">
      <legend class="kern-heading-medium">{t('legend')}</legend>
      <p class="kern-hint">{t('intro')}</p>
      <TextField name="repositoryUrl" type="url" label={t('repositoryUrl')} hint={t('repositoryUrlHint')} value={values.repositoryUrl} error={errors.repositoryUrl} locale={locale} />
      <TextArea name="publiccodeYml" label={t('publiccodeYml')} hint={t('publiccodeYmlHint')} value={values.publiccodeYml} rows={12} error={errors.publiccodeYml} locale={locale} />
    </fieldset>
  );
}

export interface SoftwareView {
  name?: string | null;
  licence?: string | null;
  maintenanceType?: string | null;
  maintainers: string[];
  developmentStatus?: string | null;
  repositoryUrl?: string | null;
  platform?: string | null;
}

/** The "Software" box of the detail page; Open CoDE, GitHub and GitLab links are named by their host. */
export function SoftwareBox({ software: s, locale }: { software: SoftwareView; locale: Locale }) {
  const t = translator(m, locale);
  const row = (label: Key, value: unknown) => (value ? (<><dt>{t(label)}</dt><dd>{value}</dd></>) : null);
  return (
    <section aria-labelledby="software" class="ik-card">
      <h2 class="kern-heading-medium" id="software">{t('box')}</h2>
      <dl class="ik-facts kern-body">
        {row('name', s.name)}
        {row('licence', s.licence)}
        {row('status', s.developmentStatus ? t(`status_${s.developmentStatus}` as Key) : null)}
        {row('maintenance', s.maintenanceType ? t(`maintenance_${s.maintenanceType}` as Key) : null)}
        {row('maintainers', s.maintainers.join(', '))}
        {row('repository', s.repositoryUrl ? (
          <a class="kern-link" href={s.repositoryUrl}>{t((s.platform ?? 'OTHER') as Key)}: {s.repositoryUrl.replace(/^https:\/\//, '')}</a>
        ) : null)}
      </dl>
    </section>
  );
}
