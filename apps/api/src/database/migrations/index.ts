import { Foundation1795917935098 } from './1795917935098-Foundation';
import { AddThemeTaxonomy1795917935099 } from './1795917935099-AddThemeTaxonomy';
import { EnableTextSearch1795917935100 } from './1795917935100-EnableTextSearch';
import { AddAccounts1795919421423 } from './1795919421423-AddAccounts';
import { AddChallengeFollows1795920609611 } from './1795920609611-AddChallengeFollows';
import { AddChallengeSearch1795920609612 } from './1795920609612-AddChallengeSearch';
import { AddIdeasVotesComments1795921019729 } from './1795921019729-AddIdeasVotesComments';
import { AddBrainstormSessions1795921606771 } from './1795921606771-AddBrainstormSessions';

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
];
