export { AuditEntryEntity } from './audit-entry.entity';
export { AuditService } from './audit.service';
export type { AuditActor } from './audit.service';
export { AuditModule } from './audit.module';
