import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { NotificationsModule } from '@ikone/notifications';
import { ConsentResolver } from './consent.resolver';
import { DeadLetterResolver } from './dead-letter.resolver';
import { NotificationResolver, UserNotificationsResolver } from './notification.resolver';
import { PreferencesResolver } from './preferences.resolver';
import { SubscriptionResolver } from './subscription.resolver';
import { UnsubscribeController } from './unsubscribe.controller';

/** Form bodies of one-click unsubscribe POSTs; the handler does not read them, so they stay text. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Subscriptions, in-app notifications, preferences and the unsubscribe endpoints. Uses the
 * services of NotificationsModule only: no queue workers and no outbox relay in the gateway.
 */
@Module({
  imports: [NotificationsModule],
  providers: [ConsentResolver, SubscriptionResolver, NotificationResolver, UserNotificationsResolver, PreferencesResolver, DeadLetterResolver],
  controllers: [UnsubscribeController],
})
export class NotificationsGatewayModule implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  /** Fastify parses only JSON and text by default; mail clients post forms (RFC 8058). */
  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.addContentTypeParser !== 'function') return;
    for (const type of FORM_TYPES) {
      if (!fastify.hasContentTypeParser(type)) {
        fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => done(null, body));
      }
    }
  }
}
