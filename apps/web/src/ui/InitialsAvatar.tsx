import { Avatar, type AvatarProps } from '@mantine/core';
import classes from './InitialsAvatar.module.css';

/** Up to two letters for a name: "Maëlle Le Gall" → "ML", "erwan" → "E". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toLocaleUpperCase() ?? '').join('');
}

/** A person's initials in a round badge; decorative, since their name is always written nearby. */
export function InitialsAvatar({ name, ...props }: { name: string } & AvatarProps) {
  return (
    <Avatar
      color="ink.9"
      variant="filled"
      radius={999}
      aria-hidden="true"
      {...props}
      classNames={{ placeholder: classes.initials }}
      attributes={{ placeholder: { 'data-initials': initialsOf(name) } as Record<string, string> }}
    >
      {' '}
    </Avatar>
  );
}
