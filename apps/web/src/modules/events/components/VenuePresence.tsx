import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VenuePresenceQuery } from '../graphql/EventPage.query';
import classes from './VenuePresence.module.css';
import { numberFormat } from '../../../shared/intl';

/** At most one refetch of the venues' counts in this many milliseconds. */
export const PRESENCE_REFETCH_MS = 5000;

export interface VenuePresenceProps {
  challengeId: string;
  /** `projector`: light on dark, bigger. */
  variant?: 'page' | 'projector';
}

/**
 * "Brest 12 · Nantes 20 · Rennes 9" while an event on the challenge's agenda runs; nothing
 * otherwise. Asked again (throttled) whenever the live presence count changes (PRESENCE_CHANGED
 * writes `presentCount` into the cache, which this query also reads).
 */
export function VenuePresence({ challengeId, variant = 'page' }: VenuePresenceProps) {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(VenuePresenceQuery, { variables: { id: challengeId } });
  const presentCount = data?.challenge?.presentCount;
  const last = useRef<number | undefined>(undefined);
  const lastAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (presentCount === undefined) return;
    if (last.current === undefined || last.current === presentCount) {
      last.current = presentCount;
      return;
    }
    last.current = presentCount;
    if (timer.current) return;
    const wait = Math.max(0, lastAt.current + PRESENCE_REFETCH_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      lastAt.current = Date.now();
      refetch().catch(() => undefined);
    }, wait);
  }, [presentCount, refetch]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const venues = data?.challenge?.presenceByVenue ?? [];
  if (venues.length === 0) return null;
  const number = numberFormat(i18n.language);
  return (
    <span className={classes.venues} data-variant={variant} data-testid="venue-presence">
      <span className={classes.label}>{t('events.presence.label')}</span>
      {venues.map((p) => `${p.venue.city} ${number.format(p.count)}`).join(' · ')}
    </span>
  );
}
