import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OidcProviderConfig } from '@ikone/platform';

@ObjectType('SingleSignOnProvider', { description: 'Ein OpenID-Connect-Anbieter, mit dem Personen bestimmter E-Mail-Domains sich anmelden' })
export class SingleSignOnProviderModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Name auf der Schaltfläche „Anmelden mit …“' }) displayName!: string;
  @Field(() => [String], { description: 'E-Mail-Domains, deren Personen dieser Anbieter anmeldet' }) domains!: string[];
  @Field({ description: 'false: Für diese Domains ist die Anmeldung mit Passwort abgeschaltet' }) passwordSignIn!: boolean;
}

@ObjectType('SingleSignOnStart')
export class SingleSignOnStartModel {
  @Field({ description: 'Adresse beim Anbieter, zu der der Browser weitergeleitet wird (Autorisierungscode mit PKCE S256)' })
  authorizationUrl!: string;
}

export function toProviderModel(provider: OidcProviderConfig): SingleSignOnProviderModel {
  return { id: provider.id, displayName: provider.displayName, domains: provider.domains, passwordSignIn: provider.passwordSignIn };
}
