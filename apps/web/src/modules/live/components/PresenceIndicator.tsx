import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../../../shared/useLiveStatus';
import { PresenceIndicatorFragment } from '../graphql/PresenceIndicator.fragment';
import classes from './PresenceIndicator.module.css';

export interface PresenceIndicatorProps {
  challengeId: string;
  /** `projector`: light on dark, bigger. */
  variant?: 'page' | 'projector';
}

/**
 * "12 people here": how many watch the challenge live, the viewer included (so never fewer than
 * one, even before their own arrival is counted). The dot is green while the board is live.
 *
 * The count is read from the cache on its own (a query of the page brings it: the venues' counts on
 * a challenge's page, the projector's own): when someone arrives or leaves, this line is drawn
 * again, not the page around it.
 */
export function PresenceIndicator({ challengeId, variant = 'page' }: PresenceIndicatorProps) {
  const { t } = useTranslation();
  const { data } = useFragment({
    fragment: PresenceIndicatorFragment,
    from: { __typename: 'Challenge', id: challengeId },
  });
  const presentCount = data?.presentCount ?? 1;
  const live = useLiveStatus() === 'connected';
  return (
    <span className={classes.presence} data-variant={variant} data-testid="presence">
      <span className={classes.dot} data-live={live || undefined} aria-hidden="true" />
      {t('live.presence', { count: Math.max(1, presentCount) })}
    </span>
  );
}
