/** Sizes the contract sets, checked by the API and shown by the board's forms. */
export const LIMITS = {
  page: { defaultFirst: 20, minFirst: 1, maxFirst: 100 },
  challenge: { titleMin: 3, titleMax: 140, descriptionMax: 20_000, voteBudgetMin: 1, voteBudgetMax: 100 },
  project: { nameMin: 2, nameMax: 100, summaryMax: 280, descriptionMax: 20_000 },
  idea: { titleMin: 3, titleMax: 140, bodyMax: 5_000 },
  comment: { bodyMin: 1, bodyMax: 2_000 },
  /** Reasons for hiding and for reporting content. */
  moderation: { reasonMin: 3, reasonMax: 500 },
  /** A challenge's resources: titled http(s) links. */
  resource: { titleMin: 2, titleMax: 140, urlMax: 2_000 },
  /** Reports from this many different people hide content until a facilitator reviews it. */
  reportsToHide: 3,
  brainstorm: { minutesMin: 1, minutesMax: 240 },
  event: {
    titleMin: 3,
    titleMax: 140,
    descriptionMax: 20_000,
    reportMax: 20_000,
    venuesMax: 20,
    venueNameMax: 100,
    cityMax: 80,
    addressMax: 300,
    capacityMax: 100_000,
    hostsMax: 10,
    agendaMax: 40,
    agendaTitleMax: 140,
    noteMax: 1_000,
    ideasPerItemMax: 20,
    /** An event lasts at most this long. */
    daysMax: 14,
  },
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
