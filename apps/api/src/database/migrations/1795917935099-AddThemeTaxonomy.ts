import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The theme taxonomy challenges are tagged with, in French and English. Reference data every
 * board needs (not demo data): it is part of the schema's history.
 */
const THEMES: [slug: string, fr: string, en: string][] = [
  ['governance', 'Gouvernance', 'Governance'],
  ['volunteering', 'Bénévolat', 'Volunteering'],
  ['funding', 'Financement', 'Funding'],
  ['third-places', 'Coworking et tiers-lieux', 'Coworking and third places'],
  ['community-life', 'Vie collective', 'Community life'],
  ['public-partners', 'Partenaires publics', 'Public partners'],
  ['food-waste', 'Alimentation et anti-gaspillage', 'Food and waste'],
  ['local-currency', 'Monnaie locale', 'Local currency'],
  ['paid-work', 'Emploi et activité', 'Jobs and paid activity'],
  ['digital', 'Numérique', 'Digital'],
];

export class AddThemeTaxonomy1795917935099 implements MigrationInterface {
  name = 'AddThemeTaxonomy1795917935099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [position, [slug, fr, en]] of THEMES.entries()) {
      await queryRunner.query(
        `INSERT INTO "themes" ("slug", "label_fr", "label_en", "position") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("slug") DO NOTHING`,
        [slug, fr, en, position + 1],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "themes" WHERE "slug" = ANY($1)`, [THEMES.map(([slug]) => slug)]);
  }
}
