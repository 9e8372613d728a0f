import { act, render, screen } from '@testing-library/react';
import { startTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardProviders } from './App';
import { createI18n } from '../test/i18n';
import { currentTimeZone, setTimeZone, subscribeTimeZone } from '../shared/timeZone';

const browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const instant = new Date('2026-12-08T12:30:00Z');
const dayIn = (timeZone?: string) =>
  new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone }).format(instant);
/** A zone where this instant falls on another day than in the browser's (UTC+14 or UTC-11). */
const otherZone =
  ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => dayIn(zone) !== dayIn()) ?? 'UTC';

function ClosesOn() {
  const { t } = useTranslation();
  return <p>{t('challenge.closesOn', { date: instant })}</p>;
}

afterEach(() => setTimeZone(undefined));

describe('the zone dates are written in', () => {
  it('tells its listeners when the dates change, not when the zone named is the browser’s own', () => {
    const heard = jest.fn();
    const stop = subscribeTimeZone(heard);
    setTimeZone(browserZone);
    expect(heard).not.toHaveBeenCalled();
    setTimeZone(undefined);
    expect(heard).not.toHaveBeenCalled();
    setTimeZone(otherZone);
    expect(heard).toHaveBeenCalledTimes(1);
    setTimeZone(undefined);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(currentTimeZone()).toBeUndefined();
    stop();
  });

  it('writes the page’s dates again, in a transition, once the browser’s zone takes over', async () => {
    setTimeZone(otherZone);
    render(
      <BoardProviders i18n={createI18n({ lng: 'fr' })} env="test">
        <ClosesOn />
      </BoardProviders>,
    );
    expect(screen.getByText(`Jusqu’au ${dayIn(otherZone)}`)).toBeInTheDocument();
    await act(async () => startTransition(() => setTimeZone(undefined)));
    expect(screen.getByText(`Jusqu’au ${dayIn()}`)).toBeInTheDocument();
  });
});
