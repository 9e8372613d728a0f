import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { CoreModule } from '../core/core.module';
import { WebModule } from '../core/web';
import { AppGraphQLModule } from '../core/graphql/graphql.module';
import { HealthModule } from '../core/health/health.module';
import { DatabaseModule } from '../database/database.module';
import { AccountsModule } from '../modules/accounts/accounts.module';
import { AuditModule } from '../modules/audit/audit.module';
import { IdeasModule } from '../modules/ideas/ideas.module';
import { BrainstormModule } from '../modules/brainstorm/brainstorm.module';
import { LiveModule } from '../modules/live/live.module';
import { PubSubModule } from '../core/pubsub/pubsub.module';
import { ChallengesModule } from '../modules/challenges/challenges.module';
import { ProjectsModule } from '../modules/projects/projects.module';
import { ThemesModule } from '../modules/themes/themes.module';
import { CurationModule } from '../modules/curation/curation.module';
import { EventsModule } from '../modules/events/events.module';
import { MailModule } from '../modules/mail/mail.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { LinkPreviewsModule } from '../modules/link-previews/link-previews.module';
import { ExportsModule } from '../modules/exports/exports.module';
import { LegalModule } from '../modules/legal/legal.module';

/** The contexts of Nest's start-up lines. */
const NEST_START_UP = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
]);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // One JSON line per request at LOG_LEVEL=debug only (a server error is always logged):
            // at the default level a person sees the ready line, warnings and errors.
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'debug'),
            // Health probes every few seconds would drown the log.
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            // Nest's own start-up lines (modules loaded, routes mapped) are for debugging too.
            hooks: {
              logMethod(args, method, level) {
                const first: unknown = args[0];
                const context =
                  typeof first === 'object' && first !== null && 'context' in first ? first.context : null;
                if (level === 30 && typeof context === 'string' && NEST_START_UP.has(context)) {
                  this.debug(...(args as Parameters<typeof method>));
                  return;
                }
                method.apply(this, args);
              },
            },
            transport: undefined,
          },
        }),
        DatabaseModule,
        MailModule,
        CoreModule,
        AppGraphQLModule,
        HealthModule,
        ThemesModule,
        ChallengesModule,
        ProjectsModule,
        AccountsModule,
        AuditModule,
        IdeasModule,
        BrainstormModule,
        CurationModule,
        EventsModule,
        NotificationsModule,
        ExportsModule,
        LegalModule,
        PubSubModule,
        LiveModule,
        LinkPreviewsModule,
        // The built board (files, and index.html for its pages), after every route above.
        WebModule,
      ],
    };
  }
}
