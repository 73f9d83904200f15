export * from './privacy.module';
export * from './privacy.service';
export * from './privacy.events';
