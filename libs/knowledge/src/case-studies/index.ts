export * from './case-study.kind';
export * from './case-studies.providers';
