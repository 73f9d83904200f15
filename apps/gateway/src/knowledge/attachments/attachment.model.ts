import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LICENCES } from '@ikone/knowledge';
import type { AttachmentRecord } from '@ikone/knowledge';

export enum AttachmentLicenceEnum {
  CC_BY_4_0 = 'CC_BY_4_0',
  CC_BY_SA_4_0 = 'CC_BY_SA_4_0',
  CC0_1_0 = 'CC0_1_0',
  DL_DE_BY_2_0 = 'DL_DE_BY_2_0',
  DL_DE_ZERO_2_0 = 'DL_DE_ZERO_2_0',
  ALL_RIGHTS_RESERVED = 'ALL_RIGHTS_RESERVED',
}
export enum AttachmentScanStatusEnum { NOT_SCANNED = 'NOT_SCANNED', PENDING = 'PENDING', CLEAN = 'CLEAN' }

registerEnumType(AttachmentLicenceEnum, {
  name: 'AttachmentLicence',
  description: 'Lizenz eines Anhangs: Creative Commons, Datenlizenz Deutschland oder alle Rechte vorbehalten',
});
registerEnumType(AttachmentScanStatusEnum, {
  name: 'AttachmentScanStatus',
  description: 'NOT_SCANNED: kein Virenscanner eingerichtet; PENDING: wird geprüft (noch nicht herunterladbar); CLEAN: geprüft',
});

@ObjectType('Attachment', { description: 'Eine Datei (PDF, JPEG, PNG, WebP) an einem Praxisbeispiel oder einer Veranstaltung; sichtbar wie ihr Inhalt.' })
export class AttachmentModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => AttachmentLicenceEnum) licence!: AttachmentLicenceEnum;
  @Field({ description: 'Name der Lizenz, z. B. „CC BY 4.0“' }) licenceName!: string;
  @Field(() => String, { nullable: true, description: 'Lizenztext; null bei „Alle Rechte vorbehalten“' }) licenceUrl!: string | null;
  @Field() fileName!: string;
  @Field({ description: 'Aus dem Inhalt erkannter Typ: application/pdf, image/jpeg, image/png oder image/webp' }) contentType!: string;
  @Field(() => Int, { description: 'Größe in Bytes (bei Bildern nach dem Entfernen der Metadaten)' }) size!: number;
  @Field(() => AttachmentScanStatusEnum) scanStatus!: AttachmentScanStatusEnum;
  @Field(() => String, { nullable: true, description: 'GET mit Bearer-Token (bei NETWORK-Inhalten nötig); null, solange die Datei geprüft wird' })
  downloadUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Vorschaubild (WebP) bei Bildern' }) previewUrl!: string | null;
  @Field(() => Int, { nullable: true }) width!: number | null;
  @Field(() => Int, { nullable: true }) height!: number | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export function toAttachmentModel(record: AttachmentRecord, publicUrl: string): AttachmentModel {
  const licence = LICENCES[record.licence];
  const ready = record.scanStatus !== 'PENDING';
  const base = `${publicUrl}/attachments/${record.id}`;
  return {
    id: record.id,
    title: record.title,
    licence: record.licence as AttachmentLicenceEnum,
    licenceName: licence.name,
    licenceUrl: licence.url,
    fileName: record.fileName,
    contentType: record.contentType,
    size: record.size,
    scanStatus: record.scanStatus as AttachmentScanStatusEnum,
    downloadUrl: ready ? `${base}/file` : null,
    previewUrl: ready && record.hasPreview ? `${base}/preview` : null,
    width: record.width,
    height: record.height,
    createdAt: record.createdAt,
  };
}

@ObjectType('AttachmentUpload', { description: 'Eine Upload-Adresse: einmal nutzbar, kurzlebig; die Datei als Rumpf von PUT.' })
export class AttachmentUploadModel {
  @Field({ description: 'PUT mit den Bytes der Datei (Content-Type: application/octet-stream); kein Bearer-Token nötig' }) uploadUrl!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => Int, { description: 'Höchstgröße in Bytes' }) maxBytes!: number;
  @Field(() => ID) attachmentId!: string;
}
