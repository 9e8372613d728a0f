import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { pickLocale } from '@ouimake/domain';
import type { Request } from 'express';
import { AppConfig } from '../../config/config';
import { AuthService } from '../auth/auth.service';
import { LoadersFactory } from '../dataloader/loaders';
import { DomainError } from './domain-error';
import { loggedFormatError } from './format-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { StrictDateTime } from './date-time.scalar';
import { retryAfterPlugin } from './http-errors.plugin';
import { MAX_TOKENS, queryLimitRules } from './query-limits';
import type { RequestContext } from './request-context';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/unavailable';
import { GraphQLSocketServer, GRAPHQL_PATH } from './socket-server';
import { textGuardPlugin } from './text-guard.plugin';

/**
 * GraphQL over HTTP (Apollo Server) on /graphql; subscriptions over WebSocket on the same path are
 * served by {@link GraphQLSocketServer}, which applies the same rules.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, LoadersFactory, AuthService],
      useFactory: (config: AppConfig, loaders: LoadersFactory, auth: AuthService): ApolloDriverConfig => ({
        path: GRAPHQL_PATH,
        // The schema is built in memory; `npm run schema` prints the committed apps/api/schema.gql.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        // The contract's DateTime, strict: RFC 3339 with an offset, 1970 to 9999.
        buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
        introspection: !config.production,
        // Without introspection, "Did you mean ...?" would describe the schema all the same.
        hideSchemaDetailsFromClientErrors: config.production,
        parseOptions: { maxTokens: MAX_TOKENS },
        validationRules: queryLimitRules(),
        // No cache hints are given: without the cache-control plugin, Apollo no longer wraps every
        // field's resolver to collect them.
        plugins: [textGuardPlugin, retryAfterPlugin, ApolloServerPluginCacheControlDisabled()],
        includeStacktraceInErrorResponses: false,
        formatError: loggedFormatError({ hideSuggestions: config.production }),
        context: async ({ req }: { req: Request }): Promise<RequestContext> => {
          let viewer: RequestContext['viewer'] = null;
          let authError: RequestContext['authError'] = null;
          try {
            viewer = await auth.viewerFromHeader(req.headers.authorization);
          } catch (e) {
            // The session is checked in the database: unreachable, the request is told to retry.
            if (isDatabaseUnavailable(e)) throw databaseUnavailable();
            if (!(e instanceof DomainError)) throw e;
            authError = e;
          }
          return {
            viewer,
            authError,
            clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            locale: pickLocale(req.headers['accept-language']),
            loaders: loaders.create(viewer),
          };
        },
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }, GraphQLSocketServer],
  exports: [GraphQLSocketServer],
})
export class AppGraphQLModule {}
