import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795917935098 implements MigrationInterface {
    name = 'Foundation1795917935098'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "themes" (
                "slug" character varying(40) NOT NULL,
                "label_fr" character varying(80) NOT NULL,
                "label_en" character varying(80) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_0334884c335ef967c5dcff304f5" PRIMARY KEY ("slug")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "projects" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(80) NOT NULL,
                "name" character varying(100) NOT NULL,
                "summary" character varying(280) NOT NULL,
                "description" text,
                "city" character varying(80),
                "website" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_96e045ab8b0271e5f5a91eae1ee" UNIQUE ("slug"),
                CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('MEMBER', 'FACILITATOR', 'ADMIN')
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "display_name" character varying(60) NOT NULL,
                "bio" text,
                "city" character varying(80),
                "role" "public"."user_role" NOT NULL DEFAULT 'MEMBER',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."challenge_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "challenges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "title" character varying(140) NOT NULL,
                "description" text NOT NULL,
                "city" character varying(80),
                "status" "public"."challenge_status" NOT NULL DEFAULT 'DRAFT',
                "vote_budget" integer,
                "blind_voting" boolean NOT NULL DEFAULT false,
                "closes_at" TIMESTAMP WITH TIME ZONE,
                "outcome" text,
                "idea_count" integer NOT NULL DEFAULT '0',
                "participant_count" integer NOT NULL DEFAULT '0',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_challenges_counts" CHECK (
                    idea_count >= 0
                    AND participant_count >= 0
                ),
                CONSTRAINT "chk_challenges_vote_budget" CHECK (
                    vote_budget IS NULL
                    OR vote_budget BETWEEN 1 AND 100
                ),
                CONSTRAINT "chk_challenges_description_length" CHECK (char_length(description) <= 20000),
                CONSTRAINT "chk_challenges_title_length" CHECK (
                    char_length(title) BETWEEN 3 AND 140
                ),
                CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_challenges_status_published" ON "challenges" ("status", "published_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_challenges_project" ON "challenges" ("project_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "challenge_themes" (
                "challenge_id" uuid NOT NULL,
                "theme_slug" character varying(40) NOT NULL,
                CONSTRAINT "PK_49a3c2819948c7f7ebb8946e982" PRIMARY KEY ("challenge_id", "theme_slug")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_challenge_themes_theme" ON "challenge_themes" ("theme_slug")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_holders" (
                "project_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3c84615b5d877b4de214977d29e" PRIMARY KEY ("project_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_project_holders_user" ON "project_holders" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_state" (
                "key" character varying(60) NOT NULL,
                "value" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f6be62945719bc9b8c6c6df260c" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges"
            ADD CONSTRAINT "FK_2b6a0dd7dea4eb1b1512666d3c1" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges"
            ADD CONSTRAINT "FK_5afdb3ba1bc453064d77a1e885c" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_themes"
            ADD CONSTRAINT "FK_c923b3eb82a5f826bf1ac63a049" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_themes"
            ADD CONSTRAINT "FK_4beec1e67e72dfdc68266d94dea" FOREIGN KEY ("theme_slug") REFERENCES "themes"("slug") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_holders"
            ADD CONSTRAINT "FK_058b276a4ddc986bda34830b774" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_holders"
            ADD CONSTRAINT "FK_ff1d8e3aee918b977fdd090f830" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "project_holders" DROP CONSTRAINT "FK_ff1d8e3aee918b977fdd090f830"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_holders" DROP CONSTRAINT "FK_058b276a4ddc986bda34830b774"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_themes" DROP CONSTRAINT "FK_4beec1e67e72dfdc68266d94dea"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_themes" DROP CONSTRAINT "FK_c923b3eb82a5f826bf1ac63a049"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges" DROP CONSTRAINT "FK_5afdb3ba1bc453064d77a1e885c"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenges" DROP CONSTRAINT "FK_2b6a0dd7dea4eb1b1512666d3c1"
        `);
        await queryRunner.query(`
            DROP TABLE "app_state"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_project_holders_user"
        `);
        await queryRunner.query(`
            DROP TABLE "project_holders"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_challenge_themes_theme"
        `);
        await queryRunner.query(`
            DROP TABLE "challenge_themes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_challenges_project"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_challenges_status_published"
        `);
        await queryRunner.query(`
            DROP TABLE "challenges"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."challenge_status"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
        await queryRunner.query(`
            DROP TABLE "projects"
        `);
        await queryRunner.query(`
            DROP TABLE "themes"
        `);
    }

}
