import { MigrationInterface, QueryRunner } from "typeorm";

export class AddAccounts1795919421423 implements MigrationInterface {
    name = 'AddAccounts1795919421423'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sessions_user" ON "sessions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "actor_id" uuid NOT NULL,
                "action" character varying(60) NOT NULL,
                "target_type" character varying(40) NOT NULL,
                "target_id" uuid NOT NULL,
                "detail" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_entries_at" ON "audit_entries" ("at")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "password_hash" character varying(255)
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "audit_entries"
            ADD CONSTRAINT "FK_c2d369a2e8a9e3773f1682b8ac0" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "audit_entries" DROP CONSTRAINT "FK_c2d369a2e8a9e3773f1682b8ac0"
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "password_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_entries_at"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_sessions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    }

}
