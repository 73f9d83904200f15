import { CaseStudyKind } from './case-study.kind';
import { CaseStudyService } from './case-study.service';

/** Providers of the case-study part of the knowledge library (registered by KnowledgeModule). */
export const CASE_STUDY_PROVIDERS = [CaseStudyKind, CaseStudyService];
