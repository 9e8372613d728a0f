import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { pickLocale } from '@ouimake/domain';
import type { Request } from 'express';
import {
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { AppConfig } from '../../config/config';
import { AuthService } from '../auth/auth.service';
import { LoadersFactory } from '../dataloader/loaders';
import { DomainError } from './domain-error';
import { createFormatError } from './format-error';
import { queryLimitRules } from './query-limits';
import { WebSocketGuard } from './ws-guard';
import { textGuardPlugin } from './text-guard.plugin';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import type { RequestContext } from './request-context';

const logger = new Logger('GraphQL');

interface HttpContextArg {
  req: Request;
}
interface WsContextArg {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request: IncomingMessage; socket: WebSocket };
}

/** The contract's connection_init payload: `{ "authorization": "Bearer <token>" }`. */
/**
 * The board's chosen language in connection_init (`{ "language": "en" }`), which may differ from
 * the browser's Accept-Language sent with the upgrade request.
 */
function languageParam(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.['language'];
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

function authorizationParam(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  return typeof value === 'string' ? value : null;
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, LoadersFactory, AuthService],
      useFactory: (config: AppConfig, loaders: LoadersFactory, auth: AuthService): ApolloDriverConfig => {
        const wsGuard = new WebSocketGuard([new URL(config.publicUrl).origin], {
          perPerson: config.wsConnectionsPerPerson,
          perAddress: config.wsConnectionsPerAddress,
        });
        const formatError = createFormatError({
          error: ({ err, path }, msg) =>
            logger.error(
              `${msg} at ${JSON.stringify(path ?? [])}`,
              err instanceof Error ? err.stack : String(err),
            ),
        });
        return {
          path: '/graphql',
          // The schema is built in memory; `npm run schema` prints the committed apps/api/schema.gql.
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.production,
          validationRules: queryLimitRules(),
          plugins: [textGuardPlugin],
          includeStacktraceInErrorResponses: false,
          formatError,
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              // The same limits as over HTTP, introspection off in production too (Nest passes extra
              // graphql-ws options through).
              ...({
                validate: (schema: GraphQLSchema, document: DocumentNode) =>
                  validate(schema, document, [
                    ...specifiedRules,
                    ...queryLimitRules(),
                    ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
                  ]),
                // Refused documents get the contract's codes too.
                // An error of the document itself (no cause, no code: invalid, unknown field,
                // introspection in production) is the client's, as Apollo says over HTTP.
                onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                  errors.map((e) => {
                    const json = e.toJSON();
                    const ofDocument = !e.originalError && json.extensions?.['code'] === undefined;
                    return formatError(
                      ofDocument
                        ? { ...json, extensions: { ...json.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }
                        : json,
                      e,
                    );
                  }),
              } as object),
              // A bad token in connection_init, a foreign Origin or too many sockets for one person
              // close the socket with 4403; no token means anonymous.
              onConnect: async (ctx) => {
                if (!wsGuard.originAllowed(ctx)) return false;
                try {
                  const viewer = await auth.viewerFromHeader(authorizationParam(ctx.connectionParams));
                  return wsGuard.admit(ctx, viewer);
                } catch {
                  return false;
                }
              },
              onClose: (ctx) => wsGuard.release(ctx),
              onSubscribe: (ctx, _id, payload) => wsGuard.refuseOperation(ctx, payload) ?? undefined,
              ...({ onComplete: (ctx: { extra: unknown }) => wsGuard.operationEnded(ctx) } as object),
              // Errors over WebSocket get the same codes as over HTTP.
              onNext: (_ctx, _id, _payload, _args, result) => {
                if (!result.errors?.length) return result;
                return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) };
              },
            },
          },
          // Over WebSocket graphql-ws also gives the operation's id, message and arguments.
          context: async (
            arg: HttpContextArg | WsContextArg,
            id?: string,
            payload?: { query: string },
            args?: ExecutionArgs,
          ): Promise<RequestContext> => {
            // Over HTTP the token is in the request's header; over WebSocket in connection_init's
            // payload, checked again for every operation so that a revoked session stops at once.
            const ws = 'connectionParams' in arg || 'extra' in arg;
            const req: IncomingMessage = ws
              ? (arg as WsContextArg).extra.request
              : (arg as HttpContextArg).req;
            const header = ws
              ? authorizationParam((arg as WsContextArg).connectionParams)
              : (arg as HttpContextArg).req.headers.authorization;
            let viewer: RequestContext['viewer'] = null;
            let authError: RequestContext['authError'] = null;
            try {
              viewer = await auth.viewerFromHeader(header);
            } catch (e) {
              if (!(e instanceof DomainError)) throw e;
              authError = e;
            }
            return {
              viewer,
              authError,
              clientAddress:
                (ws ? undefined : (arg as HttpContextArg).req.ip) ?? req.socket.remoteAddress ?? 'unknown',
              locale: pickLocale(
                (ws ? languageParam((arg as WsContextArg).connectionParams) : null) ??
                  req.headers['accept-language'],
              ),
              loaders: loaders.create(viewer),
              operation:
                ws && id && payload && args
                  ? {
                      socket: (arg as WsContextArg).extra.socket,
                      id,
                      query: payload.query,
                      args,
                      formatError: (e) => formatError(e.toJSON(), e),
                    }
                  : undefined,
            };
          },
        };
      },
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class AppGraphQLModule {}
