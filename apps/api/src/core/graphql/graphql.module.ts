import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { pickLocale } from '@ouimake/domain';
import type { Request } from 'express';
import { AppConfig } from '../../config/config';
import { AuthService } from '../auth/auth.service';
import { LoadersFactory } from '../dataloader/loaders';
import { DomainError } from './domain-error';
import { createFormatError } from './format-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import type { RequestContext } from './request-context';

const logger = new Logger('GraphQL');

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, LoadersFactory, AuthService],
      useFactory: (config: AppConfig, loaders: LoadersFactory, auth: AuthService): ApolloDriverConfig => ({
        path: '/graphql',
        // The schema is built in memory; `npm run schema` prints the committed apps/api/schema.gql.
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: !config.production,
        includeStacktraceInErrorResponses: false,
        formatError: createFormatError({
          error: ({ err, path }, msg) =>
            logger.error(
              `${msg} at ${JSON.stringify(path ?? [])}`,
              err instanceof Error ? err.stack : String(err),
            ),
        }),
        context: async ({ req }: { req: Request }): Promise<RequestContext> => {
          let viewer: RequestContext['viewer'] = null;
          let authError: RequestContext['authError'] = null;
          try {
            viewer = await auth.viewerFromHeader(req.headers.authorization);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            authError = e;
          }
          return {
            viewer,
            authError,
            clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            locale: pickLocale(req.headers['accept-language']),
            loaders: loaders.create(),
          };
        },
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class AppGraphQLModule {}
