import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconPlus, IconSeeding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { MyProjectsQuery } from '../modules/projects/graphql/MyProjects.query';
import { LoadFailed } from '../ui/LoadFailed';
import { PageLoader } from '../ui/PageLoader';
import { StateMessage } from '../ui/StateMessage';
import classes from './MyProjectsPage.module.css';

/** `/my-projects`: the projects the signed-in person holds, and a way to present a new one. */
export function MyProjectsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myProjects.documentTitle'));
  return (
    <RequireSignIn>
      <MyProjects />
    </RequireSignIn>
  );
}

function MyProjects() {
  const { t } = useTranslation();
  // Always asked again: a project created or shared elsewhere shows up here.
  const { data, error, refetch } = useQuery(MyProjectsQuery, { fetchPolicy: 'cache-and-network' });
  const projects = data?.me?.projects;

  const header = (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap="sm" maw={720}>
        <Title order={1}>{t('myProjects.title')}</Title>
        <Text size="xl" c="ink.8">
          {t('myProjects.intro')}
        </Text>
      </Stack>
      {projects && projects.length > 0 && (
        <Button
          component={Link}
          to="/projects/new"
          size="lg"
          leftSection={<IconPlus size={20} aria-hidden="true" />}
        >
          {t('myProjects.new')}
        </Button>
      )}
    </Group>
  );

  let body;
  if (!projects) {
    body = error ? (
      <LoadFailed
        titleOrder={2}
        title={t('myProjects.error.title')}
        body={t('myProjects.error.body')}
        retryLabel={t('myProjects.error.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <PageLoader label={t('myProjects.loading')} />
    );
  } else if (projects.length === 0) {
    body = (
      <StateMessage
        icon={<IconSeeding size={36} stroke={1.6} />}
        title={t('myProjects.empty.title')}
        action={
          <Button
            component={Link}
            to="/projects/new"
            size="lg"
            leftSection={<IconPlus size={20} aria-hidden="true" />}
          >
            {t('myProjects.empty.action')}
          </Button>
        }
      >
        {t('myProjects.empty.body')}
      </StateMessage>
    );
  } else {
    body = (
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2 }}
        spacing="lg"
        className={classes.list}
        aria-label={t('myProjects.listLabel')}
      >
        {projects.map((project) => (
          <li key={project.id} className={classes.item}>
            <Paper
              component="article"
              aria-labelledby={`project-${project.id}`}
              p="lg"
              radius="lg"
              withBorder
              className={classes.card}
            >
              <Stack gap="xs">
                <Title order={2} size="h3" id={`project-${project.id}`}>
                  <Anchor
                    component={Link}
                    to={`/projects/${project.slug}`}
                    underline="hover"
                    className={classes.link}
                  >
                    {project.name}
                  </Anchor>
                </Title>
                <Text c="ink.8" className={classes.summary}>
                  {project.summary}
                </Text>
                {project.city && (
                  <Text c="ink.7" className={classes.meta}>
                    <IconMapPin size={18} aria-hidden="true" />
                    {project.city}
                  </Text>
                )}
              </Stack>
            </Paper>
          </li>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="xl">
      {header}
      {body}
    </Stack>
  );
}
