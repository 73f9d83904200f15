export * from './knowledge.error';
export * from './knowledge.module';
export * from './topic.entity';
export * from './topic.service';
export * from './default-topics';
