import { Module } from '@nestjs/common';
import { MembershipModule } from '@ikone/membership';
import { KnowledgeModule } from '@ikone/knowledge';
import { CalendarController } from './calendar.controller';
import { EventResolver, RegistrationResolver } from './event.resolver';

/** Event resolvers and the iCal endpoints. */
@Module({
  imports: [KnowledgeModule, MembershipModule],
  providers: [EventResolver, RegistrationResolver],
  controllers: [CalendarController],
})
export class EventsGatewayModule {}
