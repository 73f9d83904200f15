import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { ATTACHMENT_TYPES, AttachmentType } from './attachment.types';

/** The accepted type the bytes really are, or null (an .exe named .png, SVG, text, anything else). */
export async function sniffType(bytes: Buffer): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && (ATTACHMENT_TYPES as readonly string[]).includes(found.mime) ? (found.mime as AttachmentType) : null;
}

export interface ProcessedFile {
  original: Buffer;
  preview: Buffer | null;
  width: number | null;
  height: number | null;
}

/** Largest side of a preview image in pixels. */
const PREVIEW_SIZE = 480;

/**
 * Images are decoded and encoded again: turned upright by their EXIF orientation, then written
 * without EXIF, XMP, IPTC or GPS (sharp keeps no metadata unless told), with a WebP preview.
 * PDFs stay as sent. Throws when an image does not decode.
 */
export async function processFile(bytes: Buffer, type: AttachmentType): Promise<ProcessedFile> {
  if (type === 'application/pdf') return { original: bytes, preview: null, width: null, height: null };
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: 100_000_000 }).rotate();
  const encoded =
    type === 'image/png' ? image.png() : type === 'image/webp' ? image.webp({ quality: 90 }) : image.jpeg({ quality: 90, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const preview = await sharp(data).resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
  return { original: data, preview, width: info.width, height: info.height };
}
