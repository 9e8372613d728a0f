import { Input, Tabs, Text } from '@mantine/core';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { type ChangeEvent, type FocusEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from './CharacterCount';
import { REVEAL_EVENT } from '../shared/formFields';
import { Markdown } from './Markdown';
import classes from './MarkdownEditor.module.css';

type Mode = 'write' | 'preview';

export interface MarkdownEditorProps {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  value?: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onBlur?: (event: FocusEvent<HTMLTextAreaElement>) => void;
  onFocus?: (event: FocusEvent<HTMLTextAreaElement>) => void;
  required?: boolean;
  /** Shows how many characters are left, and how many too many. */
  maxLength?: number;
  minRows?: number;
  /** What the preview says when there is nothing to show yet. */
  emptyPreview?: string;
  /** Mantine form's marker, so that the form can find the field (to focus it when in error). */
  'data-path'?: string;
}

/**
 * Markdown with a Write / Preview switch. The label, hint and error belong to the text field
 * (described by them, marked invalid with them) whichever side is shown; the preview renders
 * exactly as the page will (no raw HTML, no images).
 */
export function MarkdownEditor({
  label,
  description,
  error,
  value = '',
  onChange,
  onBlur,
  onFocus,
  required,
  maxLength,
  minRows = 8,
  emptyPreview,
  'data-path': dataPath,
}: MarkdownEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('write');
  const field = useRef<HTMLTextAreaElement>(null);

  // The form is about to focus this field (it is in error): show the text, not the preview.
  useEffect(() => {
    const node = field.current;
    if (!node) return undefined;
    const reveal = () => flushSync(() => setMode('write'));
    node.addEventListener(REVEAL_EVENT, reveal);
    return () => node.removeEventListener(REVEAL_EVENT, reveal);
  }, []);

  return (
    <div>
      <Input.Wrapper
        id={id}
        label={label}
        description={
          <>
            {description}
            {description ? ' ' : null}
            {t('markdown.help')}
          </>
        }
        error={error}
        required={required}
        size="md"
      >
        <Tabs
          value={mode}
          onChange={(next) => setMode(next === 'preview' ? 'preview' : 'write')}
          variant="outline"
          radius="md"
          className={classes.tabs}
          mt={6}
        >
          <Tabs.List aria-label={t('markdown.modes', { field: label })}>
            <Tabs.Tab value="write" leftSection={<IconPencil size={18} aria-hidden="true" />}>
              {t('markdown.write')}
            </Tabs.Tab>
            <Tabs.Tab value="preview" leftSection={<IconEye size={18} aria-hidden="true" />}>
              {t('markdown.preview')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" className={classes.panel}>
            <Input<'textarea'>
              component="textarea"
              ref={field}
              // Named, described and marked invalid by the wrapper above, whichever side is shown.
              data-path={dataPath}
              error={Boolean(error)}
              required={required}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              onFocus={onFocus}
              rows={minRows}
              multiline
              size="md"
              classNames={{ input: classes.input }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" className={classes.panel}>
            <div className={classes.preview}>
              {value.trim() ? (
                <Markdown>{value}</Markdown>
              ) : (
                <Text c="ink.7" fs="italic">
                  {emptyPreview ?? t('markdown.emptyPreview')}
                </Text>
              )}
            </div>
          </Tabs.Panel>
        </Tabs>
      </Input.Wrapper>
      {maxLength !== undefined && (
        <div className={classes.footer}>
          <CharacterCount value={value} max={maxLength} />
        </div>
      )}
    </div>
  );
}
