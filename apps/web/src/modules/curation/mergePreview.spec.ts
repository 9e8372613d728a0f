import { matchesSearch, mergeVotes } from './mergePreview';

const side = (id: string, voteCount: number | null, commentCount = 0) => ({
  id,
  title: id,
  voteCount,
  commentCount,
});

describe('a merge preview', () => {
  it('adds the votes, as an upper bound when both sides have some (shared voters count once)', () => {
    expect(mergeVotes(side('a', 3), side('b', 5))).toEqual({ now: 5, after: 8, exact: false });
  });

  it('is exact when one side has no votes', () => {
    expect(mergeVotes(side('a', 0), side('b', 5))).toEqual({ now: 5, after: 5, exact: true });
    expect(mergeVotes(side('a', 4), side('b', 0))).toEqual({ now: 0, after: 4, exact: true });
  });

  it('says nothing of counts that are blind to the viewer', () => {
    expect(mergeVotes(side('a', null), side('b', 5))).toBeNull();
    expect(mergeVotes(side('a', 2), side('b', null))).toBeNull();
  });

  it('finds titles by every word, whatever the case and accents', () => {
    expect(matchesSearch('Un goûter partagé le mercredi', 'GOUTER merc')).toBe(true);
    expect(matchesSearch('Un goûter partagé le mercredi', 'goûter samedi')).toBe(false);
    expect(matchesSearch('Un goûter', '   ')).toBe(true);
  });
});
