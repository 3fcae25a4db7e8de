/** The data attributes the report's filters read (integration, severities, fault kinds), per scenario pair. */
import type { ScenarioPair } from '../compare.ts';

/** Space-separated tokens of one pair for each filter, before and after merged. */
export function filterTokens(pairs: readonly ScenarioPair[]): { integration: string; severity: string; fault: string } {
  const results = pairs.flatMap((p) => [p.before, p.after]).filter((r) => r !== undefined);
  const join = (values: (string | undefined | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort().join(' ');
  return {
    integration: join(results.map((r) => r.integration)),
    severity: join(results.map((r) => r.severity)),
    fault: join(results.map((r) => r.fault?.kind)),
  };
}
