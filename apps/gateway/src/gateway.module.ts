import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { PassportModule } from '@nestjs/passport';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, ConfigModule, DatabaseModule, QueueModule } from '@ikone/platform';
import { AuditModule } from '@ikone/audit';
import { MembershipModule, MunicipalityService, PartnerService, UserService } from '@ikone/membership';
import { KnowledgeModule, TopicService } from '@ikone/knowledge';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AccessGuard } from './auth/access.guard';
import { authenticate } from './auth/authenticate';
import { JwtStrategy } from './auth/jwt.strategy';
import { TokenGuard } from './auth/token-guard';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { createFormatError } from './graphql/error-formatter';
import type { GqlContext } from './graphql/gql-context';
import { createLoaders } from './graphql/loaders';
import { stringCheckPlugin } from './graphql/string-check.plugin';
import { GraphqlValidationPipe } from './graphql/validation.pipe';
import { queryLimitsRule } from './graphql/validation-rules';
import { HealthController } from './health/health.controller';
import { EventsGatewayModule } from './knowledge/events/events-gateway.module';
import { KnowledgeGatewayModule } from './knowledge/knowledge-gateway.module';
import { NotificationsGatewayModule } from './notifications/notifications-gateway.module';
import { PrivacyGatewayModule } from './privacy/privacy.resolver';
import { TopicResolver } from './knowledge/topic.resolver';
import { AuthResolver } from './membership/auth.resolver';
import {
  DirectoryEntryResolver,
  MembershipApplicationResolver,
  MunicipalityResolver,
} from './membership/municipality.resolver';
import { InvitationResolver, UserResolver } from './membership/user.resolver';
import { ApplicationPartnerResolver, InvitationPartnerResolver, PartnerResolver, UserPartnerResolver } from './membership/partner.resolver';
import { MetricsController } from './metrics/metrics.controller';
import { OidcClientService } from './sso/oidc-client.service';
import { SsoController } from './sso/sso.controller';
import { SingleSignOnResolver } from './sso/sso.resolver';

/** The gateway: GraphQL at /graphql plus plain HTTP (health, metrics). */
@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        PassportModule,
        AuditModule,
        MembershipModule,
        KnowledgeModule,
        KnowledgeGatewayModule,
        EventsGatewayModule,
        NotificationsGatewayModule,
        PrivacyGatewayModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [MembershipModule, KnowledgeModule],
          inject: [AppConfig, MunicipalityService, UserService, TopicService, PartnerService],
          useFactory: (cfg: AppConfig, municipalities: MunicipalityService, users: UserService, topics: TopicService, partners: PartnerService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: cfg.graphql.introspection,
            playground: false,
            graphiql: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            hideSchemaDetailsFromClientErrors: cfg.isProduction,
            includeStacktraceInErrorResponses: false,
            validationRules: [queryLimitsRule(cfg.graphql)],
            formatError: createFormatError({ suggestions: cfg.graphql.introspection }),
            // Cast: TypeScript sees @apollo/server's CommonJS and ESM typings as two packages.
            plugins: [
              ApolloServerPluginCacheControlDisabled(),
              stringCheckPlugin(),
              ...(cfg.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: false })]),
            ] as unknown as ApolloDriverConfig['plugins'],
            context: async (req: FastifyRequest, _reply: FastifyReply): Promise<GqlContext> => {
              const auth = await authenticate(req);
              return {
                req,
                authFailed: auth === false,
                actor: auth || null,
                loaders: createLoaders({ municipalities, users, topics, partners }),
                cache: new Map(),
              };
            },
          }),
        }),
      ],
      controllers: [HealthController, MetricsController, SsoController],
      providers: [
        { provide: APP_PIPE, useClass: GraphqlValidationPipe },
        // In this order: a bad token is refused before the operation's access is looked at.
        { provide: APP_GUARD, useClass: TokenGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        JwtStrategy,
        AuthResolver,
        MunicipalityResolver,
        DirectoryEntryResolver,
        MembershipApplicationResolver,
        UserResolver,
        InvitationResolver,
        PartnerResolver,
        UserPartnerResolver,
        InvitationPartnerResolver,
        ApplicationPartnerResolver,
        TopicResolver,
        AuditLogResolver,
        SingleSignOnResolver,
        OidcClientService,
      ],
    };
  }
}
