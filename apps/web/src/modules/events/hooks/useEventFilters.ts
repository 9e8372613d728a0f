import { EventFormat } from '@ouimake/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface EventFilters {
  city: string;
  format: EventFormat | null;
}

function isFormat(value: string | null): value is EventFormat {
  return value !== null && (Object.values(EventFormat) as string[]).includes(value);
}

/** The events page's filters, kept in the address (`?city=Brest&format=WORKSHOP`). */
export function useEventFilters() {
  const [params, setParams] = useSearchParams();
  const format = params.get('format');
  const filters: EventFilters = { city: params.get('city') ?? '', format: isFormat(format) ? format : null };
  const change = useCallback(
    (changes: Partial<EventFilters>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { filters, change, clear };
}
