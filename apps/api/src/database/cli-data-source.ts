// The data source TypeORM's CLI reads (migration:generate, migration:run, migration:show), used by
// tools/scripts/migration-*.mjs. It targets MIGRATION_DATABASE_URL, a scratch database.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env['MIGRATION_DATABASE_URL'];
if (!url) throw new Error('MIGRATION_DATABASE_URL is not set');

export default new DataSource(dataSourceOptions(url, 2));
