import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { msg } from '../../graphql/validation-messages';
import { AttachmentLicenceEnum } from './attachment.model';

@InputType('RequestAttachmentUploadInput')
export class RequestAttachmentUploadInput {
  @Field(() => ID, { description: 'Praxisbeispiel oder Veranstaltung' }) @IsUUID('all', msg.uuid()) itemId!: string;
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) title!: string;
  @Field(() => AttachmentLicenceEnum) @IsEnum(AttachmentLicenceEnum) licence!: AttachmentLicenceEnum;
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) fileName!: string;
  @Field({ description: 'application/pdf, image/jpeg, image/png oder image/webp; der Inhalt wird beim Upload geprüft' })
  @IsString() @MaxLength(100, msg.maxLength(100)) contentType!: string;
  @Field(() => Int, { description: 'Größe in Bytes' }) @Min(1, msg.min(1)) @Max(2_147_483_647, msg.max(2_147_483_647)) size!: number;
}

@ArgsType()
export class RequestAttachmentUploadArgs {
  @Field(() => RequestAttachmentUploadInput) @ValidateNested() @Type(() => RequestAttachmentUploadInput) input!: RequestAttachmentUploadInput;
}
