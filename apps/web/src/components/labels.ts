import { messages } from '../i18n/i18n';

/** Names of the API's enum values, shared by every page that shows them. */
export const labels = messages(
  {
    maturity_IDEA: 'Idee',
    maturity_PILOT: 'Pilot',
    maturity_ROLLOUT: 'Ausrollen',
    maturity_OPERATIONAL: 'Im Betrieb',
    maturity_DISCONTINUED: 'Eingestellt',
    format_ON_SITE: 'Vor Ort',
    format_ONLINE: 'Online',
    format_HYBRID: 'Hybrid',
    status_DRAFT: 'Entwurf',
    status_IN_REVIEW: 'In Prüfung',
    status_CHANGES_REQUESTED: 'Änderungen erbeten',
    status_PUBLISHED: 'Veröffentlicht',
    status_REJECTED: 'Abgelehnt',
    status_ARCHIVED: 'Archiviert',
    status_CANCELLED: 'Abgesagt',
    kind_GEMEINDE: 'Gemeinde',
    kind_STADT: 'Stadt',
    kind_VERBANDSGEMEINDE: 'Verbandsgemeinde',
    kind_LANDKREIS: 'Landkreis',
    kind_OTHER: 'Sonstige',
    partnerKind_UNIVERSITY: 'Hochschule',
    partnerKind_RESEARCH: 'Forschungseinrichtung',
    partnerKind_COMPANY: 'Unternehmen',
    partnerKind_ASSOCIATION: 'Verband',
    partnerKind_CIVIC: 'Zivilgesellschaft',
    partnerKind_OTHER: 'Sonstige',
    frequency_IMMEDIATE: 'Sofort',
    frequency_DAILY: 'Täglich',
    frequency_WEEKLY: 'Wöchentlich',
    visibility_PUBLIC: 'Öffentlich',
    visibility_NETWORK: 'Nur im Netzwerk',
    role_MEMBER: 'Mitglied',
    role_OFFICER: 'Digitalbeauftragte/r',
    role_COORDINATOR: 'Koordinierungsstelle',
  },
  {
    maturity_IDEA: 'Idea',
    maturity_PILOT: 'Pilot',
    maturity_ROLLOUT: 'Rollout',
    maturity_OPERATIONAL: 'Operational',
    maturity_DISCONTINUED: 'Discontinued',
    format_ON_SITE: 'On site',
    format_ONLINE: 'Online',
    format_HYBRID: 'Hybrid',
    status_DRAFT: 'Draft',
    status_IN_REVIEW: 'In review',
    status_CHANGES_REQUESTED: 'Changes requested',
    status_PUBLISHED: 'Published',
    status_REJECTED: 'Rejected',
    status_ARCHIVED: 'Archived',
    status_CANCELLED: 'Cancelled',
    kind_GEMEINDE: 'Municipality',
    kind_STADT: 'Town',
    kind_VERBANDSGEMEINDE: 'Collective municipality',
    kind_LANDKREIS: 'District',
    kind_OTHER: 'Other',
    partnerKind_UNIVERSITY: 'University',
    partnerKind_RESEARCH: 'Research institution',
    partnerKind_COMPANY: 'Company',
    partnerKind_ASSOCIATION: 'Association',
    partnerKind_CIVIC: 'Civil society',
    partnerKind_OTHER: 'Other',
    frequency_IMMEDIATE: 'Immediately',
    frequency_DAILY: 'Daily',
    frequency_WEEKLY: 'Weekly',
    visibility_PUBLIC: 'Public',
    visibility_NETWORK: 'Network only',
    role_MEMBER: 'Member',
    role_OFFICER: 'Digital officer',
    role_COORDINATOR: 'Coordination office',
  },
);

export type LabelKey = keyof typeof labels.de;
export const MATURITIES = ['IDEA', 'PILOT', 'ROLLOUT', 'OPERATIONAL', 'DISCONTINUED'] as const;

/** A topic's name in the reader's language (the API gives both). */
export function topicName(topic: { name: string; nameEn: string }, locale: 'de' | 'en'): string {
  return locale === 'en' ? topic.nameEn : topic.name;
}

/** German genitive of a municipality by its kind ("der Stadt Mainz", "des Landkreises Kusel"); a name that starts with its kind keeps it. */
const GENITIVE: Record<string, [article: string, word: string]> = {
  GEMEINDE: ['der', 'Gemeinde'],
  STADT: ['der', 'Stadt'],
  VERBANDSGEMEINDE: ['der', 'Verbandsgemeinde'],
  LANDKREIS: ['des', 'Landkreises'],
};

/** How a contact role is named beside content: "Digitalbeauftragte/r der Stadt Mainz" / "Digitalbeauftragte/r (Mainz)". */
export function roleTitle(role: string, municipality: { name: string; kind: string }, locale: 'de' | 'en'): string {
  if (locale === 'en') return `${role} (${municipality.name})`;
  const genitive = GENITIVE[municipality.kind];
  if (!genitive) return `${role} von ${municipality.name}`;
  const [article, word] = genitive;
  const kindWord = municipality.kind === 'LANDKREIS' ? 'Landkreis' : word;
  const name = municipality.name.startsWith(`${kindWord} `) ? `${word} ${municipality.name.slice(kindWord.length + 1)}` : `${word} ${municipality.name}`;
  return `${role} ${article} ${name}`;
}
