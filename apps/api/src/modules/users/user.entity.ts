import { Role } from '@ouimake/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Stored trimmed and lower-cased, so that uniqueness is case-insensitive. Null once the account
   * is deleted: the address is free to sign up again.
   */
  @Column({ type: 'varchar', length: 254, unique: true, nullable: true })
  email: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 60 })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  city: string | null;

  /** argon2id; null for accounts that cannot sign in (demo people on a server database). Never leaves the server. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash?: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.MEMBER })
  role: Role;

  /** When the person proved they read this address (the link of a verification email). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Their language for emails (fr or en). */
  @Column({ type: 'varchar', length: 5, default: 'fr' })
  locale: string;

  /** IANA zone: the daily digest comes in their morning. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Paris' })
  timezone: string;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  /** Whether their public profile lists their ideas and comments (off until they allow it). */
  @Column({ name: 'show_activity', type: 'boolean', default: false })
  showActivity: boolean;

  /**
   * When they deleted their account: the row stays, emptied of anything personal, so that their
   * ideas and comments stay (shown as a former member's) and their votes stay counted.
   */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
