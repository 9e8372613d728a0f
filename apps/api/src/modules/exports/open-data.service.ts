import { Injectable } from '@nestjs/common';
import { ChallengeStatus, IdeaStatus, type Locale } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/config';
import { BlindCounts, Drafts, HiddenContent, type ContentViewer } from '../visibility';
import { toCsv } from './csv';
import { authorName, wordsFor } from './words';

/** The open data licence, stated in the README and in every file. */
export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

interface ChallengeRow {
  id: string;
  title: string;
  description: string;
  city: string | null;
  status: ChallengeStatus;
  blind_voting: boolean;
  published_at: Date | null;
  closes_at: Date | null;
  outcome: string | null;
  project: string;
  themes: string[];
}

interface IdeaRow {
  id: string;
  challenge_id: string;
  title: string;
  body: string;
  status: IdeaStatus;
  vote_count: number;
  created_at: Date;
  display_name: string;
  deleted_at: Date | null;
}

/** What everyone may see, so what open data holds: a signed-out viewer. */
const PUBLIC: ContentViewer = { viewer: null, curates: false };

/**
 * Open data (`/open-data/challenges.json` and `.csv`): every published challenge with its outcome,
 * its ideas (not hidden, not merged into another) and their vote totals (null while a blind vote
 * is open), as a signed-out visitor sees them; no personal data beyond display names.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async json(): Promise<string> {
    const { challenges, ideas } = await this.load();
    const byChallenge = new Map<string, IdeaRow[]>();
    for (const idea of ideas) {
      const list = byChallenge.get(idea.challenge_id) ?? [];
      list.push(idea);
      byChallenge.set(idea.challenge_id, list);
    }
    const w = wordsFor('fr');
    return JSON.stringify({
      licence: OPEN_DATA_LICENCE,
      source: this.config.publicUrl,
      generatedAt: new Date().toISOString(),
      challenges: challenges.map((c) => {
        const blind = BlindCounts.hidden({ status: c.status, blindVoting: c.blind_voting }, PUBLIC);
        return {
          id: c.id,
          url: `${this.config.publicUrl}/challenges/${c.id}`,
          project: c.project,
          title: c.title,
          description: c.description,
          city: c.city,
          themes: c.themes,
          status: c.status,
          publishedAt: c.published_at?.toISOString() ?? null,
          closesAt: c.closes_at?.toISOString() ?? null,
          outcome: c.outcome,
          votesHidden: blind,
          ideas: (byChallenge.get(c.id) ?? []).map((i) => ({
            id: i.id,
            title: i.title,
            description: i.body,
            status: i.status,
            votes: blind ? null : Number(i.vote_count),
            author: authorName(w, i),
            proposedAt: i.created_at.toISOString(),
          })),
        };
      }),
    });
  }

  async csv(locale: Locale): Promise<string> {
    const { challenges, ideas } = await this.load();
    const w = wordsFor(locale);
    const byId = new Map(challenges.map((c) => [c.id, c]));
    return toCsv(
      [...w.csv.openData],
      ideas.flatMap((i) => {
        const c = byId.get(i.challenge_id);
        if (!c) return [];
        const blind = BlindCounts.hidden({ status: c.status, blindVoting: c.blind_voting }, PUBLIC);
        return [
          [
            c.id,
            c.title,
            c.project,
            c.city,
            w.challengeStatus[c.status],
            c.published_at?.toISOString() ?? '',
            c.closes_at?.toISOString() ?? '',
            c.outcome ?? '',
            i.id,
            i.title,
            w.ideaStatus[i.status],
            blind ? '' : Number(i.vote_count),
            authorName(w, i),
            i.created_at.toISOString(),
          ],
        ];
      }),
    );
  }

  private async load(): Promise<{ challenges: ChallengeRow[]; ideas: IdeaRow[] }> {
    const [drafts, draftParams] = Drafts.where('c', null);
    const challenges = await this.db
      .createQueryBuilder()
      .select([
        'c.id AS id',
        'c.title AS title',
        'c.description AS description',
        'c.city AS city',
        'c.status AS status',
        'c.blind_voting AS blind_voting',
        'c.published_at AS published_at',
        'c.closes_at AS closes_at',
        'c.outcome AS outcome',
        'p.name AS project',
        `COALESCE((SELECT array_agg(ct.theme_slug ORDER BY ct.theme_slug) FROM challenge_themes ct
            WHERE ct.challenge_id = c.id), '{}') AS themes`,
      ])
      .from('challenges', 'c')
      .innerJoin('projects', 'p', 'p.id = c.project_id')
      .where(drafts, draftParams)
      .orderBy('c.published_at', 'ASC', 'NULLS LAST')
      .addOrderBy('c.id', 'ASC')
      .getRawMany<ChallengeRow>();
    const [hidden] = HiddenContent.where('i', PUBLIC) ?? ['true'];
    const ideas = await this.db
      .createQueryBuilder()
      .select([
        'i.id AS id',
        'i.challenge_id AS challenge_id',
        'i.title AS title',
        'i.body AS body',
        'i.status AS status',
        'i.vote_count AS vote_count',
        'i.created_at AS created_at',
        'u.display_name AS display_name',
        'u.deleted_at AS deleted_at',
      ])
      .from('ideas', 'i')
      .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
      .innerJoin('users', 'u', 'u.id = i.author_id')
      .where(drafts, draftParams)
      .andWhere(hidden)
      .andWhere('i.status <> :merged', { merged: IdeaStatus.MERGED })
      .orderBy('i.challenge_id', 'ASC')
      .addOrderBy('i.vote_count', 'DESC')
      .addOrderBy('i.created_at', 'ASC')
      .getRawMany<IdeaRow>();
    return { challenges, ideas };
  }
}
