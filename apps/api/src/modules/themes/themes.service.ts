import { Drafts } from '../visibility';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemesService {
  constructor(private readonly db: DataSource) {}

  /** Every theme in the taxonomy's order. */
  list(): Promise<ThemeEntity[]> {
    return this.db.getRepository(ThemeEntity).find({ order: { position: 'ASC' } });
  }

  /** How many published challenges carry each of these themes. */
  async challengeCounts(slugs: readonly string[]): Promise<Map<string, number>> {
    const rows: { slug: string; count: number }[] = await this.db
      .createQueryBuilder()
      .select('ct.theme_slug', 'slug')
      .addSelect('count(*)::int', 'count')
      .from('challenge_themes', 'ct')
      .innerJoin(ChallengeEntity, 'c', 'c.id = ct.challenge_id')
      .where('ct.theme_slug IN (:...slugs)', { slugs })
      .andWhere(...Drafts.where('c', null))
      .groupBy('ct.theme_slug')
      .getRawMany();
    return new Map(rows.map((r) => [r.slug, Number(r.count)]));
  }

  /** Cities of published challenges with how many each has, the busiest first. */
  async cities(): Promise<{ city: string; challengeCount: number }[]> {
    const rows: { city: string; count: number }[] = await this.db
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .select('c.city', 'city')
      .addSelect('count(*)::int', 'count')
      .where(...Drafts.where('c', null))
      .andWhere('c.city IS NOT NULL')
      .groupBy('c.city')
      .orderBy('count', 'DESC')
      .addOrderBy('c.city', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ city: r.city, challengeCount: Number(r.count) }));
  }

  async existingSlugs(slugs: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const rows = await manager
      .getRepository(ThemeEntity)
      .createQueryBuilder('t')
      .select('t.slug', 'slug')
      .where('t.slug IN (:...slugs)', { slugs })
      .getRawMany<{ slug: string }>();
    return new Set(rows.map((r) => r.slug));
  }
}
