export * from './privacy.module';
export * from './privacy.service';
