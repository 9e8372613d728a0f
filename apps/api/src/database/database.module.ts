import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { promoteConfiguredAdmins } from '../modules/accounts/configured-admins';
import { DemoSeedService } from '../modules/demo/demo-seed.service';
import { dataSourceOptions } from './data-source-options';
import { migrateUnderLock } from './migrate';

/** Brings the schema up to date (and seeds the demo board when asked) before the server takes requests. */
@Injectable()
export class DatabaseBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly demo: DemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const applied = await migrateUnderLock(this.dataSource, this.url(), async () => {
      if (this.config.seedDemo) {
        // Demo people can sign in on the embedded database, a private demo by nature, and on a
        // server only when asked (DEMO_SIGN_IN=true: a public demo).
        await this.demo.seedOnce(this.dataSource.manager, { withPasswords: this.config.demoSignIn });
      }
      const promoted = await promoteConfiguredAdmins(this.dataSource.manager, this.config.adminEmails);
      if (promoted) this.logger.log(`ADMIN_EMAILS made ${promoted} account(s) admin`);
    });
    if (applied.length) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
  }

  private url(): string {
    if (!this.config.databaseUrl) throw new Error('The database URL is unknown');
    return this.config.databaseUrl;
  }
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('The database URL is unknown');
        // A burst (300 people registering at once) waits its turn for a connection rather than
        // failing: up to 60 s for the embedded database's one connection, 30 s for a pool of several
        // (10 s was too short on a busy 2-core machine: 300 registrations at once got errors).
        return dataSourceOptions(config.databaseUrl, config.databasePoolSize, {
          connectTimeoutMs: config.databasePoolSize === 1 ? 60_000 : 30_000,
        });
      },
    }),
  ],
  providers: [DemoSeedService, DatabaseBootstrap],
})
export class DatabaseModule {}
