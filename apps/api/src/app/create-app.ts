import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/config';
import {
  bodyErrorHandler,
  bodyParsers,
  documentNestingGuard,
  requestIdMiddleware,
  securityHeaders,
  securityTxt,
} from '../core/http';
import { GRAPHQL_PATH } from '../core/graphql/socket-server';
import { AppModule } from './app.module';

/**
 * Builds the server for a configuration whose database URL is known (a PostgreSQL server, or the
 * embedded one main.ts started). Migrations run and demo data is seeded during init, before the
 * server listens. Used by main.ts and by the integration tests.
 */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // Bodies are parsed below, with the server's limit and JSON errors for what they refuse.
    bodyParser: false,
  });
  // Client addresses (rate limits) come from X-Forwarded-For only behind a trusted proxy.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Before every route (GraphQL, health, calendars, the board): an id for the request, the
  // security headers, then the body, whose refusals are answered here as 4xx JSON.
  app.use(requestIdMiddleware, securityHeaders(config.publicUrl), ...bodyParsers(), bodyErrorHandler);
  app.use(GRAPHQL_PATH, documentNestingGuard);
  if (config.securityContact) {
    app.use('/.well-known/security.txt', securityTxt(config.securityContact, config.publicUrl));
  }
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}
