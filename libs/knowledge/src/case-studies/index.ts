export * from './case-study.kind';
export * from './case-study.service';
export * from './case-study.types';
export * from './case-studies.providers';
export { parsePubliccode, repositoryPlatform, PUBLICCODE_MAX_BYTES } from './publiccode';
export type { RepositoryPlatform, SoftwareSummary } from './publiccode';
