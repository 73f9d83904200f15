import { registerEnumType } from '@nestjs/graphql';

export enum MaturityEnum { IDEA = 'IDEA', PILOT = 'PILOT', ROLLOUT = 'ROLLOUT', OPERATIONAL = 'OPERATIONAL', DISCONTINUED = 'DISCONTINUED' }
export enum VisibilityEnum { PUBLIC = 'PUBLIC', NETWORK = 'NETWORK' }
export enum ContentStatusEnum {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
  CANCELLED = 'CANCELLED',
}
export enum ReuseStatusEnum { REQUESTED = 'REQUESTED', IN_TALKS = 'IN_TALKS', ADOPTED = 'ADOPTED', DECLINED = 'DECLINED' }
export enum ReuseDirectionEnum { RECEIVED = 'RECEIVED', SENT = 'SENT' }
export enum SubjectTypeEnum { CaseStudy = 'CaseStudy', Event = 'Event' }
export enum ReportReasonEnum { SPAM = 'SPAM', OFFENSIVE = 'OFFENSIVE', INCORRECT = 'INCORRECT', OTHER = 'OTHER' }
export enum ReportStatusEnum { OPEN = 'OPEN', RESOLVED = 'RESOLVED', DISMISSED = 'DISMISSED' }
export enum ReportActionEnum { DISMISS = 'DISMISS', ARCHIVE = 'ARCHIVE' }
export enum RepositoryPlatformEnum { OPEN_CODE = 'OPEN_CODE', GITHUB = 'GITHUB', GITLAB = 'GITLAB', OTHER = 'OTHER' }
export enum SoftwareMaintenanceEnum { INTERNAL = 'INTERNAL', CONTRACT = 'CONTRACT', COMMUNITY = 'COMMUNITY', NONE = 'NONE' }
export enum SoftwareStatusEnum { CONCEPT = 'CONCEPT', DEVELOPMENT = 'DEVELOPMENT', BETA = 'BETA', STABLE = 'STABLE', OBSOLETE = 'OBSOLETE' }
export enum NetworkStatsOrderEnum { NAME = 'NAME', ACTIVITY = 'ACTIVITY' }

registerEnumType(MaturityEnum, { name: 'Maturity', description: 'Reifegrad: Idee, Pilot, Ausrollen, im Betrieb, eingestellt' });
registerEnumType(VisibilityEnum, { name: 'Visibility', description: 'PUBLIC: öffentlich; NETWORK: nur für Mitglieder des Netzwerks' });
registerEnumType(ContentStatusEnum, { name: 'ContentStatus' });
registerEnumType(RepositoryPlatformEnum, { name: 'RepositoryPlatform', description: 'OPEN_CODE: gitlab.opencode.de; sonst nach dem Host' });
registerEnumType(SoftwareMaintenanceEnum, { name: 'SoftwareMaintenance', description: 'maintenance.type aus der publiccode.yml' });
registerEnumType(SoftwareStatusEnum, { name: 'SoftwareStatus', description: 'developmentStatus aus der publiccode.yml' });
registerEnumType(ReuseStatusEnum, { name: 'ReuseStatus' });
registerEnumType(SubjectTypeEnum, { name: 'SubjectType' });
registerEnumType(ReuseDirectionEnum, {
  name: 'ReuseDirection',
  description: 'RECEIVED: Anfragen zu Praxisbeispielen der eigenen Kommune; SENT: Anfragen der eigenen Kommune',
});
registerEnumType(ReportReasonEnum, { name: 'ReportReason' });
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
registerEnumType(ReportActionEnum, { name: 'ReportAction', description: 'DISMISS: Meldung verwerfen; ARCHIVE: Inhalt archivieren' });
registerEnumType(NetworkStatsOrderEnum, {
  name: 'NetworkStatsOrder',
  description: 'NAME: alphabetisch; ACTIVITY: die aktivsten zuerst (Praxisbeispiele, dann Veranstaltungen, dann Nachnutzungsanfragen, dann Name)',
});
