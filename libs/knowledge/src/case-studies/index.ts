export * from './case-study.kind';
export * from './case-study.service';
export * from './case-study.types';
export * from './case-studies.providers';
