import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { stepText } from '../../notifications/components/MyContributions';
import { IdeaTimelineFragment } from '../graphql/IdeaTimeline.fragment';
import { useTimeZone } from '../../../shared/timeZone';
import { dateTimeFormat } from '../../../shared/intl';

/**
 * "What became of it" on an idea's page: proposed, shortlisted, merged into which idea, on which
 * event's agenda, selected, the challenge's outcome. Shown once there is more than its proposal.
 */
export function IdeaTimeline(props: { idea: FragmentType<typeof IdeaTimelineFragment> }) {
  const idea = getFragmentData(IdeaTimelineFragment, props.idea);
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  if (idea.timeline.length < 2) return null;
  const date = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone });
  return (
    <Paper
      component="section"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      bg="white"
      aria-labelledby="idea-timeline"
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="idea-timeline">
          {t('notifications.contributions.timelineLabel')}
        </Title>
        <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
          {idea.timeline.map((step, index) => {
            const href =
              step.kind === 'MERGED' && step.mergedInto
                ? `/ideas/${step.mergedInto.id}`
                : step.kind === 'ON_AGENDA' && step.event
                  ? `/events/${step.event.id}`
                  : null;
            const text = stepText(t, step);
            return (
              <Text component="li" key={`${step.kind}-${index}`} c="ink.8">
                <Text span fw={700} c="ink.7">
                  {date.format(new Date(step.at))}
                </Text>
                {' · '}
                {href ? (
                  <Anchor component={Link} to={href}>
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </Text>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
