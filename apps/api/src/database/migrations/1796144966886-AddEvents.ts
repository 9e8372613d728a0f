import { MigrationInterface, QueryRunner } from "typeorm";

export class AddEvents1796144966886 implements MigrationInterface {
    name = 'AddEvents1796144966886'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."event_format" AS ENUM('WORKSHOP', 'MEETUP', 'ONLINE')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED', 'DONE')
        `);
        await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(140) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "format" "public"."event_format" NOT NULL,
                "status" "public"."event_status" NOT NULL DEFAULT 'DRAFT',
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "timezone" character varying(64) NOT NULL,
                "report" text,
                "cancel_reason" text,
                "created_by_id" uuid NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_events_title_length" CHECK (
                    char_length(title) BETWEEN 3 AND 140
                ),
                CONSTRAINT "chk_events_times" CHECK (ends_at > starts_at),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "agenda_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(140) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE,
                "challenge_id" uuid,
                "project_id" uuid,
                "idea_ids" uuid array NOT NULL DEFAULT '{}',
                "note" text,
                CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_agenda_items_challenge" ON "agenda_items" ("challenge_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_agenda_items_event" ON "agenda_items" ("event_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_organizers" (
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_8bedf221e4c0cfce1fee056827e" PRIMARY KEY ("event_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "venues" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "name" character varying(100) NOT NULL,
                "city" character varying(80) NOT NULL,
                "address" character varying(300),
                "capacity" integer,
                "online_url" character varying(500),
                "confirmed_count" integer NOT NULL DEFAULT '0',
                CONSTRAINT "chk_venues_confirmed" CHECK (confirmed_count >= 0),
                CONSTRAINT "chk_venues_capacity" CHECK (
                    capacity IS NULL
                    OR (
                        capacity >= 1
                        AND confirmed_count <= capacity
                    )
                ),
                CONSTRAINT "PK_cb0f885278d12384eb7a81818be" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_venues_event" ON "venues" ("event_id", "position")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "registrations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "venue_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" "public"."registration_status" NOT NULL,
                "queue" BIGSERIAL NOT NULL,
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_user" ON "registrations" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_venue_status_queue" ON "registrations" ("venue_id", "status", "queue")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_registrations_event_user" ON "registrations" ("event_id", "user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "venue_hosts" (
                "venue_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_42a821daedf539fe89a3745c8c8" PRIMARY KEY ("venue_id", "user_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD CONSTRAINT "FK_3408e972de5b0585e93f7723415" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD CONSTRAINT "FK_870466026d464faf6a7049ee90a" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items"
            ADD CONSTRAINT "FK_6bcc101f442959620413839e2a4" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organizers"
            ADD CONSTRAINT "FK_64b592355e149a4d47def2412d5" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organizers"
            ADD CONSTRAINT "FK_1dd4c4652b67727b9f1f5453425" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "venues"
            ADD CONSTRAINT "FK_92e696c8d2e8de5550b78cdf72a" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_c082d66f7080c743a96c1e91807" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_97b79f7bf976773af829b9cd2be" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations"
            ADD CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "venue_hosts"
            ADD CONSTRAINT "FK_32fe3be8b55c47047408d9df611" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "venue_hosts"
            ADD CONSTRAINT "FK_fbfc56d80a1ab3de6a3384d0cc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "venue_hosts" DROP CONSTRAINT "FK_fbfc56d80a1ab3de6a3384d0cc7"
        `);
        await queryRunner.query(`
            ALTER TABLE "venue_hosts" DROP CONSTRAINT "FK_32fe3be8b55c47047408d9df611"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_97b79f7bf976773af829b9cd2be"
        `);
        await queryRunner.query(`
            ALTER TABLE "registrations" DROP CONSTRAINT "FK_c082d66f7080c743a96c1e91807"
        `);
        await queryRunner.query(`
            ALTER TABLE "venues" DROP CONSTRAINT "FK_92e696c8d2e8de5550b78cdf72a"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organizers" DROP CONSTRAINT "FK_1dd4c4652b67727b9f1f5453425"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_organizers" DROP CONSTRAINT "FK_64b592355e149a4d47def2412d5"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_6bcc101f442959620413839e2a4"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_870466026d464faf6a7049ee90a"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_3408e972de5b0585e93f7723415"
        `);
        await queryRunner.query(`
            DROP TABLE "venue_hosts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_registrations_event_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_registrations_venue_status_queue"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_registrations_user"
        `);
        await queryRunner.query(`
            DROP TABLE "registrations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."registration_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_venues_event"
        `);
        await queryRunner.query(`
            DROP TABLE "venues"
        `);
        await queryRunner.query(`
            DROP TABLE "event_organizers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_agenda_items_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_agenda_items_challenge"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_items"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_events_status_starts"
        `);
        await queryRunner.query(`
            DROP TABLE "events"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_format"
        `);
    }

}
