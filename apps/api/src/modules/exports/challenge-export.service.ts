import { Injectable } from '@nestjs/common';
import { IdeaStatus, type Locale } from '@ouimake/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/graphql/request-context';
import { AppConfig } from '../../config/config';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { holdersOf } from '../projects/holders';
import { BlindCounts, HiddenContent, curatesChallenge, type ContentViewer } from '../visibility';
import { toCsv } from './csv';
import { authorName, inline, longDate, wordsFor } from './words';

interface IdeaRow {
  id: string;
  title: string;
  body: string;
  status: IdeaStatus;
  vote_count: number;
  comment_count: number;
  hidden: boolean;
  created_at: Date;
  display_name: string;
  deleted_at: Date | null;
  merged_into_id: string | null;
  merged_into_title: string | null;
}

interface CommentRow {
  idea_id: string;
  body: string;
  hidden: boolean;
  created_at: Date;
  display_name: string;
  deleted_at: Date | null;
}

/** A challenge as one viewer sees it, ready to be written out. */
interface ChallengeView {
  challenge: ChallengeEntity;
  projectName: string;
  /** Vote counts are hidden from this viewer (blind voting while open). */
  blind: boolean;
  ideas: IdeaRow[];
  comments: CommentRow[] | null;
}

/**
 * A challenge's exports (`/challenges/{id}/export.md` and `.csv`), exactly as the viewer sees the
 * challenge on the board: the same draft, hidden-content and blind-count rules, from the visibility
 * module. A challenge the viewer may not see is null (404).
 */
@Injectable()
export class ChallengeExportService {
  constructor(
    private readonly db: DataSource,
    private readonly challenges: ChallengesService,
    private readonly config: AppConfig,
  ) {}

