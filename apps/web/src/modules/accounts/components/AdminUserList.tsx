import { Alert, Button, Loader, Skeleton, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconCloudOff, IconRefresh, IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StateMessage } from '../../../ui/StateMessage';
import { useAdminUsers } from '../hooks/useAdminUsers';
import classes from './AdminUserList.module.css';
import { AdminUserRow } from './AdminUserRow';
import { ForbiddenState } from './ForbiddenState';

/** How long the search waits after the last key before asking the API. */
export const SEARCH_DELAY_MS = 300;

/** Every account for admins: a search over names and emails, a page at a time, a role picker each. */
export function AdminUserList({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DELAY_MS);
  const [announcement, setAnnouncement] = useState('');
  const list = useAdminUsers(debounced);
  const searched = debounced.trim();

  const searchBox = (
    <div role="search">
      <TextInput
        type="search"
        label={t('admin.search')}
        placeholder={t('admin.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        size="md"
        radius="xl"
        maw={480}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );

  let body;
  if (list.forbidden) {
    body = <ForbiddenState />;
  } else if (list.isLoading) {
    body = (
      <div aria-busy="true">
        <VisuallyHidden role="status">{t('admin.loading')}</VisuallyHidden>
        <Stack gap="sm" aria-hidden="true">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} height={72} radius="md" />
          ))}
        </Stack>
      </div>
    );
  } else if (list.error) {
    body = (
      <StateMessage
        role="alert"
        icon={<IconCloudOff size={36} stroke={1.6} />}
        title={t('admin.error.title')}
        action={
          <Button
            size="lg"
            leftSection={<IconRefresh size={20} aria-hidden="true" />}
            loading={list.isRetrying}
            onClick={list.retry}
          >
            {t('admin.error.retry')}
          </Button>
        }
      >
        {t('admin.error.body')}
      </StateMessage>
    );
  } else if (list.users.length === 0) {
    body = searched ? (
      <StateMessage
        icon={<IconSearch size={36} stroke={1.6} />}
        title={t('admin.noMatch.title', { query: searched })}
      >
        {t('admin.noMatch.body')}
      </StateMessage>
    ) : (
      <StateMessage icon={<IconUsers size={36} stroke={1.6} />} title={t('admin.empty.title')}>
        {t('admin.empty.body')}
      </StateMessage>
    );
  } else {
    body = (
      <Stack gap="lg">
        <Text fw={800} size="xl" className={classes.total} aria-live="polite">
          {searched
            ? t('admin.found', { count: list.totalCount })
            : t('admin.total', { count: list.totalCount })}
        </Text>
        <ul
          className={classes.list}
          aria-label={t('admin.listLabel')}
          aria-busy={list.isSearching || undefined}
        >
          {list.users.map((user) => (
            <AdminUserRow key={user.id} user={user} viewerId={viewerId} announce={setAnnouncement} />
          ))}
        </ul>
        <Stack align="center" gap="sm">
          <Text c="ink.7">{t('admin.shown', { shown: list.users.length, total: list.totalCount })}</Text>
          {list.loadMoreFailed && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} role="alert">
              {t('admin.loadMoreFailed')}
            </Alert>
          )}
          {list.hasMore && (
            <Button
              size="lg"
              aria-disabled={list.isLoadingMore || undefined}
              leftSection={list.isLoadingMore ? <Loader size="sm" color="ink.9" /> : undefined}
              onClick={() => {
                if (!list.isLoadingMore) void list.loadMore();
              }}
            >
              {list.isLoadingMore ? t('admin.loadingMore') : t('admin.loadMore')}
            </Button>
          )}
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      {!list.forbidden && searchBox}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {body}
    </Stack>
  );
}
