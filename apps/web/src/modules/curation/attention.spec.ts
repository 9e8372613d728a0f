import { MANY_IDEAS, needsAttention, type ScannedChallenge } from './attention';

const NOW = Date.parse('2026-05-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function scanned(id: string, overrides: Partial<ScannedChallenge> = {}): ScannedChallenge {
  return {
    id,
    title: `Défi ${id}`,
    projectName: 'La Coop',
    ideaCount: 0,
    closesAt: null,
    shortlisted: 0,
    ...overrides,
  };
}

describe('the challenges that need attention', () => {
  it('keeps those with many ideas and no shortlist, not those already sorted or small', () => {
    const items = needsAttention(
      [
        scanned('busy', { ideaCount: MANY_IDEAS + 3 }),
        scanned('sorted', { ideaCount: 20, shortlisted: 2 }),
        scanned('small', { ideaCount: MANY_IDEAS - 1 }),
      ],
      [],
      NOW,
    );
    expect(items.map((item) => [item.id, item.unsorted])).toEqual([['busy', true]]);
  });

  it('keeps deadlines passed or within a week, passed first, then the soonest', () => {
    const at = (days: number) => new Date(NOW + days * DAY).toISOString();
    const items = needsAttention(
      [
        scanned('later', { closesAt: at(30) }),
        scanned('soon', { closesAt: at(5) }),
        scanned('sooner', { closesAt: at(1) }),
        scanned('passed', { closesAt: at(-2) }),
      ],
      [],
      NOW,
    );
    expect(items.map((item) => [item.id, item.closing])).toEqual([
      ['passed', 'passed'],
      ['sooner', 'soon'],
      ['soon', 'soon'],
    ]);
  });

  it('counts open reports per challenge, also of challenges the scan did not see, and puts them first', () => {
    const items = needsAttention(
      [scanned('busy', { ideaCount: 12 }), scanned('quiet')],
      [
        { id: 'quiet', title: 'Défi quiet' },
        { id: 'elsewhere', title: 'Un autre défi' },
        { id: 'quiet', title: 'Défi quiet' },
      ],
      NOW,
    );
    expect(items.map((item) => [item.id, item.reports])).toEqual([
      ['quiet', 2],
      ['elsewhere', 1],
      ['busy', 0],
    ]);
    expect(items[1]).toMatchObject({ title: 'Un autre défi', projectName: null, ideaCount: null });
  });
});
