/**
 * The demo board: the Brest evening where about 35 people cooked together, heard local projects
 * present themselves and shared their questions, held the same night in Nantes and Rennes.
 * Seeded once, in French, on the first start of an empty embedded database (or with SEED_DEMO=true).
 */
import { ChallengeStatus, Role } from '@ouimake/domain';

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  city: string;
  bio: string;
  role: Role;
}

export interface DemoProject {
  key: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  city: string;
  website: string | null;
  holders: string[];
}

export interface DemoChallenge {
  project: string;
  author: string;
  title: string;
  description: string;
  city: string;
  themes: string[];
  status: ChallengeStatus;
  /** Days before the seeding that it was published (drafts: created). */
  publishedDaysAgo: number;
  /** Days after the seeding that it closes, if it does. */
  closesInDays?: number;
  voteBudget?: number;
  blindVoting?: boolean;
  outcome?: string;
}

/** The password of every demo account, on the embedded database only (shown in the README). */
export const DEMO_PASSWORD = 'ouimake-demo';

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'maelle',
    email: 'maelle.legall@ouimake.example',
    displayName: 'Maëlle Le Gall',
    city: 'Brest',
    role: Role.MEMBER,
    bio: 'Co-fondatrice de la Coopérative des Créateurs. Céramiste le reste du temps.',
  },
  {
    key: 'yannick',
    email: 'yannick.morvan@ouimake.example',
    displayName: 'Yannick Morvan',
    city: 'Brest',
    role: Role.MEMBER,
    bio: 'Anime les Ateliers Partagés : bois, couture et réparation.',
  },
  {
    key: 'soizic',
    email: 'soizic.kerbrat@ouimake.example',
    displayName: 'Soizic Kerbrat',
    city: 'Brest',
    role: Role.MEMBER,
    bio: 'Traiteure bio, paiements acceptés en monnaie locale.',
  },
  {
    key: 'thomas',
    email: 'thomas.guerin@ouimake.example',
    displayName: 'Thomas Guérin',
    city: 'Rennes',
    role: Role.MEMBER,
    bio: 'Coordinateur du réseau régional d’innovation sociale.',
  },
  {
    key: 'aurelie',
    email: 'aurelie.nedelec@ouimake.example',
    displayName: 'Aurélie Nédélec',
    city: 'Nantes',
    role: Role.MEMBER,
    bio: 'A ouvert un coworking rural dans l’ancienne école du village.',
  },
  {
    key: 'karim',
    email: 'karim.benali@ouimake.example',
    displayName: 'Karim Benali',
    city: 'Brest',
    role: Role.MEMBER,
    bio: 'Médiateur à la Cantine numérique.',
  },
  {
    key: 'claire',
    email: 'claire.fontaine@ouimake.example',
    displayName: 'Claire Fontaine',
    city: 'Nantes',
    role: Role.MEMBER,
    bio: 'Accueille les porteurs de projets au Bureau ouvert de l’ESS.',
  },
  {
    key: 'gaelle',
    email: 'gaelle.riou@ouimake.example',
    displayName: 'Gaëlle Riou',
    city: 'Rennes',
    role: Role.MEMBER,
    bio: 'Habite la ferme où se monte le tiers-lieu La Grange.',
  },
  {
    key: 'erwan',
    email: 'erwan.lebihan@ouimake.example',
    displayName: 'Erwan Le Bihan',
    city: 'Brest',
    role: Role.FACILITATOR,
    bio: 'Facilitateur des soirées Ouimake à Brest, Nantes et Rennes.',
  },
  {
    key: 'admin',
    email: 'admin@ouimake.example',
    displayName: 'Nolwenn Admin',
    city: 'Brest',
    role: Role.ADMIN,
    bio: 'Veille à ce que le tableau reste un lieu sûr.',
  },
  {
    key: 'lena',
    email: 'lena.cariou@ouimake.example',
    displayName: 'Léna Cariou',
    city: 'Brest',
    role: Role.MEMBER,
    bio: 'Bénévole dans deux associations, curieuse de tout.',
  },
  {
    key: 'malo',
    email: 'malo.jaouen@ouimake.example',
    displayName: 'Malo Jaouen',
    city: 'Nantes',
    role: Role.MEMBER,
    bio: 'Développeur indépendant, cherche un coworking.',
  },
];

