import { Foundation1764000000000 } from './1764000000000-foundation';
import { Knowledge1764100000000 } from './1764100000000-knowledge';
import { Search1764150000000 } from './1764150000000-search';
import { Notifications1764300000000 } from './1764300000000-notifications';
import { DeliveryIndexes1764400000000 } from './1764400000000-delivery-indexes';
import { DeliveryClaims1764500000000 } from './1764500000000-delivery-claims';
import { SearchIndexesCatchUp1764600000000 } from './1764600000000-search-indexes-catch-up';
import { WebSessions1764700000000 } from './1764700000000-web-sessions';
import { DigestSchedule1764800000000 } from './1764800000000-digest-schedule';
import { StableIdentifiers1764900000000 } from './1764900000000-stable-identifiers';
import { SearchBounded1765000000000 } from './1765000000000-search-bounded';
import { SingleSignOn1765100000000 } from './1765100000000-single-sign-on';
import { Attachments1765200000000 } from './1765200000000-attachments';
import { EmailConsent1765300000000 } from './1765300000000-email-consent';
import { PartnerOrganisations1765400000000 } from './1765400000000-partner-organisations';
import { FundingProgrammes1765500000000 } from './1765500000000-funding-programmes';
import { ContactRoles1765600000000 } from './1765600000000-contact-roles';
import { CaseStudySoftware1765700000000 } from './1765700000000-case-study-software';
import { FreshnessCheck1765800000000 } from './1765800000000-freshness-check';
import { EventCatalogue1765920000000 } from './1765920000000-event-catalogue';

/**
 * Every migration, oldest first. Never edit one that has been merged; add a new one and list its
 * SHA-256 in ../migrations.lock.json (migrations-lock.spec.ts fails on an edit or a missing entry).
 */
export const MIGRATIONS = [
  Foundation1764000000000,
  Knowledge1764100000000,
  Search1764150000000,
  Notifications1764300000000,
  DeliveryIndexes1764400000000,
  DeliveryClaims1764500000000,
  SearchIndexesCatchUp1764600000000,
  WebSessions1764700000000,
  DigestSchedule1764800000000,
  StableIdentifiers1764900000000,
  SearchBounded1765000000000,
  SingleSignOn1765100000000,
  Attachments1765200000000,
  EmailConsent1765300000000,
  PartnerOrganisations1765400000000,
  FundingProgrammes1765500000000,
  ContactRoles1765600000000,
  CaseStudySoftware1765700000000,
  FreshnessCheck1765800000000,
  EventCatalogue1765920000000,
];
