import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/config';
import { AppModule } from './app.module';

/**
 * Builds the server for a configuration whose database URL is known (a PostgreSQL server, or the
 * embedded one main.ts started). Migrations run and demo data is seeded during init, before the
 * server listens. Used by main.ts and by the integration tests.
 */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  // Client addresses (rate limits) come from X-Forwarded-For only behind a trusted proxy.
  app.set('trust proxy', config.trustProxy);
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}