export const DEMO_PROJECTS: DemoProject[] = [
  {
    key: 'coop',
    slug: 'cooperative-des-createurs',
    name: 'La Coopérative des Créateurs',
    city: 'Brest',
    website: null,
    holders: ['maelle'],
    summary:
      'Une boutique coopérative où une trentaine de créateurs du pays de Brest vendent leur travail et tiennent la caisse à tour de rôle.',
    description:
      'Céramique, bijoux, textile, illustration : chaque coopérateur tient quelques permanences par mois et participe aux décisions.\n\nNous cherchons comment **garder l’esprit collectif** en grandissant.',
  },
  {
    key: 'ateliers',
    slug: 'les-ateliers-partages',
    name: 'Les Ateliers Partagés',
    city: 'Brest',
    website: null,
    holders: ['yannick'],
    summary:
      'Des ateliers collaboratifs ouverts à tous : menuiserie, couture, réparation de vélos et de petit électroménager.',
    description:
      'Les ateliers tournent grâce à une équipe de bénévoles passionnés… qui s’essoufflent parfois.',
  },
  {
    key: 'traiteur',
    slug: 'le-gout-du-lien',
    name: 'Le Goût du Lien',
    city: 'Brest',
    website: null,
    holders: ['soizic'],
    summary:
      'Un traiteur bio et local qui accepte la monnaie locale et cuisine les invendus des producteurs voisins.',
    description: 'Nous avons cuisiné pour la soirée de Brest : 35 personnes autour des mêmes marmites.',
  },
  {
    key: 'reseau',
    slug: 'reseau-innovation-sociale',
    name: 'Réseau régional d’innovation sociale',
    city: 'Rennes',
    website: null,
    holders: ['thomas'],
    summary: 'Un réseau qui relie les initiatives d’innovation sociale de la région et les aide à essaimer.',
    description: 'Nous accompagnons une centaine de structures, des associations aux coopératives.',
  },
  {
    key: 'coworking',
    slug: 'lescale-coworking-rural',
    name: 'L’Escale, coworking rural',
    city: 'Nantes',
    website: null,
    holders: ['aurelie'],
    summary:
      'Un espace de coworking dans l’ancienne école d’un village, pour les indépendants qui ne veulent plus travailler seuls.',
    description:
      'Douze postes, une cuisine, un jardin, et beaucoup de questions sur la façon de décider ensemble.',
  },
  {
    key: 'cantine',
    slug: 'la-cantine-numerique',
    name: 'La Cantine numérique',
    city: 'Brest',
    website: null,
    holders: ['karim'],
    summary:
      'Le lieu du numérique de la ville : médiation, ateliers, rencontres entre développeurs, associations et curieux.',
    description: 'Nous accueillons des ateliers pour tous les âges et des rencontres de communautés.',
  },
  {
    key: 'ess',
    slug: 'bureau-ouvert-ess',
    name: 'Le Bureau ouvert de l’ESS',
    city: 'Nantes',
    website: null,
    holders: ['claire'],
    summary:
      'Un bureau ouvert où toute personne qui monte un projet d’économie sociale et solidaire peut venir poser ses questions.',
    description: 'Permanences sans rendez-vous le mardi et le jeudi.',
  },
  {
    key: 'grange',
    slug: 'tiers-lieu-la-grange',
    name: 'Tiers-lieu La Grange',
    city: 'Rennes',
    website: null,
    holders: ['gaelle'],
    summary:
      'Une grange de ferme transformée en lieu de rencontres, de concerts et d’ateliers, chez l’habitante.',
    description:
      'Le lieu est sur notre terrain, à côté de la maison : comment le rendre vraiment collectif ?',
  },
];

