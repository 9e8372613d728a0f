import { ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../test/accountFactories';
import {
  attentionMock,
  auditLogMock,
  queueReport,
  REPORTED_CHALLENGE,
  reportQueueMock,
  resolveReportMock,
} from '../test/curationFactories';
import { renderBoardAt } from '../test/render';

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const admin = account({ displayName: 'Nolwenn Admin', role: Role.ADMIN });
const DAY = 24 * 60 * 60 * 1000;

describe('the facilitation page', () => {
  it('is refused to members, with the way back', async () => {
    renderBoardAt('/facilitation', { token: 'token-lena', mocks: [viewerMock(lena)] });
    expect(
      await screen.findByRole('heading', {
        name: 'Cette page est réservée aux facilitateurs et aux administrateurs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux défis' })).toHaveAttribute('href', '/');
  });

  it('lists the challenges that need a facilitator, each with why', async () => {
    const soon = new Date(Date.now() + 2 * DAY).toISOString();
    const reports = [queueReport(), queueReport()];
    renderBoardAt('/facilitation', {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        // The reports come last: the list waits for them rather than reorder itself.
        reportQueueMock(reports, { delay: 80 }),
        attentionMock(
          [
            { id: 'challenge-busy', title: 'Un défi très suivi', ideaCount: 14 },
            { id: 'challenge-sorted', title: 'Un défi trié', ideaCount: 20, shortlisted: 3 },
          ],
          [{ id: 'challenge-soon', title: 'Un défi qui se termine', ideaCount: 2, closesAt: soon }],
        ),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Défis à suivre' });
    const items = within(list).getAllByRole('listitem');
    // Reports first, then deadlines, then the unsorted piles; the sorted one is left out.
    expect(items.map((item) => within(item).getAllByRole('link')[0].textContent)).toEqual([
      REPORTED_CHALLENGE.title,
      'Un défi qui se termine',
      'Un défi très suivi',
    ]);
    expect(items[0]).toHaveTextContent('2 signalements en attente');
    expect(items[1]).toHaveTextContent(/Se termine le/);
    expect(items[2]).toHaveTextContent('14 idées, aucune présélectionnée');
    expect(within(items[2]).getByRole('link', { name: 'Un défi très suivi' })).toHaveAttribute(
      'href',
      '/challenges/challenge-busy',
    );
    // No audit log for a facilitator.
    expect(screen.queryByRole('region', { name: 'Journal' })).not.toBeInTheDocument();
  });

  it('shows the report queue and resolves it in one click, every report of the same content at once', async () => {
    const idea = queueReport({ reason: 'Hors sujet.', reporterName: 'Léna Cariou' });
    const sameIdea = queueReport({ idea: idea.idea, reason: 'Spam.', reporterName: 'Malo Jaouen' });
    const comment = queueReport({
      reporterName: 'Gaëlle Riou',
      reason: 'Insultant.',
      comment: {
        __typename: 'Comment',
        id: 'comment-reported',
        body: 'Vous êtes **tous** nuls',
        hidden: true,
        hiddenReason: 'Signalé par plusieurs personnes.',
        author: { __typename: 'User', id: 'user-x', displayName: 'Un Troll' },
        idea: { __typename: 'Idea', id: 'idea-x', title: 'Des binômes', challenge: REPORTED_CHALLENGE },
      },
    });
    const hide = resolveReportMock(idea.id, true, idea);
    const dismiss = resolveReportMock(comment.id, false, apiError(ErrorCode.CONFLICT));
    renderBoardAt('/facilitation', {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        reportQueueMock([idea, sameIdea, comment]),
        attentionMock([]),
        hide,
        dismiss,
      ],
    });

    const queue = await screen.findByRole('list', {
      name: 'Signalements en attente, les plus anciens d’abord',
    });
    const section = screen.getByRole('region', { name: 'Signalements' });
    expect(within(section).getByText('3 signalements en attente')).toBeInTheDocument();
    const first = within(queue).getAllByRole('article')[0];
    expect(within(first).getByRole('heading', { name: idea.idea?.title })).toBeInTheDocument();
    expect(within(first).getByText('Hors sujet.')).toBeInTheDocument();
    expect(within(first).getByText(/^Écrit par Malo Jaouen · Défi : Comment accueillir/)).toBeInTheDocument();
    expect(within(first).getByText(/^Signalé par Léna Cariou, le/)).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /^Voir l’idée/ })).toHaveAttribute(
      'href',
      `/ideas/${idea.idea?.id}`,
    );
    const reported = within(queue).getByRole('article', { name: '«\u202fVous êtes tous nuls\u202f»' });
    expect(within(reported).getByText('Déjà masqué')).toBeInTheDocument();
    expect(within(reported).getByText(/Sur l’idée « Des binômes »/)).toBeInTheDocument();

    await userEvent.click(
      within(first).getByRole('button', { name: 'Masquer le contenu signalé par Léna Cariou' }),
    );

    // Both reports of that idea leave the queue; the next report gets the focus.
    await waitFor(() => expect(within(queue).getAllByRole('article')).toHaveLength(1));
    expect(screen.getByText('Le contenu signalé par Léna Cariou est masqué.')).toBeInTheDocument();
    expect(within(section).getByText('1 signalement en attente')).toBeInTheDocument();
    await waitFor(() => expect(reported).toHaveFocus());
    expect(hide.result).toHaveBeenCalledTimes(1);

    // Someone else decided first: said on the report.
    await userEvent.click(
      within(reported).getByRole('button', { name: 'Rejeter le signalement de Gaëlle Riou' }),
    );
    expect(await within(reported).findByRole('alert')).toHaveTextContent(
      'Ce signalement a déjà été traité par quelqu’un d’autre.',
    );
  });

  it('says when no report waits, and gives admins the audit log in words', async () => {
    renderBoardAt('/facilitation', {
      token: 'token-admin',
      lng: 'en',
      mocks: [
        viewerMock(admin),
        reportQueueMock([]),
        attentionMock([]),
        auditLogMock([
          {
            action: 'idea.setStatus',
            targetType: 'Idea',
            targetId: 'idea-1',
            detail: 'PROPOSED → SHORTLISTED',
            actor: 'Erwan',
          },
          {
            action: 'idea.merge',
            targetType: 'Idea',
            targetId: 'idea-2',
            detail: 'into idea-1',
            actor: 'Erwan',
          },
          {
            action: 'report.resolve',
            targetType: 'Report',
            targetId: 'report-1',
            detail: 'DISMISSED',
            actor: 'Erwan',
          },
          { action: 'event.create', targetType: 'Event', targetId: 'event-1', detail: null, actor: 'Erwan' },
        ]),
      ],
    });

    expect(await screen.findByRole('heading', { name: 'No reports waiting' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'All in order' })).toBeInTheDocument();
    const log = await screen.findByRole('list', { name: 'Audit log, newest first' });
    const entries = within(log).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Idea status changed by Erwan');
    expect(entries[0]).toHaveTextContent('Proposed → Shortlisted');
    expect(within(entries[0]).getByRole('link', { name: 'See' })).toHaveAttribute('href', '/ideas/idea-1');
    expect(within(entries[1]).getByRole('link', { name: 'See the kept idea' })).toHaveAttribute(
      'href',
      '/ideas/idea-1',
    );
    expect(entries[2]).toHaveTextContent('Report handled by Erwan');
    expect(entries[2]).toHaveTextContent('report dismissed');
    // An act the board does not know yet reads as the API names it.
    expect(entries[3]).toHaveTextContent('event.create by Erwan');
  });
});
