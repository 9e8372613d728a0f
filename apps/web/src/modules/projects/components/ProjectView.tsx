import { Alert, Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconEdit,
  IconExternalLink,
  IconMapPin,
  IconPlus,
  IconPinned,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { InitialsAvatar } from '../../../ui/InitialsAvatar';
import { Markdown } from '../../../ui/Markdown';
import { ChallengeCard } from '../../challenges/components/ChallengeCard';
import type { ChallengeCardFragment } from '../../challenges/graphql/ChallengeCard.fragment';
import { ProjectViewFragment } from '../graphql/ProjectView.fragment';
import { AddHolderForm } from './AddHolderForm';
import classes from './ProjectView.module.css';

export interface ProjectChallenges {
  items: ReadonlyArray<{ id: string } & FragmentType<typeof ChallengeCardFragment>>;
  total: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
}

export interface ProjectViewProps {
  project: FragmentType<typeof ProjectViewFragment>;
  challenges: ProjectChallenges;
}

/** Shows a web address without its scheme and trailing slash: "https://x.fr/" reads "x.fr". */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * A project's page: who they are, who holds the project, and the challenges they post (drafts
 * too, for its holders), with the holders' own controls.
 */
export function ProjectView({ challenges, ...props }: ProjectViewProps) {
  const project = getFragmentData(ProjectViewFragment, props.project);
  const { t } = useTranslation();
  const holder = project.viewerIsHolder;

  return (
    <Stack gap={40}>
      <Stack gap="md" component="header" maw={820}>
        <Title order={1} className={classes.name}>
          {project.name}
        </Title>
        <Text size="xl" c="ink.8" className={classes.summary}>
          {project.summary}
        </Text>
        <Group gap="lg">
          {project.city && (
            <Text className={classes.meta} fw={700}>
              <IconMapPin size={20} stroke={1.8} aria-hidden="true" />
              <span>
                <span className={classes.label}>{t('projectPage.city')} </span>
                {project.city}
              </span>
            </Text>
          )}
          {project.website && (
            <Anchor
              href={project.website}
              target="_blank"
              rel="noopener noreferrer nofollow ugc"
              className={classes.meta}
              fw={700}
            >
              <IconExternalLink size={20} stroke={1.8} aria-hidden="true" />
              <span>
                {displayUrl(project.website)}
                <span className={classes.label}> {t('projectPage.newTab')}</span>
              </span>
            </Anchor>
          )}
        </Group>
        {holder && (
          <Group gap="sm">
            <Button
              component={Link}
              to={`/projects/${project.slug}/challenges/new`}
              size="md"
              leftSection={<IconPlus size={20} aria-hidden="true" />}
            >
              {t('projectPage.newChallenge')}
            </Button>
            <Button
              component={Link}
              to={`/projects/${project.slug}/edit`}
              variant="default"
              size="md"
              leftSection={<IconEdit size={20} aria-hidden="true" />}
            >
              {t('projectPage.edit')}
            </Button>
          </Group>
        )}
      </Stack>

      <div className={classes.columns}>
        <Paper
          component="section"
          aria-labelledby="project-about"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          withBorder
          className={classes.panel}
        >
          <Title order={2} id="project-about" mb="md">
            {t('projectPage.about')}
          </Title>
          {project.description ? (
            <Markdown>{project.description}</Markdown>
          ) : (
            <Text c="ink.7" fs="italic" size="lg">
              {holder ? t('projectPage.noDescriptionHolder') : t('projectPage.noDescription')}
            </Text>
          )}
        </Paper>
        <Paper
          component="section"
          aria-labelledby="project-holders"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          withBorder
          className={classes.panel}
        >
          <Title order={2} id="project-holders" size="h3" mb="md">
            {t('projectPage.holders')}
          </Title>
          <ul className={classes.holders}>
            {project.holders.map((person) => (
              <li key={person.id} className={classes.holder}>
                <InitialsAvatar name={person.displayName} size={36} />
                <Anchor component={Link} to={`/users/${person.id}`} fw={700}>
                  {person.displayName}
                </Anchor>
              </li>
            ))}
          </ul>
          {holder && (
            <div className={classes.addHolder}>
              <AddHolderForm projectId={project.id} holderIds={project.holders.map((person) => person.id)} />
            </div>
          )}
        </Paper>
      </div>

      <section aria-labelledby="project-challenges">
        <Group justify="space-between" align="baseline" mb="lg" gap="sm">
          <Title order={2} id="project-challenges">
            {t('projectPage.challenges')}
          </Title>
          {challenges.total > 0 && (
            <Text fw={800} size="lg" className={classes.total}>
              {t('projectPage.challengeCount', { count: challenges.total })}
            </Text>
          )}
        </Group>
        {challenges.items.length === 0 ? (
          <EmptyChallenges holder={holder} slug={project.slug} />
        ) : (
          <Stack gap="lg">
            <SimpleGrid
              component="ul"
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="xl"
              verticalSpacing={36}
              pt="md"
              className={classes.list}
              aria-labelledby="project-challenges"
            >
              {challenges.items.map((challenge) => (
                <li key={challenge.id} className={classes.item}>
                  <ChallengeCard challenge={challenge} headingOrder={3} />
                </li>
              ))}
            </SimpleGrid>
            <Stack align="center" gap="sm">
              {challenges.loadMoreFailed && (
                <Alert
                  color="red"
                  variant="light"
                  role="alert"
                  icon={<IconAlertTriangle aria-hidden="true" />}
                >
                  {t('board.loadMoreFailed')}
                </Alert>
              )}
              {challenges.hasMore && (
                <Button
                  size="lg"
                  aria-disabled={challenges.isLoadingMore || undefined}
                  leftSection={challenges.isLoadingMore ? <Loader size="sm" color="ink.9" /> : undefined}
                  onClick={() => {
                    if (!challenges.isLoadingMore) challenges.loadMore();
                  }}
                >
                  {challenges.isLoadingMore ? t('board.loadingMore') : t('board.loadMore')}
                </Button>
              )}
            </Stack>
          </Stack>
        )}
      </section>
    </Stack>
  );
}

function EmptyChallenges({ holder, slug }: { holder: boolean; slug: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <Paper p={{ base: 'lg', sm: 'xl' }} radius="lg" className={classes.empty}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <IconPinned size={32} stroke={1.6} aria-hidden="true" className={classes.emptyIcon} />
        <Stack gap="sm" align="flex-start">
          <Text size="lg" fw={700}>
            {holder ? t('projectPage.noChallengesHolder') : t('projectPage.noChallenges')}
          </Text>
          {holder && (
            <Button
              component={Link}
              to={`/projects/${slug}/challenges/new`}
              size="md"
              leftSection={<IconPlus size={20} aria-hidden="true" />}
            >
              {t('projectPage.firstChallenge')}
            </Button>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
