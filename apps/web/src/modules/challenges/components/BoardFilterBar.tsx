import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Chip,
  Group,
  NativeSelect,
  SegmentedControl,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ChallengeOrder } from '@ouimake/domain';
import {
  IconAdjustmentsHorizontal,
  IconCheck,
  IconChevronDown,
  IconSearch,
  IconX,
} from '@tabler/icons-react';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  availableSorts,
  type BoardFilters,
  DEFAULT_FILTERS,
  effectiveSort,
  isFiltered,
  STATUS_TABS,
} from '../boardFilters';
import { BoardFiltersQuery } from '../graphql/BoardFilters.query';
import type { ChangeOptions } from '../hooks/useBoardFilters';
import classes from './BoardFilterBar.module.css';
import { useMaxWidth } from '../../../shared/useViewport';

/** A phone, where the theme chips fold away. */
const PHONE = '(max-width: 30em)';
/** A phone or a small tablet: the search stays, the other filters fold behind one button. */
const COMPACT = '(max-width: 40em)';

/** How long the search waits after the last key before updating the board. */
export const SEARCH_DELAY_MS = 350;

export interface BoardFilterBarProps {
  filters: BoardFilters;
  onChange: (changes: Partial<BoardFilters>, options?: ChangeOptions) => void;
  onClear: () => void;
}

function isSort(value: string): value is ChallengeOrder {
  return (Object.values(ChallengeOrder) as string[]).includes(value);
}

/**
 * The board's filters: a search box (applied once typing pauses), the status tabs, a city, an
 * order, and theme chips (any of them). Every change goes to the address (see useBoardFilters).
 */
