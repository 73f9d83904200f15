import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AttachmentService } from '@ikone/knowledge';
import type { AttachmentRecord } from '@ikone/knowledge';
import { AppConfig } from '@ikone/platform';
import { SignedIn } from '../../auth/access';
import { actorOf, perRequest } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';

import { CaseStudyModel } from '../case-studies/case-study.model';
import { EventModel } from '../events/event.model';
import { RequestAttachmentUploadArgs } from './attachment.input';
import { AttachmentModel, AttachmentUploadModel, toAttachmentModel } from './attachment.model';
import { IdArgs } from '../../graphql/lookup.args';

function attachmentsOf(ctx: GqlContext, service: AttachmentService): DataLoader<string, AttachmentRecord[]> {
  return perRequest(ctx, 'attachments', () => new DataLoader<string, AttachmentRecord[]>((ids) => service.forItems(ids)));
}

/** Attachments: the upload URL, removal (owners and coordinators). */
@Resolver(() => AttachmentModel)
export class AttachmentResolver {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => AttachmentUploadModel, {
    description: 'Gibt eine einmal nutzbare, kurzlebige Upload-Adresse für einen Anhang aus (Eigentümer und Koordinierungsstelle); die Datei selbst geht per PUT dorthin, nie über /graphql.',
  })
  @SignedIn('OFFICER', 'COORDINATOR')
  async requestAttachmentUpload(@Args() args: RequestAttachmentUploadArgs, @Context() ctx: GqlContext): Promise<AttachmentUploadModel> {
    const issued = await this.attachments.requestUpload(actorOf(ctx), args.input);
    return {
      uploadUrl: `${this.config.publicUrl}/attachments/uploads/${issued.token}`,
      expiresAt: issued.expiresAt,
      maxBytes: this.config.attachments.maxBytes,
      attachmentId: issued.attachment.id,
    };
  }

  @Mutation(() => ID, { description: 'Entfernt einen Anhang; antwortet mit der ID des Inhalts.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async removeAttachment(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<string> {
    return (await this.attachments.remove(actorOf(ctx), args.id)).itemId;
  }
}

/** The item's stored attachments; held-back (PENDING) ones only for its editors. */
async function attachmentModels(service: AttachmentService, publicUrl: string, ctx: GqlContext, itemId: string, ownerIds: string[]): Promise<AttachmentModel[]> {
  const seesPending = service.seesPending(ctx.actor, ownerIds);
  const records = await attachmentsOf(ctx, service).load(itemId);
  return records.filter((r) => seesPending || r.scanStatus !== 'PENDING').map((r) => toAttachmentModel(r, publicUrl));
}

const ATTACHMENTS_FIELD = { description: 'Anhänge; Dateien in Prüfung (PENDING) sehen nur Eigentümer und Koordinierungsstelle' };

/** `CaseStudy.attachments` */
@Resolver(() => CaseStudyModel)
export class CaseStudyAttachmentsResolver {
  constructor(
    private readonly service: AttachmentService,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [AttachmentModel], ATTACHMENTS_FIELD)
  attachments(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<AttachmentModel[]> {
    return attachmentModels(this.service, this.config.publicUrl, ctx, parent.id, [parent.record.municipalityId, ...(parent.record.coOwnerIds ?? [])]);
  }
}

/** `Event.attachments` */
@Resolver(() => EventModel)
export class EventAttachmentsResolver {
  constructor(
    private readonly service: AttachmentService,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [AttachmentModel], ATTACHMENTS_FIELD)
  attachments(parent: EventModel, _args: unknown, ctx: GqlContext): Promise<AttachmentModel[]> {
    return attachmentModels(this.service, this.config.publicUrl, ctx, parent.id, [parent.municipalityId]);
  }
}
