import type { Locale } from '@ouimake/domain';
import type { ThemeEntity } from './theme.entity';
import type { Theme } from './theme.model';

export function toTheme(entity: ThemeEntity, locale: Locale): Theme {
  return { slug: entity.slug, label: locale === 'en' ? entity.labelEn : entity.labelFr };
}