  async markdown(
    viewer: Viewer | null,
    challengeId: string,
    locale: Locale,
    withComments: boolean,
  ): Promise<string | null> {
    const view = await this.load(viewer, challengeId, withComments);
    if (!view) return null;
    const w = wordsFor(locale);
    const { challenge } = view;
    const lines: string[] = [`# ${inline(challenge.title)}`, ''];
    lines.push(`- ${w.project}: ${inline(view.projectName)}`);
    if (challenge.city) lines.push(`- ${w.city}: ${inline(challenge.city)}`);
    lines.push(`- ${w.status}: ${w.challengeStatus[challenge.status]}`);
    if (challenge.closesAt) lines.push(`- ${w.closesAt}: ${longDate(locale, challenge.closesAt)}`);
    lines.push(`- ${w.exportedAt}: ${longDate(locale, new Date())}`);
    lines.push(`- ${this.config.publicUrl}/challenges/${challenge.id}`, '');
    lines.push(`## ${w.context}`, '', challenge.description.trim(), '');
    if (challenge.outcome?.trim()) lines.push(`## ${w.outcome}`, '', challenge.outcome.trim(), '');
    const listed = view.ideas.filter((i) => i.status !== IdeaStatus.MERGED);
    lines.push(`## ${w.ideas} (${listed.length})`, '');
    if (!listed.length) lines.push(w.noIdeas, '');
    if (view.blind && listed.length) lines.push(`_${w.votesHidden}_`, '');
    listed.forEach((idea, index) => {
      const facts = [
        w.ideaStatus[idea.status],
        view.blind ? null : `${idea.vote_count} ${w.votes}`,
        `${w.by} ${inline(authorName(w, idea))}`,
        idea.hidden ? w.hidden : null,
      ].filter(Boolean);
      lines.push(`### ${index + 1}. ${inline(idea.title)}`, '', `_${facts.join(' · ')}_`, '');
      if (idea.body.trim()) lines.push(idea.body.trim(), '');
      for (const m of view.ideas.filter((o) => o.merged_into_id === idea.id)) {
        lines.push(`> ${w.mergedHere}: ${inline(m.title)}`, '');
      }
      const thread = view.comments?.filter((c) => c.idea_id === idea.id) ?? [];
      if (thread.length) {
        lines.push(`#### ${w.comments}`, '');
        for (const c of thread) {
          const text = c.body.trim().replace(/\r?\n/g, '\n  ');
          lines.push(`- **${inline(authorName(w, c))}** (${longDate(locale, c.created_at)}): ${text}`);
        }
        lines.push('');
      }
    });
    return (
      lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  }

  async csv(viewer: Viewer | null, challengeId: string, locale: Locale): Promise<string | null> {
    const view = await this.load(viewer, challengeId, false);
    if (!view) return null;
    const w = wordsFor(locale);
    return toCsv(
      [...w.csv.ideas],
      view.ideas.map((idea, index) => [
        index + 1,
        idea.id,
        idea.title,
        idea.body,
        w.ideaStatus[idea.status],
        view.blind ? '' : idea.vote_count,
        idea.comment_count,
        authorName(w, idea),
        idea.created_at.toISOString(),
        idea.merged_into_title ?? '',
        idea.hidden,
      ]),
    );
  }

  /** The challenge's file name (its title, safe for a Content-Disposition header). */
  fileName(challenge: { title: string }, extension: string): string {
    const base =
      challenge.title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase()
        .slice(0, 60) || 'challenge';
    return `${base}.${extension}`;
  }

  async title(viewer: Viewer | null, challengeId: string): Promise<string | null> {
    return (await this.challenges.findVisible(challengeId, viewer))?.title ?? null;
  }

  private async load(
    viewer: Viewer | null,
    challengeId: string,
    withComments: boolean,
  ): Promise<ChallengeView | null> {
    const challenge = await this.challenges.findVisible(challengeId, viewer);
    if (!challenge) return null;
    const holders = await holdersOf(this.db.manager, challenge.projectId);
    const who: ContentViewer = {
      viewer,
      curates: curatesChallenge(viewer, viewer !== null && holders.includes(viewer.id)),
    };
    const blind = BlindCounts.hidden(challenge, who);
    const [{ name: projectName }] = await this.db.query(`SELECT name FROM projects WHERE id = $1`, [
      challenge.projectId,
    ]);
    const ideas = this.db
      .createQueryBuilder()
      .select([
        'i.id AS id',
        'i.title AS title',
        'i.body AS body',
        'i.status AS status',
        'i.vote_count AS vote_count',
        'i.comment_count AS comment_count',
        'i.hidden AS hidden',
        'i.created_at AS created_at',
        'u.display_name AS display_name',
        'u.deleted_at AS deleted_at',
        'i.merged_into_id AS merged_into_id',
        'm.title AS merged_into_title',
      ])
      .from('ideas', 'i')
      .innerJoin('users', 'u', 'u.id = i.author_id')
      .leftJoin('ideas', 'm', 'm.id = i.merged_into_id')
      .where('i.challenge_id = :challengeId', { challengeId: challenge.id });
    const hiddenIdeas = HiddenContent.where('i', who);
    if (hiddenIdeas) ideas.andWhere(...hiddenIdeas);
    // By votes when the viewer may know them; else in the order they came (an order by votes
    // would leak blind counts).
    if (!blind) ideas.orderBy('i.vote_count', 'DESC');
    ideas.addOrderBy('i.created_at', 'ASC').addOrderBy('i.id', 'ASC');
    const ideaRows = await ideas.getRawMany<IdeaRow>();
    let comments: CommentRow[] | null = null;
    if (withComments) {
      const qb = this.db
        .createQueryBuilder()
        .select([
          'c.idea_id AS idea_id',
          'c.body AS body',
          'c.hidden AS hidden',
          'c.created_at AS created_at',
          'u.display_name AS display_name',
          'u.deleted_at AS deleted_at',
        ])
        .from('comments', 'c')
        .innerJoin('ideas', 'i', 'i.id = c.idea_id')
        .innerJoin('users', 'u', 'u.id = c.author_id')
        .where('i.challenge_id = :challengeId AND c.deleted_at IS NULL', { challengeId: challenge.id })
        .orderBy('c.created_at', 'ASC')
        .addOrderBy('c.id', 'ASC');
      const hiddenComments = HiddenContent.where('c', who);
      if (hiddenComments) qb.andWhere(...hiddenComments);
      comments = await qb.getRawMany<CommentRow>();
    }
    return {
      challenge,
      projectName,
      blind,
      ideas: ideaRows.map((r) => ({
        ...r,
        vote_count: Number(r.vote_count),
        comment_count: Number(r.comment_count),
      })),
      comments,
    };
  }
}
