import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaChoicesQuery, AgendaIdeasQuery } from '../graphql/EventPage.query';
import { SetEventAgendaMutation } from '../graphql/Event.mutation';
import { isoToZoned, zonedToIso } from '../time';

type Kind = 'FREE' | 'PROJECT' | 'CHALLENGE';

export interface AgendaDraft {
  kind: Kind;
  title: string;
  time: string;
  projectId: string;
  challengeId: string;
  ideaIds: string[];
}

export interface AgendaEditorProps {
  eventId: string;
  timezone: string;
  agenda: ReadonlyArray<{
    title: string;
    startsAt?: string | null;
    project?: { id: string } | null;
    challenge?: { id: string } | null;
    ideas: ReadonlyArray<{ id: string }>;
  }>;
}

/** The agenda as the API reads it. */
export function agendaInput(items: AgendaDraft[], timezone: string) {
  return items.map((item) => ({
    title: item.title.trim() || null,
    startsAt: item.time ? zonedToIso(item.time, timezone) : null,
    projectId: item.kind === 'PROJECT' && item.projectId ? item.projectId : null,
    challengeId: item.kind === 'CHALLENGE' && item.challengeId ? item.challengeId : null,
    ideaIds: item.kind === 'CHALLENGE' ? item.ideaIds : [],
  }));
}

/** Ordered agenda items: free ones, a project presenting itself, a challenge and some of its ideas. */
export function AgendaEditor({ eventId, timezone, agenda }: AgendaEditorProps) {
  const { t } = useTranslation();
  const choices = useQuery(AgendaChoicesQuery);
  const [save, { loading }] = useMutation(SetEventAgendaMutation);
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [items, setItems] = useState<AgendaDraft[]>(() =>
    agenda.map((item) => ({
      kind: item.challenge ? 'CHALLENGE' : item.project ? 'PROJECT' : 'FREE',
      title: item.title,
      time: item.startsAt ? isoToZoned(item.startsAt, timezone) : '',
      projectId: item.project?.id ?? '',
      challengeId: item.challenge?.id ?? '',
      ideaIds: item.ideas.map((i) => i.id),
    })),
  );
  const projects = choices.data?.projects.edges.map((e) => e.node) ?? [];
  const challenges = choices.data?.challenges.edges.map((e) => e.node) ?? [];
  const change = (index: number, patch: Partial<AgendaDraft>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <Fieldset
      legend={
        <Title order={2} size="h3">
          {t('events.editor.agenda')}
        </Title>
      }
      radius="lg"
    >
      <Stack gap="lg">
        {items.map((item, index) => {
          return (
            <Fieldset
              key={index}
              legend={`${index + 1}. ${item.title || t(`events.editor.kind.${item.kind}`)}`}
              variant="filled"
              radius="md"
            >
              <Stack gap="sm">
                <Group grow align="flex-start" wrap="wrap">
                  <NativeSelect
                    label={t('events.editor.itemKind')}
                    miw={180}
                    value={item.kind}
                    onChange={(e) => change(index, { kind: e.currentTarget.value as Kind })}
                    data={(['FREE', 'PROJECT', 'CHALLENGE'] as const).map((k) => ({
                      value: k,
                      label: t(`events.editor.kind.${k}`),
                    }))}
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('events.editor.itemTime')}
                    miw={180}
                    value={item.time}
                    onChange={(e) => change(index, { time: e.currentTarget.value })}
                  />
                </Group>
                <TextInput
                  label={t('events.editor.itemTitle')}
                  value={item.title}
                  onChange={(e) => change(index, { title: e.currentTarget.value })}
                />
                {item.kind === 'PROJECT' && (
                  <NativeSelect
                    label={t('events.editor.itemProject')}
                    value={item.projectId}
                    onChange={(e) => change(index, { projectId: e.currentTarget.value })}
                    data={[
                      { value: '', label: '—' },
                      ...projects.map((p) => ({ value: p.id, label: p.name })),
                    ]}
                  />
                )}
                {item.kind === 'CHALLENGE' && (
                  <NativeSelect
                    label={t('events.editor.itemChallenge')}
                    value={item.challengeId}
                    onChange={(e) => change(index, { challengeId: e.currentTarget.value, ideaIds: [] })}
                    data={[
                      { value: '', label: '—' },
                      ...challenges.map((c) => ({ value: c.id, label: c.title })),
                    ]}
                  />
                )}
                {item.kind === 'CHALLENGE' && item.challengeId && (
                  <IdeaPicker
                    challengeId={item.challengeId}
                    value={item.ideaIds}
                    onChange={(ideaIds) => change(index, { ideaIds })}
                  />
                )}
                <Group gap="xs">
                  {index > 0 && (
                    <Button
                      variant="subtle"
                      color="ink"
                      leftSection={<IconArrowUp size={16} aria-hidden="true" />}
                      onClick={() =>
                        setItems((all) => {
                          const next = [...all];
                          [next[index - 1], next[index]] = [next[index], next[index - 1]];
                          return next;
                        })
                      }
                    >
                      {t('events.editor.moveUp')}
                    </Button>
                  )}
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden="true" />}
                    onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                  >
                    {t('events.editor.removeItem')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() =>
              setItems((all) => [
                ...all,
                { kind: 'FREE', title: '', time: '', projectId: '', challengeId: '', ideaIds: [] },
              ])
            }
          >
            {t('events.editor.addItem')}
          </Button>
          <Button
            loading={loading}
            onClick={() => {
              setState('idle');
              save({ variables: { id: eventId, items: agendaInput(items, timezone) } }).then(
                () => setState('saved'),
                () => setState('failed'),
              );
            }}
          >
            {t('events.editor.saveAgenda')}
          </Button>
        </Group>
        {state === 'saved' && <Text role="status">{t('events.editor.saved')}</Text>}
        {state === 'failed' && (
          <Alert color="red" role="alert">
            {t('events.editor.failed')}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The ideas of one challenge to work on, shortlisted ones first. */
function IdeaPicker({
  challengeId,
  value,
  onChange,
}: {
  challengeId: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(AgendaIdeasQuery, { variables: { id: challengeId } });
  const ideas = data?.challenge
    ? [...data.challenge.shortlisted.edges, ...data.challenge.proposed.edges].map((e) => e.node)
    : [];
  if (ideas.length === 0) return null;
  return (
    <Checkbox.Group label={t('events.editor.itemIdeas')} value={value} onChange={onChange}>
      <Stack gap={6} mt="xs">
        {ideas.map((idea) => (
          <Checkbox key={idea.id} value={idea.id} label={idea.title} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
