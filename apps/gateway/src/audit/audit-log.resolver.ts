import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AuditEntryEntity, AuditService } from '@ikone/audit';
import { requireRole } from '@ikone/membership';
import { Connection, ConnectionType, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { SignedIn } from '../auth/access';

@ObjectType('AuditEntry', { description: 'Ein Eintrag im Prüfprotokoll: wer hat was wann und warum getan.' })
export class AuditEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field() actorLabel!: string;
  @Field() action!: string;
  @Field() subjectType!: string;
  @Field() subjectId!: string;
  @Field({ description: 'Einzelheiten als JSON' }) details!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

const toAuditEntryModel = (e: AuditEntryEntity): AuditEntryModel => ({
  id: e.id,
  actorId: e.actorId,
  actorLabel: e.actorLabel,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  details: JSON.stringify(e.details),
  at: e.at,
});

const AuditEntryConnection = ConnectionType(AuditEntryModel, 'AuditEntry');

@InputType()
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', msg.uuid()) actorId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100, msg.maxLength(100)) action?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100, msg.maxLength(100)) subjectType?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100, msg.maxLength(100)) subjectId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PaginationArgs {
  @Field(() => AuditLogFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilterInput)
  filter?: AuditLogFilterInput;
}

@Resolver()
export class AuditLogResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Prüfprotokoll, neueste zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async auditLog(@Args() args: AuditLogArgs, @Context() ctx: GqlContext): Promise<Connection<AuditEntryModel>> {
    requireRole(actorOf(ctx), 'COORDINATOR');
    return toConnection(await this.audit.list(args.filter ?? {}, args), toAuditEntryModel);
  }
}
