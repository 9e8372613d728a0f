import { MigrationInterface, QueryRunner } from "typeorm";

export class AddClientKeys1796168381555 implements MigrationInterface {
    name = 'AddClientKeys1796168381555'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD "client_key" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD "client_key" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_ideas_author_client_key" ON "ideas" ("author_id", "client_key")
            WHERE client_key IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_comments_author_client_key" ON "comments" ("author_id", "client_key")
            WHERE client_key IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_comments_author_client_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_ideas_author_client_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP COLUMN "client_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP COLUMN "client_key"
        `);
    }

}
