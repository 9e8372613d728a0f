import { MigrationInterface, QueryRunner } from "typeorm";

export class AddChallengeFollows1795920609611 implements MigrationInterface {
    name = 'AddChallengeFollows1795920609611'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "challenge_follows" (
                "challenge_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa9fe31d33f411aac29833a6d36" PRIMARY KEY ("challenge_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_challenge_follows_user" ON "challenge_follows" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_follows"
            ADD CONSTRAINT "FK_f771a60a51c4f59bc6dd5bda612" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_follows"
            ADD CONSTRAINT "FK_bc8b8a5851c38b8751b6726a077" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "challenge_follows" DROP CONSTRAINT "FK_bc8b8a5851c38b8751b6726a077"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_follows" DROP CONSTRAINT "FK_f771a60a51c4f59bc6dd5bda612"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_challenge_follows_user"
        `);
        await queryRunner.query(`
            DROP TABLE "challenge_follows"
        `);
    }

}
