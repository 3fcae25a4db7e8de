/**
 * How reports name an integration: by what the run recorded (its provider's title and category, set by the
 * runner from the config's providers, custom ones included), else by its slug. Reports never ask the providers.
 */

/** What a journal entry records of its integration (a scenario result, an inventory call). */
export interface IntegrationRecord {
  integration: string;
  integrationTitle?: string;
  integrationCategory?: string;
}

/** The name a user knows the integration by: its recorded title, else its slug. */
export const integrationTitle = (r: IntegrationRecord): string => r.integrationTitle ?? r.integration;

/** The case study's grouping: its recorded category, else `Other`. */
export const integrationCategory = (r: IntegrationRecord): string => r.integrationCategory ?? 'Other';

/**
 * Title per slug over journal entries (the first recorded title wins; a slug without one names itself).
 * @example integrationTitles([{ integration: 'zoom', integrationTitle: 'Zoom' }]).get('zoom') // 'Zoom'
 */
export function integrationTitles(records: Iterable<IntegrationRecord>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const r of records) {
    if (r.integrationTitle && titles.get(r.integration) === r.integration) titles.delete(r.integration);
    if (!titles.has(r.integration)) titles.set(r.integration, integrationTitle(r));
  }
  return titles;
}
