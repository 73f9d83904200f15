export * from './event.kind';
export * from './events.providers';
