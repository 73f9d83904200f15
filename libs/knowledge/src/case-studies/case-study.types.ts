import type { ContentStatus, Visibility } from '../shared/content-policy';
import type { SoftwareSummary } from './publiccode';

export const MATURITIES = ['IDEA', 'PILOT', 'ROLLOUT', 'OPERATIONAL', 'DISCONTINUED'] as const;
export type Maturity = (typeof MATURITIES)[number];

export interface CaseStudyLink {
  label: string;
  url: string;
}

/** The long texts of a case study, which lists leave out (loaded per page by the gateway when asked for). */
export interface CaseStudyLongTexts {
  problem: string;
  solution: string;
  results: string;
  lessonsLearned: string;
  /** The publiccode.yml as pasted; null without one. */
  publiccodeYml: string | null;
}

/** A case study as read from the database: plain data, no ORM entity (the list is a hot path). */
export interface CaseStudyRecord {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** Null in list rows, like the other long texts (see {@link hasLongTexts}). */
  problem: string | null;
  solution: string | null;
  results: string | null;
  lessonsLearned: string | null;
  maturity: Maturity;
  costOneOff: number | null;
  costYearly: number | null;
  fundingProgramme: string | null;
  fundingUrl: string | null;
  /** The programme of the coordination office's list that funded it (ADR 0025). */
  fundingProgrammeId: string | null;
  partners: string[];
  contactId: string | null;
  /** A contact role instead of a person (ADR 0026); at most one of the two is set. */
  contactRoleId: string | null;
  municipalityId: string;
  /** Null in list rows (loaded per page by the gateway when asked for). */
  coOwnerIds: string[] | null;
  tags: string[];
  links: CaseStudyLink[];
  /** https address of the software's repository (ADR 0027). */
  repositoryUrl: string | null;
  /** The publiccode.yml as pasted; null without one, and in list rows. */
  publiccodeYml: string | null;
  /** Read from the publiccode.yml when it was accepted; null without one. */
  software: SoftwareSummary | null;
  visibility: Visibility;
  status: ContentStatus;
  revision: number;
  publishedAt: Date | null;
  /** When an owner last answered "Läuft noch" to the freshness check (ADR 0028). */
  lastConfirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields an author writes. Status, revision, author and (except for coordinators) owner are not among them. */
export interface CaseStudyInput {
  title?: string;
  summary?: string;
  problem?: string;
  solution?: string;
  results?: string;
  lessonsLearned?: string;
  maturity?: Maturity;
  costOneOff?: number | null;
  costYearly?: number | null;
  fundingProgramme?: string | null;
  fundingUrl?: string | null;
  fundingProgrammeId?: string | null;
  partners?: string[];
  /** Partner organisations of the network the case study names (ADR 0024). */
  partnerIds?: string[];
  contactId?: string | null;
  contactRoleId?: string | null;
  /** Coordinators only: the owning municipality. */
  municipalityId?: string;
  coOwnerIds?: string[];
  topicSlugs?: string[];
  tags?: string[];
  links?: CaseStudyLink[];
  repositoryUrl?: string | null;
  /** Checked against the publiccode.yml standard; empty or null removes it. */
  publiccodeYml?: string | null;
  visibility?: Visibility;
}

export interface CaseStudyFilter {
  search?: string;
  topicSlugs?: string[];
  municipalitySlugs?: string[];
  partnerSlugs?: string[];
  maturity?: Maturity[];
  /** Default: PUBLISHED. Other statuses show only what the caller may read. */
  status?: ContentStatus[];
}

/** Columns selected for a record, shared by single reads and lists. */
export const CASE_STUDY_COLUMNS = `
  c.id, c.slug, c.title, c.summary, c.problem, c.solution, c.results, c.lessons_learned as "lessonsLearned", c.maturity,
  c.cost_one_off::float8 as "costOneOff", c.cost_yearly::float8 as "costYearly", c.funding_programme as "fundingProgramme",
  c.funding_url as "fundingUrl", c.funding_programme_id as "fundingProgrammeId", c.partners, c.contact_user_id as "contactId", c.contact_role_id as "contactRoleId", c.municipality_id as "municipalityId",
  coalesce((select array_agg(o.municipality_id) from case_study_co_owner o where o.case_study_id = c.id), '{}') as "coOwnerIds",
  c.tags, c.links, c.repository_url as "repositoryUrl", c.publiccode_yml as "publiccodeYml", c.software,
  c.visibility, c.status, c.revision, c.published_at as "publishedAt", c.last_confirmed_at as "lastConfirmedAt", c.created_at as "createdAt", c.updated_at as "updatedAt"`;

/** Whether a record carries its long texts (single reads do, list rows do not). */
export function hasLongTexts(record: CaseStudyRecord): record is CaseStudyRecord & CaseStudyLongTexts {
  return record.problem !== null;
}

/** Lighter columns for lists: no long texts (the list shows title and summary); null marks them not loaded. */
export const CASE_STUDY_LIST_COLUMNS = `
  c.id, c.slug, c.title, c.summary, null as problem, null as solution, null as results, null as "lessonsLearned", c.maturity,
  c.cost_one_off::float8 as "costOneOff", c.cost_yearly::float8 as "costYearly", c.funding_programme as "fundingProgramme",
  c.funding_url as "fundingUrl", c.funding_programme_id as "fundingProgrammeId", c.partners, c.contact_user_id as "contactId", c.contact_role_id as "contactRoleId", c.municipality_id as "municipalityId",
  null as "coOwnerIds", c.tags, c.links, c.repository_url as "repositoryUrl", null as "publiccodeYml", c.software, c.visibility, c.status, c.revision, c.published_at as "publishedAt",
  c.last_confirmed_at as "lastConfirmedAt", c.created_at as "createdAt", c.updated_at as "updatedAt"`;
