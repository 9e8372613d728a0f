import { IdeaStatus, Role } from '@ouimake/domain';
import { screen, within } from '@testing-library/react';
import { account, viewerMock } from '../test/accountFactories';
import { renderBoardAt } from '../test/render';
import { MyIdeasQuery } from '../modules/notifications/graphql/MyIdeas.query';

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const challenge = { __typename: 'Challenge' as const, id: 'c1', title: 'Réparer ensemble' };

function idea(id: string, title: string, status: IdeaStatus, timeline: unknown[]) {
  return {
    __typename: 'Idea' as const,
    id,
    title,
    status,
    hidden: false,
    createdAt: '2026-11-01T10:00:00Z',
    challenge,
    timeline,
  };
}

const step = (kind: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'IdeaTimelineEntry',
  kind,
  at: '2026-11-02T10:00:00Z',
  outcome: null,
  mergedInto: null,
  event: null,
  ...extra,
});

function myIdeasMock(ideas: unknown[]) {
  return {
    request: { query: MyIdeasQuery, variables: () => true },
    result: {
      data: {
        myIdeas: {
          __typename: 'IdeaConnection',
          totalCount: ideas.length,
          edges: ideas.map((node, i) => ({ __typename: 'IdeaEdge', cursor: `c${i}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('my contributions', () => {
  it('shows each idea with its status and what became of it', async () => {
    const merged = idea('i1', 'Un café réparation', IdeaStatus.MERGED, [
      step('PROPOSED'),
      step('MERGED', { mergedInto: { __typename: 'Idea', id: 'i9', title: 'Un atelier vélo' } }),
    ]);
    const selected = idea('i2', 'Une grainothèque', IdeaStatus.SELECTED, [
      step('PROPOSED'),
      step('SHORTLISTED'),
      step('ON_AGENDA', { event: { __typename: 'Event', id: 'e1', title: 'Soirée de tri' } }),
      step('SELECTED'),
      step('CHALLENGE_CLOSED', { outcome: 'Trois idées lancées' }),
    ]);
    renderBoardAt('/my-contributions', {
      token: 't',
      mocks: [viewerMock(lena), myIdeasMock([merged, selected])],
    });

    const first = (await screen.findByRole('link', { name: 'Un café réparation' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(first).getByText('Regroupée')).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: 'Regroupée avec «\u202fUn atelier vélo\u202f»' }),
    ).toHaveAttribute('href', '/ideas/i9');
    const second = screen.getByRole('link', { name: 'Une grainothèque' }).closest('li') as HTMLElement;
    expect(within(second).getByText('Retenue')).toBeInTheDocument();
    expect(
      within(second).getByRole('link', { name: 'Au programme de l’atelier «\u202fSoirée de tri\u202f»' }),
    ).toHaveAttribute('href', '/events/e1');
    expect(within(second).getByText(/Le défi est clos : Trois idées lancées/)).toBeInTheDocument();
  });

  it('says so when there is no idea yet', async () => {
    renderBoardAt('/my-contributions', { token: 't', mocks: [viewerMock(lena), myIdeasMock([])] });
    expect(
      await screen.findByRole('heading', { name: 'Vous n’avez pas encore proposé d’idée' }),
    ).toBeInTheDocument();
  });
});
