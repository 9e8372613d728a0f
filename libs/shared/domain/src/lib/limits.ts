/** Sizes the contract sets, checked by the API and shown by the board's forms. */
export const LIMITS = {
  page: { defaultFirst: 20, minFirst: 1, maxFirst: 100 },
  challenge: { titleMin: 3, titleMax: 140, descriptionMax: 20_000, voteBudgetMin: 1, voteBudgetMax: 100 },
  project: { nameMin: 2, nameMax: 100, summaryMax: 280, descriptionMax: 20_000 },
  idea: { titleMin: 3, titleMax: 140, bodyMax: 5_000 },
  comment: { bodyMin: 1, bodyMax: 2_000 },
  brainstorm: { minutesMin: 1, minutesMax: 240 },
  user: {
    displayNameMin: 2,
    displayNameMax: 60,
    passwordMin: 8,
    passwordMax: 128,
    bioMax: 2_000,
    cityMax: 80,
  },
} as const;

/** Whether `first` is an acceptable page size; absent means the default. */
export function isValidPageSize(first: number | null | undefined): boolean {
  if (first === null || first === undefined) return true;
  return Number.isInteger(first) && first >= LIMITS.page.minFirst && first <= LIMITS.page.maxFirst;
}
