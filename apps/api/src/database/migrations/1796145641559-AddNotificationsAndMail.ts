import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNotificationsAndMail1796145641559 implements MigrationInterface {
    name = 'AddNotificationsAndMail1796145641559'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "token_hash" character(64) NOT NULL,
                "email" character varying(254) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_account_tokens_user" ON "account_tokens" ("user_id", "purpose")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_account_tokens_hash" ON "account_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid,
                "to_address" character varying(254) NOT NULL,
                "template" character varying(40) NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mail_outbox_due" ON "mail_outbox" ("due_at")
            WHERE sent_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_topic" AS ENUM(
                'REPLIES',
                'IDEA_STATUS',
                'PLACES',
                'NEW_IDEAS',
                'CLOSINGS',
                'EVENTS'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_channel" AS ENUM('IN_APP', 'EMAIL', 'DIGEST', 'NEVER')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "topic" "public"."notification_topic" NOT NULL,
                "channel" "public"."notification_channel" NOT NULL,
                CONSTRAINT "PK_d072a1782598695b3ad7980a928" PRIMARY KEY ("user_id", "topic")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM(
                'IDEA_PROPOSED',
                'COMMENT_ADDED',
                'IDEA_SHORTLISTED',
                'IDEA_SELECTED',
                'IDEA_MERGED',
                'CHALLENGE_CLOSED',
                'EVENT_PUBLISHED',
                'REGISTRATION_PROMOTED',
                'EVENT_CANCELLED',
                'EVENT_CHANGED'
            )
        `);
        // notification_channel is shared with notification_preferences (created above).
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "channel" "public"."notification_channel" NOT NULL,
                "actor_id" uuid,
                "challenge_id" uuid,
                "idea_id" uuid,
                "comment_id" uuid,
                "event_id" uuid,
                "target_idea_id" uuid,
                "count" integer NOT NULL DEFAULT '1',
                "group_key" character varying(120),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_unread_group" ON "notifications" ("user_id", "group_key")
            WHERE read_at IS NULL
                AND group_key IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_updated" ON "notifications" ("updated_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "locale" character varying(5) NOT NULL DEFAULT 'fr'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "timezone" character varying(64) NOT NULL DEFAULT 'Europe/Paris'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "last_digest_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_follows"
            ADD "muted" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD "reminded_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "account_tokens"
            ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"
        `);
        await queryRunner.query(`
            ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP COLUMN "reminded_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "challenge_follows" DROP COLUMN "muted"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "last_digest_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "timezone"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "locale"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "email_verified_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_user_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_updated"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_unread_group"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_channel"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_topic"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_mail_outbox_due"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_outbox"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_account_tokens_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_account_tokens_user"
        `);
        await queryRunner.query(`
            DROP TABLE "account_tokens"
        `);
    }

}
