import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { TypedDocumentNode } from '@apollo/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { markdownExcerpt } from '../../../shared/markdownExcerpt';
import { type PagedConnection, usePagedQuery } from '../../../shared/usePagedQuery';
import { USER_ACTIVITY_PAGE_SIZE, UserCommentsQuery, UserIdeasQuery } from '../graphql/UserActivity.query';

interface ActivityListProps<Data, Node> {
  query: TypedDocumentNode<Data, { id: string; first: number; after?: string | null }>;
  userId: string;
  select: (data: Data) => PagedConnection<Node> | null | undefined;
  id: string;
  title: string;
  empty: string;
  item: (node: Node) => ReactNode;
  itemKey: (node: Node) => string;
}

/**
 * One list of a public profile (ideas or comments), with "load more"; nothing at all when the
 * person has not allowed their profile to list it (the API answers null).
 */
function ActivityList<Data, Node>({
  query,
  userId,
  select,
  id,
  title,
  empty,
  item,
  itemKey,
}: ActivityListProps<Data, Node>) {
  const { t } = useTranslation();
  const page = usePagedQuery(query, {
    variables: { id: userId, first: USER_ACTIVITY_PAGE_SIZE },
    connection: select,
  });
  if (page.isLoading) return <Loader size="sm" aria-label={t('personalData.activity.loading')} />;
  if (page.error) {
    return (
      <Group gap="sm" role="alert">
        <Text c="red.8">{t('personalData.activity.failed')}</Text>
        <Button variant="default" size="compact-md" onClick={page.retry}>
          {t('personalData.activity.retry')}
        </Button>
      </Group>
    );
  }
  if (!page.connection) return null;
  return (
    <Paper component="section" aria-labelledby={id} p={{ base: 'md', sm: 'lg' }} radius="lg" withBorder>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {page.nodes.length === 0 ? (
          <Text c="ink.7">{empty}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {page.nodes.map((node) => (
              <li key={itemKey(node)}>{item(node)}</li>
            ))}
          </Stack>
        )}
        {page.loadMoreFailed && (
          <Text c="red.8" role="alert">
            {t('personalData.activity.moreFailed')}
          </Text>
        )}
        {page.hasMore && (
          <Group>
            <Button variant="default" loading={page.isLoadingMore} onClick={() => void page.loadMore()}>
              {t('personalData.activity.more')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** A person's ideas and comments on their public profile, once they allowed it. */
export function UserActivity({ userId }: { userId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ActivityList
        query={UserIdeasQuery}
        userId={userId}
        select={(data) => data.user?.ideas}
        id="user-ideas"
        title={t('personalData.activity.ideas')}
        empty={t('personalData.activity.noIdeas')}
        itemKey={(idea) => idea.id}
        item={(idea) => (
          <Stack gap={0}>
            <Anchor component={Link} to={`/ideas/${idea.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
              {idea.title}
            </Anchor>
            <Text size="sm" c="ink.7" style={{ overflowWrap: 'anywhere' }}>
              {idea.challenge.title}
            </Text>
          </Stack>
        )}
      />
      <ActivityList
        query={UserCommentsQuery}
        userId={userId}
        select={(data) => data.user?.comments}
        id="user-comments"
        title={t('personalData.activity.comments')}
        empty={t('personalData.activity.noComments')}
        itemKey={(comment) => comment.id}
        item={(comment) => (
          <Stack gap={0}>
            <Anchor
              component={Link}
              to={`/ideas/${comment.idea.id}`}
              fw={700}
              style={{ overflowWrap: 'anywhere' }}
            >
              {t('personalData.activity.onIdea', { title: comment.idea.title })}
            </Anchor>
            <Text
              c={comment.deleted ? 'ink.7' : undefined}
              fs={comment.deleted ? 'italic' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {comment.deleted
                ? t('personalData.activity.deletedComment')
                : markdownExcerpt(comment.body, 200)}
            </Text>
          </Stack>
        )}
      />
    </>
  );
}
