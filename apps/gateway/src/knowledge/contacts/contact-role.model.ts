import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import DataLoader from 'dataloader';
import type { ContactRoleRecord, ContactRoleService } from '@ikone/knowledge';
import { byKey } from '../../graphql/loaders';
import { perRequest } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';
import { msg } from '../../graphql/validation-messages';

@ObjectType('ContactRole', { description: 'Eine Funktion der Kommune (z. B. „Digitalbeauftragte/r“), besetzt von einer Person, mit Vertretung.' })
export class ContactRoleModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Bezeichnung, z. B. „Digitalbeauftragte/r“' }) name!: string;
  record!: ContactRoleRecord;
}

export const toContactRoleModel = (r: ContactRoleRecord): ContactRoleModel => ({ id: r.id, name: r.name, record: r });

@InputType()
export class CreateContactRoleInput {
  @Field({ description: 'Bezeichnung der Funktion' })
  @IsString() @IsNotEmpty(msg.required()) @MaxLength(100, msg.maxLength(100))
  name!: string;

  @Field(() => ID, { description: 'Wer die Funktion innehat: ein aktives Konto der Kommune' })
  @IsUUID('all', msg.uuid())
  holderId!: string;

  @Field(() => ID, { nullable: true, description: 'Vertretung: ein anderes aktives Konto der Kommune' })
  @IsOptional() @IsUUID('all', msg.uuid())
  deputyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Nur Koordinierungsstelle: die Kommune (Digitalbeauftragte: immer die eigene)' })
  @IsOptional() @IsUUID('all', msg.uuid())
  municipalityId?: string;
}

@InputType()
export class UpdateContactRoleInput {
  @Field({ nullable: true })
  @IsOptional() @IsString() @IsNotEmpty(msg.required()) @MaxLength(100, msg.maxLength(100))
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID('all', msg.uuid())
  holderId?: string;

  @Field(() => ID, { nullable: true, description: 'null entfernt die Vertretung' })
  @IsOptional() @IsUUID('all', msg.uuid())
  deputyId?: string | null;
}

@ArgsType()
export class UpdateContactRoleArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => UpdateContactRoleInput) @ValidateNested() @Type(() => UpdateContactRoleInput) input!: UpdateContactRoleInput;
}

/** Per-request loaders of contact roles: by id (case studies' contacts) and by municipality (its page). */
export function contactRoleLoaders(ctx: GqlContext, roles: ContactRoleService) {
  return perRequest(ctx, 'contactRoles', () => ({
    byId: new DataLoader<string, ContactRoleRecord | null>(async (ids) => byKey(ids, await roles.byIds(ids), (r) => r.id)),
    byMunicipality: new DataLoader<string, ContactRoleRecord[]>(async (ids) => {
      const all = await roles.forMunicipalities(ids);
      return ids.map((id) => all.filter((r) => r.municipalityId === id));
    }),
  }));
}
