import { Module } from '@nestjs/common';

/** Event resolvers and the iCal endpoints. */
@Module({
  providers: [],
  controllers: [],
})
export class EventsGatewayModule {}
