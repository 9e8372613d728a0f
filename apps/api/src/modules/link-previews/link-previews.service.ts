import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventStatus, type Locale } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import { PageHeads, type PageHead } from '../../core/web';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { EventEntity } from '../events/event.entity';
import { ProjectEntity } from '../projects/project.entity';
import { Drafts, EventDrafts } from '../visibility';
import { plainSummary } from './plain-summary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const WORDS: Record<
  Locale,
  { challenge: (project: string) => string; event: (date: string) => string; cancelled: string }
> = {
  fr: {
    challenge: (project) => `Un défi de ${project} sur Ouimake.`,
    event: (date) => `Le ${date}.`,
    cancelled: 'Annulé.',
  },
  en: {
    challenge: (project) => `A challenge by ${project} on Ouimake.`,
    event: (date) => `On ${date}.`,
    cancelled: 'Cancelled.',
  },
};

/** A title and a sentence or two, as a link preview shows them. */
function head(title: string, description: string): PageHead {
  return { title: `${title} · Ouimake`, description, type: 'article', specific: true };
}

/**
 * Link previews: a challenge's, a project's and an event's address answer with their title and
 * summary in the HTML head (Open Graph), as a signed-out visitor may see them: a draft, or an
 * address that leads nowhere, has the board's own preview.
 */
@Injectable()
export class LinkPreviewsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly heads: PageHeads,
  ) {}

  onModuleInit(): void {
    // With the board's source file of each page (apps/web/src/pages), whose code is preloaded.
    this.heads.register(
      '/challenges/:id',
      ({ id }, locale) => this.challenge(id ?? '', locale),
      'src/pages/ChallengePage.tsx',
    );
    this.heads.register(
      '/projects/:slug',
      ({ slug }, locale) => this.project(slug ?? '', locale),
      'src/pages/ProjectPage.tsx',
    );
    this.heads.register(
      '/events/:id',
      ({ id }, locale) => this.event(id ?? '', locale),
      'src/pages/EventPage.tsx',
    );
  }

  async challenge(id: string, locale: Locale): Promise<PageHead | null> {
    if (!UUID.test(id)) return null;
    const [visible, params] = Drafts.where('c', null);
    const challenge = await this.db
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.project', 'p')
      .where('c.id = :id', { id })
      .andWhere(visible, params)
      .getOne();
    if (!challenge) return null;
    const summary = plainSummary(challenge.description);
    const by = WORDS[locale].challenge(challenge.project?.name ?? 'Ouimake');
    return head(challenge.title, summary ? `${summary} — ${by}` : by);
  }

  async project(slug: string, locale: Locale): Promise<PageHead | null> {
    if (slug.length > 80) return null;
    const project = await this.db.getRepository(ProjectEntity).findOne({ where: { slug } });
    if (!project) return null;
    const summary = plainSummary(project.summary) || plainSummary(project.description ?? '');
    return head(project.name, summary || WORDS[locale].challenge(project.name));
  }

  async event(id: string, locale: Locale): Promise<PageHead | null> {
    if (!UUID.test(id)) return null;
    const [visible, params] = EventDrafts.where('e', null);
    const event = await this.db
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.id = :id', { id })
      .andWhere(visible, params)
      .getOne();
    if (!event) return null;
    const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: event.timezone,
    }).format(event.startsAt);
    const words = WORDS[locale];
    const when =
      event.status === EventStatus.CANCELLED ? `${words.cancelled} ${words.event(date)}` : words.event(date);
    const summary = plainSummary(event.description, 160);
    return head(event.title, summary ? `${when} ${summary}` : when);
  }
}
