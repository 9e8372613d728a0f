import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accent folding and trigram similarity, used by search and by duplicate hints. */
export class EnableTextSearch1795917935100 implements MigrationInterface {
  name = 'EnableTextSearch1795917935100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
