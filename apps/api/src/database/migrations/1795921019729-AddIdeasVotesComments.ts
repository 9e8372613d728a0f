import { MigrationInterface, QueryRunner } from "typeorm";

export class AddIdeasVotesComments1795921019729 implements MigrationInterface {
    name = 'AddIdeasVotesComments1795921019729'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "challenge_participants" (
                "challenge_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_931e5567a4dc157301e2912db45" PRIMARY KEY ("challenge_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."idea_status" AS ENUM('PROPOSED', 'SHORTLISTED', 'SELECTED', 'MERGED')
        `);
        await queryRunner.query(`
            CREATE TABLE "ideas" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "challenge_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "title" character varying(140) NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "status" "public"."idea_status" NOT NULL DEFAULT 'PROPOSED',
                "merged_into_id" uuid,
                "vote_count" integer NOT NULL DEFAULT '0',
                "comment_count" integer NOT NULL DEFAULT '0',
                "hidden" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_ideas_counts" CHECK (
                    vote_count >= 0
                    AND comment_count >= 0
                ),
                CONSTRAINT "chk_ideas_body_length" CHECK (char_length(body) <= 5000),
                CONSTRAINT "chk_ideas_title_length" CHECK (
                    char_length(title) BETWEEN 3 AND 140
                ),
                CONSTRAINT "PK_6ab43f1e9b1cef0d8f3e56ce3a3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_ideas_challenge_votes" ON "ideas" ("challenge_id", "vote_count")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_ideas_challenge_created" ON "ideas" ("challenge_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "idea_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "parent_id" uuid,
                "body" text NOT NULL,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "hidden" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "chk_comments_body_length" CHECK (char_length(body) <= 2000),
                CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_comments_idea_created" ON "comments" ("idea_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "vote_tallies" (
                "challenge_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "used" integer NOT NULL DEFAULT '0',
                CONSTRAINT "chk_vote_tallies_used" CHECK (used >= 0),
                CONSTRAINT "PK_54c07f1cfd294d6d6ead069bb48" PRIMARY KEY ("challenge_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "votes" (
                "idea_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "challenge_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b0cb418b888505da5b07a458dea" PRIMARY KEY ("idea_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_votes_user" ON "votes" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_votes_challenge_user" ON "votes" ("challenge_id", "user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_participants"
            ADD CONSTRAINT "FK_a4b4a1ca9ccc6f110d0e1037056" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_participants"
            ADD CONSTRAINT "FK_b98686bb3cea5782ee99733cfbc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD CONSTRAINT "FK_87e0014ad0cca8cfee604dfbcd4" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas"
            ADD CONSTRAINT "FK_331079680b091d151050281e7b5" FOREIGN KEY ("merged_into_id") REFERENCES "ideas"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_ae79ee0b70da15c00c55a06c28e" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote_tallies"
            ADD CONSTRAINT "FK_3f009638db9000506ab221c02d1" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vote_tallies"
            ADD CONSTRAINT "FK_66b5cd109bf55ca7ff911551c49" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "votes"
            ADD CONSTRAINT "FK_ae1f6238e09b3ecf27ab8355dac" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "votes"
            ADD CONSTRAINT "FK_27be2cab62274f6876ad6a31641" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "votes"
            ADD CONSTRAINT "FK_0b6b62587d1da8cc3719106dab3" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Duplicate hints: trigram similarity over the idea's text, accents folded (see IDEA_TEXT).
        await queryRunner.query(`
            CREATE INDEX "idx_ideas_text_trgm" ON "ideas" USING GIN ((ouimake_unaccent(lower(title || ' ' || body))) gin_trgm_ops)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_ideas_text_trgm"`);
        await queryRunner.query(`
            ALTER TABLE "votes" DROP CONSTRAINT "FK_0b6b62587d1da8cc3719106dab3"
        `);
        await queryRunner.query(`
            ALTER TABLE "votes" DROP CONSTRAINT "FK_27be2cab62274f6876ad6a31641"
        `);
        await queryRunner.query(`
            ALTER TABLE "votes" DROP CONSTRAINT "FK_ae1f6238e09b3ecf27ab8355dac"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote_tallies" DROP CONSTRAINT "FK_66b5cd109bf55ca7ff911551c49"
        `);
        await queryRunner.query(`
            ALTER TABLE "vote_tallies" DROP CONSTRAINT "FK_3f009638db9000506ab221c02d1"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_ae79ee0b70da15c00c55a06c28e"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP CONSTRAINT "FK_331079680b091d151050281e7b5"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP CONSTRAINT "FK_87e0014ad0cca8cfee604dfbcd4"
        `);
        await queryRunner.query(`
            ALTER TABLE "ideas" DROP CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_participants" DROP CONSTRAINT "FK_b98686bb3cea5782ee99733cfbc"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_participants" DROP CONSTRAINT "FK_a4b4a1ca9ccc6f110d0e1037056"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_votes_challenge_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_votes_user"
        `);
        await queryRunner.query(`
            DROP TABLE "votes"
        `);
        await queryRunner.query(`
            DROP TABLE "vote_tallies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_comments_idea_created"
        `);
        await queryRunner.query(`
            DROP TABLE "comments"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_ideas_challenge_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_ideas_challenge_votes"
        `);
        await queryRunner.query(`
            DROP TABLE "ideas"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."idea_status"
        `);
        await queryRunner.query(`
            DROP TABLE "challenge_participants"
        `);
    }

}
