import type { Locale, Role } from '@ouimake/domain';
import type { Loaders } from '../dataloader/loaders';

/** The person a request acts for. Anonymous requests have none. */
export interface Viewer {
  id: string;
  role: Role;
}

/** What every resolver of one request shares: who asks, in which language, and its DataLoaders. */
export interface RequestContext {
  viewer: Viewer | null;
  locale: Locale;
  loaders: Loaders;
}
