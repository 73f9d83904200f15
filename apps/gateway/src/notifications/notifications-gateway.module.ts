import { Module } from '@nestjs/common';

/** Subscriptions, in-app notifications, preferences and the unsubscribe endpoints. */
@Module({
  providers: [],
  controllers: [],
})
export class NotificationsGatewayModule {}
