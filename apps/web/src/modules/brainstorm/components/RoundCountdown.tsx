import { useTranslation } from 'react-i18next';
import { useServerNow } from '../hooks/useServerNow';
import { formatCountdown, minutesLeft, remainingMs } from '../roundRules';

export interface RoundCountdownProps {
  endsAt: string;
  className?: string;
}

/**
 * The time left in a round, `mm:ss`, ticking every second on the API's clock. Screen readers get a
 * timer whose name changes once a minute ("4 minutes left"), and is not read out as it changes.
 */
export function RoundCountdown({ endsAt, className }: RoundCountdownProps) {
  const { t } = useTranslation();
  const left = remainingMs({ endsAt }, useServerNow(true));
  const minutes = minutesLeft(left);
  const label =
    left <= 0
      ? t('brainstorm.timer.over')
      : left < 60_000
        ? t('brainstorm.timer.lastMinute')
        : t('brainstorm.timer.label', { count: minutes });
  return (
    <div role="timer" aria-label={label} className={className} data-testid="countdown">
      <span aria-hidden="true">{formatCountdown(left)}</span>
    </div>
  );
}
