export interface CreateTopicCommand {
  slug: string;
  nameDe: string;
  nameEn: string;
  descriptionDe?: string;
  descriptionEn?: string;
}

/** The standard Themenfelder of a digitalisation network, seeded on first start. */
export const DEFAULT_TOPICS: CreateTopicCommand[] = [
  { slug: 'buergerbeteiligung', nameDe: 'Bürgerbeteiligung', nameEn: 'Citizen participation', descriptionDe: 'Beteiligungsplattformen, digitale Ratsarbeit, Umfragen', descriptionEn: 'Participation platforms, digital council work, surveys' },
  { slug: 'verwaltungsdigitalisierung', nameDe: 'Verwaltungsdigitalisierung', nameEn: 'Digital administration', descriptionDe: 'OZG, E-Akte, digitale Antragsverfahren', descriptionEn: 'Online Access Act, e-files, digital applications' },
  { slug: 'smart-city', nameDe: 'Smart City & Smart Region', nameEn: 'Smart city & region', descriptionDe: 'Sensorik, Datenplattformen, urbane Dienste', descriptionEn: 'Sensors, data platforms, urban services' },
  { slug: 'mobilitaet', nameDe: 'Mobilität', nameEn: 'Mobility', descriptionDe: 'ÖPNV, Parken, Sharing, Verkehrsdaten', descriptionEn: 'Public transport, parking, sharing, traffic data' },
  { slug: 'bildung', nameDe: 'Bildung & Schule', nameEn: 'Education & schools', descriptionDe: 'Digitale Schulen, Medienkompetenz, Volkshochschulen', descriptionEn: 'Digital schools, media literacy, adult education' },
  { slug: 'open-data', nameDe: 'Offene Daten', nameEn: 'Open data', descriptionDe: 'Datenportale, Open Government, Transparenz', descriptionEn: 'Data portals, open government, transparency' },
  { slug: 'it-sicherheit', nameDe: 'IT-Sicherheit & Datenschutz', nameEn: 'IT security & data protection', descriptionDe: 'Informationssicherheit, DSGVO, Notfallvorsorge', descriptionEn: 'Information security, GDPR, emergency preparedness' },
  { slug: 'gesundheit-pflege', nameDe: 'Gesundheit & Pflege', nameEn: 'Health & care', descriptionDe: 'Telemedizin, Pflegeangebote, Quartiersdienste', descriptionEn: 'Telemedicine, care services, neighbourhood services' },
  { slug: 'klima-umwelt', nameDe: 'Klima & Umwelt', nameEn: 'Climate & environment', descriptionDe: 'Energie, Klimaanpassung, Umweltmonitoring', descriptionEn: 'Energy, climate adaptation, environmental monitoring' },
  { slug: 'wirtschaft-tourismus', nameDe: 'Wirtschaft & Tourismus', nameEn: 'Economy & tourism', descriptionDe: 'Digitale Innenstadt, Gewerbe, Tourismusportale', descriptionEn: 'Digital town centres, business, tourism portals' },
  { slug: 'infrastruktur', nameDe: 'Breitband & Infrastruktur', nameEn: 'Broadband & infrastructure', descriptionDe: 'Glasfaser, Mobilfunk, WLAN', descriptionEn: 'Fibre, mobile networks, Wi-Fi' },
  { slug: 'ki-verwaltung', nameDe: 'Künstliche Intelligenz', nameEn: 'Artificial intelligence', descriptionDe: 'KI-Assistenz, Chatbots, Automatisierung in der Verwaltung', descriptionEn: 'AI assistants, chatbots, automation in administration' },
];
