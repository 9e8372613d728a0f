import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../../../shared/useLiveStatus';
import { type FragmentType, getFragmentData } from '../../../gql';
import { PresenceIndicatorFragment } from '../graphql/PresenceIndicator.fragment';
import classes from './PresenceIndicator.module.css';

export interface PresenceIndicatorProps {
  challenge: FragmentType<typeof PresenceIndicatorFragment>;
  /** `projector`: light on dark, bigger. */
  variant?: 'page' | 'projector';
}

/**
 * "12 people here": how many watch the challenge live, the viewer included (so never fewer than
 * one, even before their own arrival is counted). The dot is green while the board is live.
 */
export function PresenceIndicator({ challenge, variant = 'page' }: PresenceIndicatorProps) {
  const { t } = useTranslation();
  const { presentCount } = getFragmentData(PresenceIndicatorFragment, challenge);
  const live = useLiveStatus() === 'connected';
  return (
    <span className={classes.presence} data-variant={variant} data-testid="presence">
      <span className={classes.dot} data-live={live || undefined} aria-hidden="true" />
      {t('live.presence', { count: Math.max(1, presentCount) })}
    </span>
  );
}
