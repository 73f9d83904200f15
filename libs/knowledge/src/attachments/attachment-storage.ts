/**
 * Where attachment bytes live. Keys are ours (`<attachment id>/<variant>`); the adapters know
 * nothing of items or people. Bound to the local file system or an S3-compatible bucket by
 * ATTACHMENT_STORAGE (ADR 0022).
 */
export abstract class AttachmentStorage {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing what is not there is no error. */
  abstract delete(key: string): Promise<void>;
}