export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    project: 'coop',
    author: 'maelle',
    city: 'Brest',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 2,
    closesInDays: 30,
    themes: ['volunteering', 'paid-work', 'governance'],
    voteBudget: 3,
    title: 'Comment concilier activité rémunérée et engagement bénévole ?',
    description:
      'Dans notre coopérative, certains sont payés pour la gestion et d’autres donnent leurs permanences.\n\n- Comment rester justes les uns envers les autres ?\n- Qu’est-ce qui mérite d’être rémunéré, et qu’est-ce qui relève de l’engagement ?\n\nVos expériences nous intéressent, même les ratés.',
  },
  {
    project: 'grange',
    author: 'gaelle',
    city: 'Rennes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 3,
    themes: ['community-life', 'third-places', 'governance'],
    title: 'Comment faire vivre un lieu collectif quand on l’accueille chez soi ?',
    description:
      'La Grange est sur notre terrain, à vingt mètres de la maison. Nous voulons qu’elle appartienne à celles et ceux qui la font vivre, sans perdre notre intimité.\n\nQuelles règles, quels horaires, quelle gouvernance avez-vous vus fonctionner ?',
  },
  {
    project: 'coworking',
    author: 'aurelie',
    city: 'Nantes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 5,
    closesInDays: 12,
    themes: ['third-places', 'paid-work'],
    title: 'Comment former un groupe d’indépendants qui veulent partager un espace ?',
    description:
      'Graphistes, développeurs, traductrices : ils sont nombreux à travailler seuls chez eux dans le canton.\n\nComment les réunir autour d’un espace commun, et d’un engagement qui dure plus que l’hiver ?',
  },
  {
    project: 'reseau',
    author: 'thomas',
    city: 'Rennes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 6,
    closesInDays: 45,
    themes: ['public-partners', 'governance', 'funding'],
    blindVoting: true,
    title: 'Comment associer les collectivités sans qu’elles prennent la main sur le projet ?',
    description:
      'Les mairies et la région veulent soutenir nos initiatives. C’est une chance… et un risque.\n\nComment construire un partenariat où la collectivité **soutient sans diriger** ?',
  },
  {
    project: 'ateliers',
    author: 'yannick',
    city: 'Brest',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 8,
    themes: ['volunteering', 'community-life'],
    title: 'Comment impliquer des bénévoles sans qu’ils s’épuisent ?',
    description:
      'Nos ateliers reposent sur une dizaine de bénévoles très investis. Trois ont arrêté cette année, fatigués.\n\nComment mieux répartir la charge, accueillir de nouvelles personnes et dire merci ?',
  },
  {
    project: 'coworking',
    author: 'aurelie',
    city: 'Nantes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 10,
    themes: ['governance', 'third-places'],
    title: 'Comment gouverner notre coworking à plusieurs ?',
    description:
      'Aujourd’hui je décide de tout, et ce n’est bon ni pour moi ni pour le lieu.\n\nCollège des usagers, sociocratie, coopérative : par où commencer quand on est douze ?',
  },
  {
    project: 'traiteur',
    author: 'soizic',
    city: 'Brest',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 12,
    closesInDays: 20,
    themes: ['local-currency', 'food-waste'],
    title: 'Comment faire circuler la monnaie locale chez nos fournisseurs ?',
    description:
      'Nos clients paient volontiers en monnaie locale, mais nos fournisseurs ne l’acceptent pas tous : les billets s’accumulent dans la caisse.\n\nComment boucler la boucle ?',
  },
  {
    project: 'traiteur',
    author: 'soizic',
    city: 'Brest',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 15,
    themes: ['food-waste', 'community-life'],
    title: 'Comment réduire le gaspillage de nos buffets ?',
    description:
      'À chaque événement, il reste des plats. Nous donnons ce que nous pouvons, mais la chaîne du froid complique tout.\n\nIdées de partenariats, de formats, de doggy bags ?',
  },
  {
    project: 'grange',
    author: 'gaelle',
    city: 'Rennes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 18,
    themes: ['funding', 'third-places'],
    title: 'Comment financer un tiers-lieu sans dépendre des subventions ?',
    description:
      'Buvette, location de salle, adhésions, financement participatif : qu’est-ce qui marche vraiment pour un petit lieu rural ?',
  },
  {
    project: 'cantine',
    author: 'karim',
    city: 'Brest',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 20,
    closesInDays: 60,
    themes: ['digital', 'community-life'],
    title: 'Comment rendre nos ateliers numériques accessibles aux seniors ?',
    description:
      'Les personnes âgées qui en auraient le plus besoin viennent peu à nos ateliers.\n\nHoraires, lieux, bouche-à-oreille, binômes avec des jeunes : qu’avez-vous essayé ?',
  },
  {
    project: 'ess',
    author: 'claire',
    city: 'Nantes',
    status: ChallengeStatus.OPEN,
    publishedDaysAgo: 24,
    themes: ['paid-work', 'funding'],
    title: 'Comment se verser un premier salaire dans une jeune association ?',
    description:
      'Beaucoup de porteurs de projets nous posent la question : à partir de quand, et comment, passer du bénévolat à un premier emploi salarié ?',
  },
  {
    project: 'reseau',
    author: 'thomas',
    city: 'Brest',
    status: ChallengeStatus.CLOSED,
    publishedDaysAgo: 40,
    themes: ['community-life'],
    title: 'Comment organiser une soirée « cuisine et projets » dans trois villes à la fois ?',
    description:
      'Brest, Nantes et Rennes le même soir : cuisiner ensemble, écouter les projets du coin, partager nos questions.',
    outcome:
      'La soirée a eu lieu ! Environ 35 personnes à Brest, autant à Nantes et à Rennes.\n\nLes questions de la soirée sont devenues les défis de ce tableau : à vous de jouer.',
  },
  {
    project: 'cantine',
    author: 'karim',
    city: 'Brest',
    status: ChallengeStatus.DRAFT,
    publishedDaysAgo: 1,
    themes: ['digital'],
    title: 'Comment accueillir les communautés du logiciel libre le soir ?',
    description: 'Brouillon : à relire avec l’équipe avant publication.',
  },
];

