import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's TRENDING score kept on each challenge as its counts and last activity change (a
 * trigger, since `extract(epoch ...)` cannot be in an index expression), with an index in that order:
 * a page of trending challenges reads its rows in order instead of scoring and sorting every
 * challenge. And the hidden ideas of a challenge found by a partial index, for the wall's count.
 */
export class KeepBoardScores1796210000000 implements MigrationInterface {
  name = 'KeepBoardScores1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "challenges"
            ADD "trend_score" double precision NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            CREATE FUNCTION challenges_trend_score() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.trend_score := log((1 + 3 * NEW.idea_count + NEW.participant_count)::numeric)::float8
                + extract(epoch from NEW.last_activity_at)::float8 / 45000;
              RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER trg_challenges_trend_score
            BEFORE INSERT OR UPDATE OF idea_count, participant_count, last_activity_at, trend_score ON "challenges"
            FOR EACH ROW EXECUTE FUNCTION challenges_trend_score()
        `);
    // Fires the trigger on every row.
    await queryRunner.query(`UPDATE "challenges" SET trend_score = 0`);
    await queryRunner.query(`
            CREATE INDEX "idx_challenges_trending" ON "challenges" ("trend_score" DESC, "id" DESC)
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_ideas_hidden" ON "ideas" ("challenge_id", "author_id")
            WHERE hidden
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_ideas_hidden"`);
    await queryRunner.query(`DROP INDEX "public"."idx_challenges_trending"`);
    await queryRunner.query(`DROP TRIGGER trg_challenges_trend_score ON "challenges"`);
    await queryRunner.query(`DROP FUNCTION challenges_trend_score()`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP COLUMN "trend_score"`);
  }
}