export function BoardFilterBar({ filters, onChange, onClear }: BoardFilterBarProps) {
  const { t } = useTranslation();
  const choices = useQuery(BoardFiltersQuery);
  const themes = choices.data?.themes ?? [];
  const cities = choices.data?.cities ?? [];

  // The search box types freely; the board follows once typing pauses, or at once on Enter.
  const [text, setText] = useState(filters.query);
  const [settled] = useDebouncedValue(text, SEARCH_DELAY_MS);
  const committed = useRef(filters.query);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const commit = useCallback((value: string) => {
    const query = value.trim();
    if (query === committed.current) return;
    // The first words start a new history entry; refining them replaces it.
    const replace = committed.current !== '' && query !== '';
    committed.current = query;
    latestOnChange.current({ query }, { replace });
  }, []);

  // The address changed otherwise (Back, a link, "clear filters"): show its words.
  useEffect(() => {
    if (filters.query === committed.current) return;
    committed.current = filters.query;
    setText(filters.query);
  }, [filters.query]);

  // Once typing has paused. Right after the address changed, `settled` still lags behind `text`.
  useEffect(() => {
    if (settled === text) commit(settled);
  }, [settled, text, commit]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(text);
  };

  // An address may name a city or a theme the lists do not know (yet): it is offered all the same.
  const cityOptions = cities.map(({ city, challengeCount }) => ({
    value: city,
    label: t('board.filters.cityOption', { city, count: challengeCount }),
  }));
  if (filters.city && !cities.some(({ city }) => city.toLowerCase() === filters.city?.toLowerCase())) {
    cityOptions.push({ value: filters.city, label: filters.city });
  }
  const themeChoices = [
    ...themes.map(({ slug, label }) => ({ slug, label })),
    ...filters.themes
      .filter((slug) => !themes.some((theme) => theme.slug === slug))
      .map((slug) => ({ slug, label: slug })),
  ];
  const sort = effectiveSort(filters);
  const statusLabelId = useId();
  const themesId = useId();
  const phone = useMaxWidth(PHONE);
  const [themesOpen, setThemesOpen] = useState(false);
  const compact = useMaxWidth(COMPACT);
  const moreId = useId();
  // Filters beyond the search that are in force: the folded panel says how many, and starts open.
  const active =
    (filters.city ? 1 : 0) +
    (filters.themes.length > 0 ? 1 : 0) +
    (filters.status !== DEFAULT_FILTERS.status ? 1 : 0) +
    (filters.sort !== null ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(active > 0);

  const themeChips =
    choices.error && !choices.data ? (
      <Text size="sm" c="ink.7">
        {t('board.filters.unavailable')}{' '}
        <Anchor component="button" type="button" onClick={() => void choices.refetch().catch(() => null)}>
          {t('board.filters.retry')}
        </Anchor>
      </Text>
    ) : (
      <Chip.Group multiple value={filters.themes} onChange={(value) => onChange({ themes: value })}>
        <Group gap={8} className={classes.chips}>
          {themeChoices.map(({ slug, label }) => (
            <Chip
              key={slug}
              value={slug}
              size={phone ? 'sm' : 'md'}
              radius="xl"
              variant="outline"
              color="ink.9"
              icon={<IconCheck size={16} aria-hidden="true" />}
              classNames={{ label: classes.chip }}
            >
              {label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    );

  const search = (
    <form role="search" onSubmit={submit} className={classes.search}>
      <TextInput
        type="search"
        label={t('board.filters.search')}
        placeholder={t('board.filters.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        size="md"
        radius="xl"
        autoComplete="off"
        enterKeyHint="search"
      />
    </form>
  );
  const more = (
    <>
      <NativeSelect
        className={classes.city}
        label={t('board.filters.city')}
        value={filters.city ?? ''}
        onChange={(event) => onChange({ city: event.currentTarget.value || null })}
        data={[{ value: '', label: t('board.filters.allCities') }, ...cityOptions]}
        size="md"
        radius="xl"
      />
      <NativeSelect
        className={classes.sort}
        label={t('board.filters.sort')}
        value={sort}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isSort(value)) onChange({ sort: value });
        }}
        data={availableSorts(filters).map((value) => ({ value, label: t(`board.sort.${value}`) }))}
        size="md"
        radius="xl"
      />
      <div className={classes.status}>
        <Text component="span" id={statusLabelId} fw={700} size="md" className={classes.statusLabel}>
          {t('board.filters.status')}
        </Text>
        <SegmentedControl
          aria-labelledby={statusLabelId}
          value={filters.status}
          onChange={(value) => {
            const status = STATUS_TABS.find((tab) => tab === value);
            if (status) onChange({ status });
          }}
          data={STATUS_TABS.map((value) => ({ value, label: t(`board.status.${value}`) }))}
          radius="xl"
          size="md"
          color="ink.9"
          className={classes.statusTabs}
        />
      </div>
      <fieldset className={classes.themes}>
        {phone ? (
          // A phone: the chips fold away behind a button that says how many are chosen.
          <legend className={classes.legend}>
            <UnstyledButton
              className={classes.disclosure}
              aria-expanded={themesOpen}
              aria-controls={themesId}
              onClick={() => setThemesOpen((open) => !open)}
            >
              <span>
                {filters.themes.length > 0
                  ? t('board.filters.themesChosen', { count: filters.themes.length })
                  : t('board.filters.themes')}
              </span>
              <IconChevronDown size={20} aria-hidden="true" className={classes.chevron} />
            </UnstyledButton>
          </legend>
        ) : (
          <legend className={classes.legend}>{t('board.filters.themes')}</legend>
        )}
        <div id={themesId} hidden={phone && !themesOpen}>
          {themeChips}
        </div>
      </fieldset>
      {isFiltered(filters) && (
        <Button
          variant="default"
          className={classes.clear}
          leftSection={<IconX size={18} aria-hidden="true" />}
          onClick={onClear}
        >
          {t('board.filters.clear')}
        </Button>
      )}
    </>
  );

  if (compact) {
    return (
      <section aria-label={t('board.filters.label')} className={classes.bar} data-compact>
        <div className={classes.compactRow}>
          {search}
          <Button
            variant={moreOpen ? 'filled' : 'default'}
            color="ink.9"
            size="md"
            radius="xl"
            className={classes.moreButton}
            aria-expanded={moreOpen}
            aria-controls={moreId}
            leftSection={<IconAdjustmentsHorizontal size={20} aria-hidden="true" />}
            onClick={() => setMoreOpen((open) => !open)}
          >
            {active > 0 ? t('board.filters.moreActive', { count: active }) : t('board.filters.more')}
          </Button>
        </div>
        <div id={moreId} hidden={!moreOpen} className={classes.more}>
          {more}
        </div>
      </section>
    );
  }
  return (
    <section aria-label={t('board.filters.label')} className={classes.bar}>
      {search}
      {more}
    </section>
  );
}
