import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { CoreModule } from '../core/core.module';
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

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const serveBoard = existsSync(join(config.webDistDir, 'index.html'));
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Health probes every few seconds would drown the log.
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            transport: undefined,
          },
        }),
        DatabaseModule,
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
        PubSubModule,
        LiveModule,
        // The built board, with every other path falling back to index.html for the SPA's routes.
        ...(serveBoard
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistDir,
                exclude: ['/graphql{/*path}', '/health{/*path}', '/events{/*path}'],
              }),
            ]
          : []),
      ],
    };
  }
}
