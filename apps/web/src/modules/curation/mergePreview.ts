/** One side of a merge, as the dialog knows it (counts are null when blind to the viewer). */
export interface MergeSide {
  id: string;
  title: string;
  voteCount: number | null;
  commentCount: number;
}

/** The target's votes before and after a merge, as far as the board can tell. */
export interface MergeVotes {
  now: number;
  /** After the merge: exact, or at most (people who voted for both keep one vote, unknown here). */
  after: number;
  exact: boolean;
}

/**
 * What the target's count becomes: its votes plus the source's, less the people who had voted for
 * both (who keep one). The board does not know who voted, so unless one side has no votes the
 * total is an upper bound. Null when a count is blind to the viewer.
 */
export function mergeVotes(source: MergeSide, target: MergeSide): MergeVotes | null {
  if (source.voteCount === null || target.voteCount === null) return null;
  return {
    now: target.voteCount,
    after: target.voteCount + source.voteCount,
    exact: source.voteCount === 0 || target.voteCount === 0,
  };
}

/** Lower case, without accents or extra spaces: "Éte" finds "été". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word searched for is in the title. */
export function matchesSearch(title: string, search: string): boolean {
  const words = normalise(search).split(' ').filter(Boolean);
  const text = normalise(title);
  return words.every((word) => text.includes(word));
}
