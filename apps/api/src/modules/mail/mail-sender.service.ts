import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/config';
import type { MailOutboxEntity } from './mail-outbox.entity';
import { Mailer, type OutgoingMail } from './mailer.service';

/** Turns a queued row into an email, or null when it no longer needs sending (its content was hidden...). */
export type MailRenderer = (row: MailOutboxEntity) => Promise<OutgoingMail | null>;

const MAX_ATTEMPTS = 8;
const BATCH = 20;

/**
 * Sends the outbox: every instance claims due rows with a lease (FOR UPDATE SKIP LOCKED, then
 * committed at once, so that no transaction stays open while talking to the SMTP server), renders
 * them with the renderer its feature registered, sends them and marks them sent. A failure is tried
 * again later (1, 2, 4... minutes), at most 8 times; a crash mid-send is retried when the lease ends.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly renderers = new Map<string, MailRenderer>();
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  register(template: string, renderer: MailRenderer): void {
    this.renderers.set(template, renderer);
  }

  onApplicationBootstrap(): void {
    if (!this.config.mailPollMs) return;
    const tick = () => {
      if (this.stopped) return;
      void this.flush().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.config.mailPollMs).unref();
      });
    };
    this.timer = setTimeout(tick, 200).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.mailer.close();
  }

  /** Sends everything due now, batch after batch; returns how many were sent. (Tests call it.) */
  flush(): Promise<number> {
    this.running ??= (async () => {
      let total = 0;
      for (let batch = 0; batch < 50; batch++) {
        const { claimed, sent } = await this.sendDue();
        total += sent;
        if (claimed < BATCH) break;
      }
      return total;
    })().finally(() => (this.running = null));
    return this.running;
  }

  private async sendDue(): Promise<{ claimed: number; sent: number }> {
    let rows: MailOutboxEntity[];
    try {
      rows = await this.db
        .query(
          `UPDATE mail_outbox SET due_at = now() + interval '2 minutes', attempts = attempts + 1
          WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND due_at <= now() AND attempts < $1
                        ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id, user_id AS "userId", to_address AS "toAddress", template, payload, attempts`,
          [MAX_ATTEMPTS],
        )
        .then((r: [MailOutboxEntity[], number] | MailOutboxEntity[]) =>
          Array.isArray(r[0]) ? (r[0] as MailOutboxEntity[]) : (r as MailOutboxEntity[]),
        );
    } catch (e) {
      this.logger.warn(`Outbox not read: ${(e as Error).message}`);
      return { claimed: 0, sent: 0 };
    }
    let sent = 0;
    for (const row of rows) {
      try {
        const renderer = this.renderers.get(row.template);
        if (!renderer) throw new Error(`No renderer for ${row.template}`);
        const mail = await renderer(row);
        if (mail) await this.mailer.send(mail);
        await this.db.query(`UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = $1`, [
          row.id,
        ]);
        if (mail) sent++;
      } catch (e) {
        const delay = Math.min(2 ** (row.attempts - 1), 240);
        this.logger.warn(
          `Email ${row.template} to ${row.toAddress} not sent (try ${row.attempts}): ${(e as Error).message}`,
        );
        await this.db
          .query(
            `UPDATE mail_outbox SET last_error = $2, due_at = now() + ($3 || ' minutes')::interval WHERE id = $1`,
            [row.id, (e as Error).message.slice(0, 500), String(delay)],
          )
          .catch(() => undefined);
      }
    }
    return { claimed: rows.length, sent };
  }

  /** The board's address, for links. */
  get publicUrl(): string {
    return this.config.publicUrl.replace(/\/$/, '');
  }
}
