import type { SVGProps } from 'react';

/** Ouimake's mark: a sticky note with a "yes" tick. Decorative; the name is always written beside it. */
export function OuimakeMark({ size = 36, ...props }: { size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false" {...props}>
      <g transform="rotate(-6 20 20)">
        <path
          d="M7 5h26a2 2 0 0 1 2 2v19.5L25.5 36H7a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"
          fill="#ffcb3d"
          stroke="#241c15"
          strokeWidth="2.5"
          strokeLinejoin="round"
        />
        <path
          d="M35 26.5h-7.5a2 2 0 0 0-2 2V36z"
          fill="#fbf6ee"
          stroke="#241c15"
          strokeWidth="2.5"
          strokeLinejoin="round"
        />
        <path
          d="M11.5 18.5l5 5 9.5-10"
          fill="none"
          stroke="#241c15"
          strokeWidth="3.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </g>
    </svg>
  );
}
