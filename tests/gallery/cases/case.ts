import { behaviours, type Behaviour, type BehaviourId } from '../behaviours.ts';

/** One gallery page of one design system: the behaviour it renders, under its page id, and its label. */
export interface LibraryCase extends Behaviour {
  /** Behaviour id. */
  id: string;
  /** Page id inside the library's bundle (`?case=<page>`). */
  page: string;
  library: string;
}

/** A design system's pages: its bundle name, the npm package it renders with, and its labelled cases. */
export interface LibraryCases {
  library: string;
  npmPackage: string;
  cases: LibraryCase[];
}

/**
 * The labelled cases of a library: every behaviour but those it has no documented component for (each remaining
 * behaviour's page must be in its bundle).
 * @example libraryCases('govuk', 'govuk-frontend', { except: ['error-toast'] })
 */
export function libraryCases(library: string, npmPackage: string, options: { except?: readonly BehaviourId[] } = {}): LibraryCases {
  const ids = (Object.keys(behaviours) as BehaviourId[]).filter((id) => !options.except?.includes(id));
  return { library, npmPackage, cases: ids.map((id) => ({ ...behaviours[id], id, page: behaviours[id].page ?? id, library, name: `${library}: ${behaviours[id].name}` })) };
}
