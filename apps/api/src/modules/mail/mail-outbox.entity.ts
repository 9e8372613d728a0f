import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An email to send, written in the transaction of what caused it; the sender (on any instance)
 * takes rows with FOR UPDATE SKIP LOCKED, renders them in the person's language, sends them, and
 * marks them sent. A failure is retried with a growing delay.
 */
@Entity({ name: 'mail_outbox' })
@Index('idx_mail_outbox_due', ['dueAt'], { where: 'sent_at IS NULL' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Who it is for (null: an address with no account yet). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  /** Which template: verify-email, reset-password, notification, digest, registration, reminder. */
  @Column({ type: 'varchar', length: 40 })
  template: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ name: 'due_at', type: 'timestamptz', default: () => 'now()' })
  dueAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
