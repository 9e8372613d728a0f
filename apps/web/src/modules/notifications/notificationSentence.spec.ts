import { createI18n, notification } from '../../test/notificationFactories';
import { dayLabel, groupByDay, notificationSentence } from './notificationSentence';

const fr = createI18n({ lng: 'fr' }).t;
const en = createI18n({ lng: 'en' }).t;

describe('notificationSentence', () => {
  it('says who proposed which idea on which challenge, and leads to the idea', () => {
    const n = notification({
      kind: 'IDEA_PROPOSED',
      actor: { __typename: 'User', id: 'u1', displayName: 'Léna' },
    });
    expect(notificationSentence(fr, n)).toEqual({
      text: 'Léna a proposé «\u202fUn café réparation\u202f» sur «\u202fRéparer ensemble\u202f»',
      href: '/ideas/i1',
    });
  });

  it('groups a burst of ideas on the challenge', () => {
    const n = notification({ kind: 'IDEA_PROPOSED', count: 12 });
    expect(notificationSentence(fr, n)).toEqual({
      text: '12 nouvelles idées sur «\u202fRéparer ensemble\u202f»',
      href: '/challenges/c1',
    });
    expect(notificationSentence(en, n).text).toBe('12 new ideas on “Réparer ensemble”');
  });

  it('leads a comment to its place in the thread', () => {
    const n = notification();
    expect(notificationSentence(fr, n)).toEqual({
      text: 'Malo Jaouen a commenté «\u202fUn café réparation\u202f»',
      href: '/ideas/i1#comment-k1',
    });
  });

  it('names the idea a merged one joined, and leads there', () => {
    const n = notification({
      kind: 'IDEA_MERGED',
      targetIdea: { __typename: 'Idea', id: 'i9', title: 'Un atelier vélo' },
    });
    expect(notificationSentence(fr, n)).toEqual({
      text: 'Votre idée «\u202fUn café réparation\u202f» a été regroupée avec «\u202fUn atelier vélo\u202f»',
      href: '/ideas/i9',
    });
  });

  it('speaks of an idea hidden since without its title', () => {
    const n = notification({ kind: 'IDEA_SHORTLISTED', idea: null });
    expect(notificationSentence(fr, n)).toEqual({
      text: 'Votre idée «\u202fune idée\u202f» a été présélectionnée',
      href: '/challenges/c1',
    });
  });

  it('leads an event to its page', () => {
    const n = notification({
      kind: 'EVENT_CANCELLED',
      event: { __typename: 'Event', id: 'e1', title: 'Atelier' },
    });
    expect(notificationSentence(fr, n)).toEqual({
      text: 'L’atelier «\u202fAtelier\u202f» est annulé',
      href: '/events/e1',
    });
  });
});

describe('days', () => {
  const now = new Date(2026, 11, 1, 15, 0);
  it('says today, yesterday, then the date', () => {
    expect(dayLabel(fr, 'fr', new Date(2026, 11, 1, 8).toISOString(), now)).toBe('Aujourd’hui');
    expect(dayLabel(fr, 'fr', new Date(2026, 10, 30, 23).toISOString(), now)).toBe('Hier');
    expect(dayLabel(fr, 'fr', new Date(2026, 10, 27, 9).toISOString(), now)).toBe('vendredi 27 novembre');
  });

  it('groups consecutive notifications of a day', () => {
    const label = (iso: string) => iso.slice(0, 10);
    const groups = groupByDay(
      [
        { updatedAt: '2026-12-01T10:00' },
        { updatedAt: '2026-12-01T09:00' },
        { updatedAt: '2026-11-30T09:00' },
      ],
      label,
    );
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ['2026-12-01', 2],
      ['2026-11-30', 1],
    ]);
  });
});
