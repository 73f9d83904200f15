/** Licences an attachment can carry (German public-sector practice: CC and Datenlizenz Deutschland). */
export const LICENCES = {
  CC_BY_4_0: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
  CC_BY_SA_4_0: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de' },
  CC0_1_0: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de' },
  DL_DE_BY_2_0: { name: 'DL-DE BY 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  DL_DE_ZERO_2_0: { name: 'DL-DE ZERO 2.0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
  ALL_RIGHTS_RESERVED: { name: 'Alle Rechte vorbehalten', url: null },
} as const satisfies Record<string, { name: string; url: string | null }>;

export type Licence = keyof typeof LICENCES;
export const LICENCE_KEYS = Object.keys(LICENCES) as Licence[];

/** The file types accepted, as sniffed from the bytes (never from the name or the header). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/**
 * NOT_SCANNED: no scanner configured; PENDING: stored, not yet found clean (not downloadable);
 * CLEAN: the scanner found nothing. Infected files are never kept.
 */
export type ScanStatus = 'NOT_SCANNED' | 'PENDING' | 'CLEAN';

export interface AttachmentRecord {
  id: string;
  caseStudyId: string | null;
  eventId: string | null;
  title: string;
  licence: Licence;
  fileName: string;
  contentType: AttachmentType;
  size: number;
  scanStatus: ScanStatus;
  hasPreview: boolean;
  width: number | null;
  height: number | null;
  uploaderId: string | null;
  createdAt: Date;
}

export interface AttachmentUploadRequest {
  itemId: string;
  title: string;
  licence: Licence;
  fileName: string;
  contentType: string;
  size: number;
}

/** Selects an {@link AttachmentRecord} from table `attachment` aliased `a`. */
export const ATTACHMENT_COLUMNS = `a.id, a.case_study_id as "caseStudyId", a.event_id as "eventId", a.title, a.licence, a.file_name as "fileName",
  a.content_type as "contentType", coalesce(a.size, a.declared_size) as size, a.scan_status as "scanStatus", a.has_preview as "hasPreview",
  a.width, a.height, a.uploader_id as "uploaderId", a.created_at as "createdAt"`;

/** Whether a visitor may fetch the bytes (a PENDING file is held back until the scanner answers). */
export function downloadable(record: Pick<AttachmentRecord, 'scanStatus'>): boolean {
  return record.scanStatus === 'CLEAN' || record.scanStatus === 'NOT_SCANNED';
}
