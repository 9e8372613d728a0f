import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over challenges in French and English, accents folded, titles weighing more
 * than descriptions. unaccent() is only STABLE, so an IMMUTABLE wrapper pinned to its dictionary
 * lets it stand in an index. The expression must stay identical to SEARCH_VECTOR in
 * modules/challenges/challenge-search.ts, or the index is not used.
 */
export class AddChallengeSearch1795920609612 implements MigrationInterface {
  name = 'AddChallengeSearch1795920609612';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ouimake_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
    `);
    await queryRunner.query(`
      CREATE INDEX "idx_challenges_search" ON "challenges" USING GIN ((
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(title)), 'A') ||
        setweight(to_tsvector('french'::regconfig, ouimake_unaccent(description)), 'B') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(title)), 'A') ||
        setweight(to_tsvector('english'::regconfig, ouimake_unaccent(description)), 'B')
      ))
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_challenges_search"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ouimake_unaccent(text)`);
  }
}