export interface DemoIdea {
  /** The title of the challenge it answers. */
  challenge: string;
  author: string;
  title: string;
  body: string;
  voters: string[];
  comments: { author: string; body: string; replies?: { author: string; body: string }[] }[];
}

const BENEVOLAT = 'Comment impliquer des bénévoles sans qu’ils s’épuisent ?';
const REMUNERE = 'Comment concilier activité rémunérée et engagement bénévole ?';
const CHEZ_SOI = 'Comment faire vivre un lieu collectif quand on l’accueille chez soi ?';
const COLLECTIVITES = 'Comment associer les collectivités sans qu’elles prennent la main sur le projet ?';

export const DEMO_IDEAS: DemoIdea[] = [
  {
    challenge: BENEVOLAT,
    author: 'lena',
    voters: ['malo', 'maelle', 'karim', 'erwan'],
    title: 'Des missions courtes et bien décrites',
    body: 'Proposer des missions de 2 heures, avec une fiche claire : quoi, quand, avec qui. On s’engage plus facilement quand on sait où l’on met les pieds.',
    comments: [
      {
        author: 'yannick',
        body: 'On l’a essayé pour l’atelier vélo : trois nouvelles personnes en un mois !',
        replies: [{ author: 'lena', body: 'Super, tu pourrais partager votre modèle de fiche ?' }],
      },
      { author: 'karim', body: 'Un tableau en ligne pour voir les missions libres aiderait aussi.' },
    ],
  },
  {
    challenge: BENEVOLAT,
    author: 'karim',
    voters: ['lena', 'yannick'],
    title: 'Un planning partagé des permanences',
    body: 'Un planning en ligne où chacun choisit ses créneaux, avec un rappel la veille.',
    comments: [],
  },
  {
    challenge: BENEVOLAT,
    author: 'malo',
    voters: ['yannick'],
    title: 'Un repas de remerciement chaque trimestre',
    body: 'Dire merci autour d’une table : les bénévoles se rencontrent et se sentent reconnus.',
    comments: [{ author: 'soizic', body: 'Je veux bien cuisiner pour ça, en monnaie locale bien sûr.' }],
  },
  {
    challenge: REMUNERE,
    author: 'erwan',
    voters: ['lena', 'malo', 'claire'],
    title: 'Écrire ensemble une charte des rôles',
    body: 'Lister ce qui est payé, ce qui est bénévole, et pourquoi. La relire chaque année en assemblée.',
    comments: [{ author: 'claire', body: 'Au Bureau ouvert, nous avons un modèle de charte à partager.' }],
  },
  {
    challenge: REMUNERE,
    author: 'claire',
    voters: ['maelle'],
    title: 'Valoriser le temps bénévole en monnaie locale',
    body: 'Un petit défraiement en monnaie locale, symbolique mais concret.',
    comments: [],
  },
  {
    challenge: CHEZ_SOI,
    author: 'malo',
    voters: ['gaelle', 'lena'],
    title: 'Des horaires d’ouverture affichés et tenus',
    body: 'Le lieu est ouvert à tous aux horaires affichés ; le reste du temps, c’est la maison.',
    comments: [{ author: 'gaelle', body: 'Simple et clair, ça me plaît.' }],
  },
  {
    challenge: COLLECTIVITES,
    author: 'claire',
    voters: ['thomas', 'erwan', 'lena'],
    title: 'Une convention qui fixe qui décide de quoi',
    body: 'Écrire noir sur blanc ce que la collectivité finance et ce qu’elle ne décide pas.',
    comments: [],
  },
];
