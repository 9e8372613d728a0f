/**
 * The board's French texts: the reference language. Every other language has exactly these keys
 * (the `Messages` type makes a missing or extra key a type error).
 *
 * Plurals follow i18next's suffixes (`_one`, `_other`, and `_zero` for a count of 0);
 * `{{count, number}}` formats with Intl in the current language.
 */
export const fr = {
  app: {
    name: 'Ouimake',
    skipToContent: 'Aller au contenu',
    home: 'Ouimake, retour aux défis',
    mainNavigation: 'Navigation principale',
    footer: 'Ouimake, le tableau des défis des projets qui font ensemble.',
  },
  nav: {
    challenges: 'Défis',
  },
  language: {
    switchLabel: 'Langue de l’interface',
  },
  board: {
    documentTitle: 'Les défis · Ouimake',
    title: 'Les défis du moment',
    intro:
      'Des associations, tiers-lieux et coopératives d’ici posent les questions sur lesquelles ils butent. Lisez-les\u00a0: peut-être avez-vous la réponse.',
    total_zero: 'Aucun défi',
    total_one: '{{count, number}} défi',
    total_other: '{{count, number}} défis',
    listLabel: 'Défis, du plus récent au plus ancien',
    loading: 'Chargement des défis…',
    shown: '{{shown, number}} défis affichés sur {{total, number}}',
    loadMore: 'Voir plus de défis',
    loadingMore: 'Chargement de la suite…',
    loadMoreFailed: 'La suite n’a pas pu être chargée. Réessayez dans un instant.',
    empty: {
      title: 'Le tableau attend son premier défi',
      body: 'Quand un projet posera sa première question, elle s’affichera ici. Repassez bientôt\u00a0!',
    },
    error: {
      title: 'Les défis ne se sont pas affichés',
      body: 'Le serveur ne répond pas pour le moment. Vérifiez votre connexion, puis réessayez.',
      retry: 'Réessayer',
    },
  },
  challenge: {
    status: {
      DRAFT: 'Brouillon',
      OPEN: 'Ouvert',
      CLOSED: 'Clos',
    },
    ideas_zero: 'Pas encore d’idée',
    ideas_one: '{{count, number}} idée',
    ideas_other: '{{count, number}} idées',
    project: 'Projet\u00a0:',
    city: 'Ville\u00a0:',
    themes: 'Thèmes',
    closesOn: 'Jusqu’au {{date, datetime(dateStyle: long)}}',
    closedOn: 'Clôturé le {{date, datetime(dateStyle: long)}}',
  },
  notFound: {
    documentTitle: 'Page introuvable · Ouimake',
    title: 'Cette page est introuvable',
    body: 'L’adresse a peut-être changé, ou une lettre s’est glissée de travers. Les défis, eux, sont toujours là.',
    back: 'Retour aux défis',
  },
  routeError: {
    documentTitle: 'Un souci · Ouimake',
    title: 'Quelque chose s’est mal passé',
    body: 'Cette page n’a pas pu s’afficher. Rechargez-la\u00a0; si le souci revient, revenez un peu plus tard.',
    reload: 'Recharger la page',
  },
};

export type Messages = typeof fr;
