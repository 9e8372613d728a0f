import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';

/** Queues emails in the caller's transaction (the outbox): sent once it committed, never for a rollback. */
@Injectable()
export class MailQueue {
  async enqueue(
    tx: EntityManager,
    mail: {
      userId: string | null;
      to: string;
      template: string;
      payload?: Record<string, unknown>;
      delaySeconds?: number;
    },
  ): Promise<void> {
    await tx.insert(MailOutboxEntity, {
      userId: mail.userId,
      toAddress: mail.to,
      template: mail.template,
      payload: mail.payload ?? {},
      dueAt: () =>
        mail.delaySeconds ? `now() + interval '${Math.floor(mail.delaySeconds)} seconds'` : 'now()',
    } as never);
  }

  /** Drops every email of a person, sent or not (their account is being deleted: no address stays). */
  async forget(tx: EntityManager, userId: string): Promise<void> {
    await tx.delete(MailOutboxEntity, { userId });
  }
}
