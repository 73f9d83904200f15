import { ArgsType, Args, Context, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DeadLettersService } from '@ikone/notifications';
import type { DeadLetter } from '@ikone/notifications';
import { Connection, ConnectionType, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { PaginationArgs } from '../graphql/pagination.args';
import { SignedIn } from '../auth/access';

@ObjectType('DeadLetterEvent', {
  description: 'Ein Ereignis des Postausgangs, das der Benachrichtigungsdienst nicht lesen konnte (unbekannter Typ oder unpassende Nutzdaten, ADR 0030).',
})
export class DeadLetterEventModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Nummer des Ereignisses im Postausgang (outbox_event)' }) eventId!: string;
  @Field({ description: 'Ereignistyp, wie gespeichert, z. B. knowledge.content-reviewed' }) type!: string;
  @Field({ description: 'Nutzdaten, wie gespeichert, als JSON' }) payload!: string;
  @Field({ description: 'Warum das Ereignis nicht verwendet wurde' }) reason!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export function toDeadLetterEventModel(d: DeadLetter): DeadLetterEventModel {
  return { ...d, payload: JSON.stringify(d.payload) };
}

export const DeadLetterEventConnection = ConnectionType(DeadLetterEventModel, 'DeadLetterEvent');

@ArgsType()
export class DeadLetterEventsArgs extends PaginationArgs {}

/** The outbox's dead letters, for the coordination office (like failed deliveries). */
@Resolver(() => DeadLetterEventModel)
export class DeadLetterResolver {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Query(() => DeadLetterEventConnection, { description: 'Unlesbare Ereignisse des Postausgangs, neueste zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async deadLetterEvents(@Args() args: DeadLetterEventsArgs, @Context() ctx: GqlContext): Promise<Connection<DeadLetterEventModel>> {
    return toConnection(await this.deadLetters.list(actorOf(ctx), args), toDeadLetterEventModel);
  }
}
