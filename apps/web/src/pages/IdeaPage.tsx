import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { ChallengeStatus } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { getFragmentData } from '../gql';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { CommentThread } from '../modules/ideas/components/CommentThread';
import { IdeaView } from '../modules/ideas/components/IdeaView';
import { COMMENTS_PAGE_SIZE, IdeaPageQuery } from '../modules/ideas/graphql/IdeaPage.query';
import { IdeaViewFragment } from '../modules/ideas/graphql/IdeaView.fragment';
import { useChallengeActivity } from '../modules/live/hooks/useChallengeActivity';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';

/** `/ideas/:id`: one idea, its full text, and the conversation about it, live. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(IdeaPageQuery, {
    variables: { id, first: COMMENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const idea = data?.idea ? getFragmentData(IdeaViewFragment, data.idea) : null;
  const missing = data !== undefined && !data.idea;
  // Live too: new comments, votes and rounds show as they happen.
  useChallengeActivity(idea?.challenge.id ?? null, { viewerId: viewer?.id ?? null });
  useDocumentTitle(
    idea
      ? t('ideas.view.documentTitle', { title: idea.title })
      : missing
        ? t('ideas.view.notFound.documentTitle')
        : t('app.name'),
  );

  if (data?.idea && idea) {
    const comments = data.idea.comments;
    return (
      <Stack gap="xl">
        <BackLink to={`/challenges/${idea.challenge.id}`}>{idea.challenge.title}</BackLink>
        <IdeaView idea={data.idea} />
        <CommentThread
          ideaId={idea.id}
          comments={comments.edges.map((edge) => edge.node)}
          viewerId={viewer?.id ?? null}
          canComment={idea.challenge.status === ChallengeStatus.OPEN}
        />
        {comments.pageInfo.hasNextPage && (
          <Group>
            <Button
              variant="default"
              size="md"
              loading={networkStatus === NetworkStatus.fetchMore}
              onClick={() =>
                void fetchMore({ variables: { after: comments.pageInfo.endCursor } }).catch(() => undefined)
              }
            >
              {t('comments.more')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }
  if (missing) {
    return (
      <Missing
        title={t('ideas.view.notFound.title')}
        body={t('ideas.view.notFound.body')}
        back={{ to: '/', label: t('challengePage.back') }}
      />
    );
  }
  if (error) {
    return (
      <LoadFailed
        title={t('ideas.view.error.title')}
        body={t('ideas.view.error.body')}
        retryLabel={t('challengePage.error.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return <PageLoader label={t('ideas.view.loading')} />;
}
