import type { Locale } from '@ouimake/domain';

/** The words of the exports, in the two languages of the board. */
const WORDS = {
  fr: {
    formerMember: 'Ancien membre',
    challenge: 'Défi',
    project: 'Projet',
    city: 'Ville',
    status: 'Statut',
    closesAt: 'Clôture',
    exportedAt: 'Exporté le',
    context: 'Contexte',
    outcome: 'Résultat',
    ideas: 'Idées',
    noIdeas: 'Aucune idée pour l’instant.',
    votes: 'votes',
    votesHidden: 'votes masqués jusqu’à la clôture (vote à l’aveugle)',
    by: 'par',
    comments: 'Commentaires',
    hidden: 'masquée',
    mergedInto: 'fusionnée dans',
    mergedHere: 'Idée fusionnée dans celle-ci',
    event: 'Événement',
    venues: 'Lieux',
    online: 'En ligne',
    agenda: 'Programme',
    report: 'Compte rendu',
    noReport: 'Pas encore de compte rendu.',
    registered: 'inscrits',
    ideaStatus: {
      PROPOSED: 'Proposée',
      SHORTLISTED: 'Présélectionnée',
      SELECTED: 'Retenue',
      MERGED: 'Fusionnée',
    },
    challengeStatus: { DRAFT: 'Brouillon', OPEN: 'Ouvert', CLOSED: 'Clos' },
    registrationStatus: { CONFIRMED: 'Confirmée', WAITLISTED: 'En liste d’attente', CANCELLED: 'Annulée' },
    eventStatus: { DRAFT: 'Brouillon', PUBLISHED: 'Publié', CANCELLED: 'Annulé', DONE: 'Tenu' },
    csv: {
      ideas: [
        'rang',
        'id',
        'titre',
        'description',
        'statut',
        'votes',
        'commentaires',
        'auteur',
        'proposée le',
        'fusionnée dans',
        'masquée',
      ],
      registrations: ['lieu', 'ville', 'personne', 'statut', 'place dans la file', 'inscrite le', 'présente'],
      openData: [
        'défi_id',
        'défi',
        'projet',
        'ville',
        'statut_défi',
        'publié_le',
        'clôture',
        'résultat',
        'idée_id',
        'idée',
        'statut_idée',
        'votes',
        'auteur',
        'proposée_le',
      ],
    },
  },
  en: {
    formerMember: 'Former member',
    challenge: 'Challenge',
    project: 'Project',
    city: 'City',
    status: 'Status',
    closesAt: 'Closes',
    exportedAt: 'Exported on',
    context: 'Context',
    outcome: 'Outcome',
    ideas: 'Ideas',
    noIdeas: 'No ideas yet.',
    votes: 'votes',
    votesHidden: 'votes hidden until it closes (blind voting)',
    by: 'by',
    comments: 'Comments',
    hidden: 'hidden',
    mergedInto: 'merged into',
    mergedHere: 'Idea merged into this one',
    event: 'Event',
    venues: 'Venues',
    online: 'Online',
    agenda: 'Agenda',
    report: 'Report',
    noReport: 'No report yet.',
    registered: 'registered',
    ideaStatus: { PROPOSED: 'Proposed', SHORTLISTED: 'Shortlisted', SELECTED: 'Selected', MERGED: 'Merged' },
    challengeStatus: { DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed' },
    registrationStatus: { CONFIRMED: 'Confirmed', WAITLISTED: 'Waitlisted', CANCELLED: 'Cancelled' },
    eventStatus: { DRAFT: 'Draft', PUBLISHED: 'Published', CANCELLED: 'Cancelled', DONE: 'Held' },
    csv: {
      ideas: [
        'rank',
        'id',
        'title',
        'description',
        'status',
        'votes',
        'comments',
        'author',
        'proposed at',
        'merged into',
        'hidden',
      ],
      registrations: ['venue', 'city', 'person', 'status', 'place in line', 'registered at', 'present'],
      openData: [
        'challenge_id',
        'challenge',
        'project',
        'city',
        'challenge_status',
        'published_at',
        'closes_at',
        'outcome',
        'idea_id',
        'idea',
        'idea_status',
        'votes',
        'author',
        'proposed_at',
      ],
    },
  },
} as const;

export type Words = (typeof WORDS)[Locale];

export function wordsFor(locale: Locale): Words {
  return WORDS[locale];
}

/** A person's name as exports show it: a deleted account is a former member. */
export function authorName(words: Words, row: { display_name: string; deleted_at: Date | null }): string {
  return row.deleted_at ? words.formerMember : row.display_name;
}

/** A date in the export's language, in the board's zone (exports are read by people). */
export function longDate(locale: Locale, at: Date, timeZone = 'Europe/Paris'): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

/** Text put on one Markdown line (a title, a name): no line breaks, no heading or list syntax. */
export function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/^([#>*+-]|\d+[.)])/, '\\$1');
}
