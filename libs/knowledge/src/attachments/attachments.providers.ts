import type { Provider } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { AttachmentService, VIRUS_SCANNER } from './attachment.service';
import { AttachmentStorage } from './attachment-storage';
import { LocalAttachmentStorage } from './local-attachment-storage';
import { S3AttachmentStorage } from './s3-attachment-storage';
import { ClamdScanner } from './virus-scanner';

/** Providers of attachments: the storage adapter and the scanner chosen by the settings. */
export const ATTACHMENT_PROVIDERS: Provider[] = [
  {
    provide: AttachmentStorage,
    inject: [AppConfig],
    useFactory: (config: AppConfig): AttachmentStorage => {
      const storage = config.attachments.storage;
      return storage.kind === 's3' ? new S3AttachmentStorage(storage) : new LocalAttachmentStorage(storage.dir);
    },
  },
  {
    provide: VIRUS_SCANNER,
    inject: [AppConfig],
    useFactory: (config: AppConfig): ClamdScanner | null =>
      config.attachments.clamd ? new ClamdScanner(config.attachments.clamd.host, config.attachments.clamd.port) : null,
  },
  AttachmentService,
];
