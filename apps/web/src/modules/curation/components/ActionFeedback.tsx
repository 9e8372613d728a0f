import { Text, VisuallyHidden } from '@mantine/core';
import { Message, type MessageRef } from '../../../shared/Message';

export interface ActionFeedbackProps {
  /** What was done: read out politely; shown too unless `quiet` (the page shows it already). */
  news: MessageRef | null;
  /** Why the API refused: shown and read out at once. */
  failure: MessageRef | null;
  quiet?: boolean;
}

/** What came of an action on an idea or a comment, under it. */
export function ActionFeedback({ news, failure, quiet = false }: ActionFeedbackProps) {
  return (
    <>
      {quiet ? (
        <VisuallyHidden role="status">{news && <Message message={news} />}</VisuallyHidden>
      ) : (
        <Text role="status" fw={700} c="green.9" size="sm" hidden={!news}>
          {news && <Message message={news} />}
        </Text>
      )}
      {failure && (
        <Text role="alert" c="red.9" fw={700} size="sm">
          <Message message={failure} />
        </Text>
      )}
    </>
  );
}
