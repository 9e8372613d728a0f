import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), drawn with
 * the server's strong randomness (gen_random_uuid uses pg_strong_random), 16 random bits per
 * character so that the modulo bias is negligible. Existing challenges get one each; duplicates
 * drawn in the backfill are drawn again before the unique index is built.
 */
export class AddChallengeJoinCode1796154922712 implements MigrationInterface {
    name = 'AddChallengeJoinCode1796154922712'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION ouimake_join_code() RETURNS character varying
            LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
                SELECT string_agg(
                    substr('23456789ABCDEFGHJKMNPQRSTVWXYZ',
                           1 + (('x' || substr(gen_random_uuid()::text, 1, 4))::bit(16)::int % 30), 1),
                    '')
                FROM generate_series(1, 6)
            $$
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges"
            ADD "join_code" character varying(6) NOT NULL DEFAULT ouimake_join_code()
        `);
        await queryRunner.query(`
            DO $$
            BEGIN
                WHILE EXISTS (SELECT 1 FROM challenges GROUP BY join_code HAVING count(*) > 1) LOOP
                    UPDATE challenges SET join_code = ouimake_join_code()
                    WHERE id IN (
                        SELECT id FROM (
                            SELECT id, row_number() OVER (PARTITION BY join_code ORDER BY created_at, id) AS n
                            FROM challenges
                        ) d WHERE d.n > 1
                    );
                END LOOP;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_challenges_join_code" ON "challenges" ("join_code")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_challenges_join_code"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges" DROP COLUMN "join_code"
        `);
        await queryRunner.query(`
            DROP FUNCTION ouimake_join_code()
        `);
    }

}
