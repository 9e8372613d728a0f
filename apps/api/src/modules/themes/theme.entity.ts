import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A theme of the seeded taxonomy, labelled in both of the board's languages. */
@Entity({ name: 'themes' })
export class ThemeEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  slug: string;

  @Column({ name: 'label_fr', type: 'varchar', length: 80 })
  labelFr: string;

  @Column({ name: 'label_en', type: 'varchar', length: 80 })
  labelEn: string;

  @Column({ type: 'int' })
  position: number;
}
