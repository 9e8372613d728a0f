import { Foundation1795917935098 } from './1795917935098-Foundation';
import { AddThemeTaxonomy1795917935099 } from './1795917935099-AddThemeTaxonomy';
import { EnableTextSearch1795917935100 } from './1795917935100-EnableTextSearch';
import { AddAccounts1795919421423 } from './1795919421423-AddAccounts';
import { AddChallengeFollows1795920609611 } from './1795920609611-AddChallengeFollows';
import { AddChallengeSearch1795920609612 } from './1795920609612-AddChallengeSearch';
import { AddIdeasVotesComments1795921019729 } from './1795921019729-AddIdeasVotesComments';
import { AddBrainstormSessions1795921606771 } from './1795921606771-AddBrainstormSessions';
import { AddCuration1796144282707 } from './1796144282707-AddCuration';
import { AddEvents1796144966886 } from './1796144966886-AddEvents';
import { AddNotificationsAndMail1796145641559 } from './1796145641559-AddNotificationsAndMail';
import { AddChallengeJoinCode1796154922712 } from './1796154922712-AddChallengeJoinCode';
import { AddAccountDeletion1796155500000 } from './1796155500000-AddAccountDeletion';
import { AddClientKeys1796168381555 } from './1796168381555-AddClientKeys';
import { KeepBoardScores1796210000000 } from './1796210000000-KeepBoardScores';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Foundation1795917935098,
  AddThemeTaxonomy1795917935099,
  EnableTextSearch1795917935100,
  AddAccounts1795919421423,
  AddChallengeFollows1795920609611,
  AddChallengeSearch1795920609612,
  AddIdeasVotesComments1795921019729,
  AddBrainstormSessions1795921606771,
  AddCuration1796144282707,
  AddEvents1796144966886,
  AddNotificationsAndMail1796145641559,
  AddChallengeJoinCode1796154922712,
  AddAccountDeletion1796155500000,
  AddClientKeys1796168381555,
  KeepBoardScores1796210000000,
];
