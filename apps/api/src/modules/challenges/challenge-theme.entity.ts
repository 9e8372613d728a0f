import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ThemeEntity } from '../themes/theme.entity';
import { ChallengeEntity } from './challenge.entity';

@Entity({ name: 'challenge_themes' })
@Index('idx_challenge_themes_theme', ['themeSlug'])
export class ChallengeThemeEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'theme_slug', type: 'varchar', length: 40 })
  themeSlug: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_slug' })
  theme?: ThemeEntity;
}
