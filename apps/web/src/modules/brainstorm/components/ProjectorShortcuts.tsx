import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROUND_KEYS, SHORTCUT_ROUND_MINUTES } from '../hooks/useRoundShortcuts';

export interface ProjectorShortcutsProps {
  opened: boolean;
  onClose: () => void;
  /** Round keys are listed to those who may run rounds only. */
  canRunRounds: boolean;
  fullScreen: boolean;
}

/** The projector's keys, opened by `?` or its button. */
export function ProjectorShortcuts({ opened, onClose, canRunRounds, fullScreen }: ProjectorShortcutsProps) {
  const { t } = useTranslation();
  const rows: { keys: string[]; label: string }[] = [
    ...(canRunRounds
      ? [
          { keys: [ROUND_KEYS.ideation], label: t('room.projector.shortcuts.ideation') },
          { keys: [ROUND_KEYS.voting], label: t('room.projector.shortcuts.voting') },
          { keys: [ROUND_KEYS.switch], label: t('room.projector.shortcuts.switch') },
          { keys: [ROUND_KEYS.extend, '+'], label: t('room.projector.shortcuts.extend') },
          { keys: [ROUND_KEYS.stop], label: t('room.projector.shortcuts.stop') },
        ]
      : []),
    { keys: ['←', '→'], label: t('room.projector.shortcuts.pages') },
    ...(fullScreen ? [{ keys: ['F'], label: t('room.projector.shortcuts.fullScreen') }] : []),
    { keys: ['?'], label: t('room.projector.shortcuts.help') },
  ];
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('room.projector.shortcuts.title')}
      closeButtonProps={{ 'aria-label': t('room.projector.shortcuts.close') }}
      size="lg"
      centered
    >
      {canRunRounds && (
        <Text mb="md" c="ink.7">
          {t('room.projector.shortcuts.intro', { minutes: SHORTCUT_ROUND_MINUTES })}
        </Text>
      )}
      <Table verticalSpacing="sm" fz="md">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td w={110}>
                {row.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' '}
                    <Kbd size="md">{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{row.label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
