import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Facts about the database itself, such as whether the demo data was seeded. */
@Entity({ name: 'app_state' })
export class AppStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'text' })
  value: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
