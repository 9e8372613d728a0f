import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BoardFilters, boardSearchParams, DEFAULT_FILTERS, parseBoardFilters } from '../boardFilters';

export interface ChangeOptions {
  /** Replace the current history entry rather than add one (refining a search while typing). */
  replace?: boolean;
}

/**
 * The board's filters, kept in the address's query string: a filtered board can be shared and
 * reloaded, and the browser's Back button undoes the last change.
 */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(params), [params]);

  const change = useCallback(
    (changes: Partial<BoardFilters>, { replace = false }: ChangeOptions = {}) => {
      setParams(boardSearchParams({ ...filters, ...changes }), { replace, preventScrollReset: true });
    },
    [filters, setParams],
  );

  /** Back to the default board, keeping the status tab. */
  const clear = useCallback(() => {
    setParams(boardSearchParams({ ...DEFAULT_FILTERS, status: filters.status }), {
      preventScrollReset: true,
    });
  }, [filters.status, setParams]);

  return { filters, change, clear };
}
