import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderOnBoard } from '../../../test/render';
import { IdeaTimelineFragment } from '../graphql/IdeaTimeline.fragment';
import { IdeaTimeline } from './IdeaTimeline';

const step = (kind: string, at: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'IdeaTimelineEntry' as const,
  kind,
  at,
  outcome: null,
  mergedInto: null,
  event: null,
  ...extra,
});

function renderTimeline(timeline: ReturnType<typeof step>[], lng: 'fr' | 'en') {
  const idea = { __typename: 'Idea' as const, id: 'i1', timeline };
  return renderOnBoard(<IdeaTimeline idea={makeFragmentData(idea as never, IdeaTimelineFragment)} />, {
    lng,
  });
}

describe('IdeaTimeline', () => {
  it('says what became of an idea, with links to the idea it joined and the event that took it up', () => {
    renderTimeline(
      [
        step('PROPOSED', '2026-11-02T10:00:00.000Z'),
        step('SHORTLISTED', '2026-11-03T10:00:00.000Z'),
        step('ON_AGENDA', '2026-11-10T17:00:00.000Z', {
          event: { __typename: 'Event', id: 'e1', title: 'Soirée des défis' },
        }),
        step('MERGED', '2026-11-11T10:00:00.000Z', {
          mergedInto: { __typename: 'Idea', id: 'i2', title: 'Un planning partagé' },
        }),
      ],
      'fr',
    );
    const list = screen.getByRole('region', { name: 'Ce qu’elle est devenue' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(within(list).getByRole('link', { name: /Soirée des défis/ })).toHaveAttribute(
      'href',
      '/events/e1',
    );
    expect(within(list).getByRole('link', { name: /Un planning partagé/ })).toHaveAttribute(
      'href',
      '/ideas/i2',
    );
  });

  it('shows nothing while the idea was only proposed', () => {
    renderTimeline([step('PROPOSED', '2026-11-02T10:00:00.000Z')], 'en');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
