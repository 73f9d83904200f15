import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ContactRoleService } from '@ikone/knowledge';
import { actorOf } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';

import { MunicipalityModel, toMunicipalityModel } from '../../membership/membership.model';
import { PersonModel, toPersonModel } from '../case-studies/case-study.model';
import { SignedIn } from '../../auth/access';
import { ContactRoleModel, contactRoleLoaders, CreateContactRoleInput, toContactRoleModel, UpdateContactRoleArgs } from './contact-role.model';
import { IdArgs } from '../../graphql/lookup.args';

/** Contact roles of municipalities (ADR 0026): managed by the municipality's officers and coordinators. */
@Resolver(() => ContactRoleModel)
export class ContactRoleResolver {
  constructor(private readonly roles: ContactRoleService) {}

  @Mutation(() => ContactRoleModel, { description: 'Legt eine Kontaktrolle an (Digitalbeauftragte der Kommune, Koordinierungsstelle).' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async createContactRole(@Args('input') input: CreateContactRoleInput, @Context() ctx: GqlContext): Promise<ContactRoleModel> {
    return toContactRoleModel(await this.roles.create(actorOf(ctx), input));
  }

  @Mutation(() => ContactRoleModel, { description: 'Benennt eine Kontaktrolle um oder besetzt sie und ihre Vertretung neu.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async updateContactRole(@Args() args: UpdateContactRoleArgs, @Context() ctx: GqlContext): Promise<ContactRoleModel> {
    return toContactRoleModel(await this.roles.update(actorOf(ctx), args.id, args.input));
  }

  @Mutation(() => ContactRoleModel, { description: 'Löscht eine Kontaktrolle; Praxisbeispiele mit dieser Rolle behalten ihre Inhaberin oder ihren Inhaber als Kontakt.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async deleteContactRole(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<ContactRoleModel> {
    return toContactRoleModel(await this.roles.delete(actorOf(ctx), args.id));
  }

  @ResolveField(() => MunicipalityModel)
  async municipality(@Parent() role: ContactRoleModel, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel((await ctx.loaders.municipalityById.load(role.record.municipalityId))!);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Wer die Funktion innehat; null, solange niemand sie innehat' })
  async holder(@Parent() role: ContactRoleModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return role.record.holderId ? toPersonModel(await ctx.loaders.userById.load(role.record.holderId), ctx.actor !== null) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Vertretung' })
  async deputy(@Parent() role: ContactRoleModel, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return role.record.deputyId ? toPersonModel(await ctx.loaders.userById.load(role.record.deputyId), ctx.actor !== null) : null;
  }
}

/** `Municipality.contactRoles`: the roles of a municipality, by name, for everyone. */
@Resolver(() => MunicipalityModel)
export class MunicipalityContactRolesResolver {
  constructor(private readonly roles: ContactRoleService) {}

  @ResolveField(() => [ContactRoleModel], { description: 'Kontaktrollen der Kommune nach Bezeichnung' })
  async contactRoles(@Parent() m: MunicipalityModel, @Context() ctx: GqlContext): Promise<ContactRoleModel[]> {
    return (await contactRoleLoaders(ctx, this.roles).byMunicipality.load(m.id)).map(toContactRoleModel);
  }
}
