import { MigrationInterface, QueryRunner } from "typeorm";

export class AddBrainstormSessions1795921606771 implements MigrationInterface {
    name = 'AddBrainstormSessions1795921606771'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."brainstorm_phase" AS ENUM('IDEATION', 'VOTING')
        `);
        await queryRunner.query(`
            CREATE TABLE "brainstorm_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "challenge_id" uuid NOT NULL,
                "phase" "public"."brainstorm_phase" NOT NULL,
                "started_by_id" uuid NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "stopped_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2fa3f922b68f25e0b7a9eb6b051" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_brainstorm_sessions_challenge" ON "brainstorm_sessions" ("challenge_id", "ends_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "brainstorm_sessions"
            ADD CONSTRAINT "FK_3003aa85dd29ea8d015f19993fd" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "brainstorm_sessions"
            ADD CONSTRAINT "FK_6f65fc74b1381f7b9581575c569" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "brainstorm_sessions" DROP CONSTRAINT "FK_6f65fc74b1381f7b9581575c569"
        `);
        await queryRunner.query(`
            ALTER TABLE "brainstorm_sessions" DROP CONSTRAINT "FK_3003aa85dd29ea8d015f19993fd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_brainstorm_sessions_challenge"
        `);
        await queryRunner.query(`
            DROP TABLE "brainstorm_sessions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."brainstorm_phase"
        `);
    }

}
