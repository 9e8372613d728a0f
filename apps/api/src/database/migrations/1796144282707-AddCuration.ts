import { MigrationInterface, QueryRunner } from "typeorm";

export class AddCuration1796144282707 implements MigrationInterface {
    name = 'AddCuration1796144282707'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'ACTIONED', 'DISMISSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reporter_id" uuid NOT NULL,
                "idea_id" uuid,
                "comment_id" uuid,
                "reason" character varying(500) NOT NULL,
                "status" "public"."report_status" NOT NULL DEFAULT 'OPEN',
                "resolved_by_id" uuid,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_reports_reason_length" CHECK (
                    char_length(reason) BETWEEN 3 AND 500
                ),
                CONSTRAINT "chk_reports_one_target" CHECK ((idea_id IS NULL) <> (comment_id IS NULL)),
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_status_created" ON "reports" ("status", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reports_comment_reporter" ON "reports" ("comment_id", "reporter_id")
            WHERE comment_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reports_idea_reporter" ON "reports" ("idea_id", "reporter_id")
            WHERE idea_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "challenge_resources" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "challenge_id" uuid NOT NULL,
                "title" character varying(140) NOT NULL,
                "url" character varying(2000) NOT NULL,
                "added_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_challenge_resources_url" CHECK (url ~ '^https?://'),
                CONSTRAINT "PK_94c9ecf2b69a1fa9f5b62da650f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_challenge_resources_challenge" ON "challenge_resources" ("challenge_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD "hidden_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD "hidden_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD "hidden_by_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD "hidden_by_reports" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD "hidden_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD "hidden_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD "hidden_by_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD "hidden_by_reports" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_4a5c651958ae20ca0c146deb64d" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_90128aa0533cf113b418de0304f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_580adb3369c061e2f3cd20e7442" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_resources"
            ADD CONSTRAINT "FK_91f9dd68ba10c3398b26d0b21a1" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_resources"
            ADD CONSTRAINT "FK_ca4c976d51307f1ac1256d367fc" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "challenge_resources" DROP CONSTRAINT "FK_ca4c976d51307f1ac1256d367fc"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_resources" DROP CONSTRAINT "FK_91f9dd68ba10c3398b26d0b21a1"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_580adb3369c061e2f3cd20e7442"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_90128aa0533cf113b418de0304f"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_4a5c651958ae20ca0c146deb64d"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP COLUMN "hidden_by_reports"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP COLUMN "hidden_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP COLUMN "hidden_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP COLUMN "hidden_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP COLUMN "hidden_by_reports"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP COLUMN "hidden_by_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP COLUMN "hidden_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP COLUMN "hidden_reason"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_challenge_resources_challenge"
        `);
        await queryRunner.query(`
            DROP TABLE "challenge_resources"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reports_idea_reporter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reports_comment_reporter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_reports_status_created"
        `);
        await queryRunner.query(`
            DROP TABLE "reports"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."report_status"
        `);
    }

}
