import type { Flow } from './types.ts';
import { importUserModule } from '../input/import-module.ts';
import { MAX_STUCK_MS } from '../input/duration.ts';

/** Time the UI gets after the product's own timeout to tell the user, before a busy indicator counts as stuck (ms). */
export const PRODUCT_TIMEOUT_MARGIN_MS = 2000;
/** The largest `productTimeoutMs` a flow may declare: its stuck threshold must stay within MAX_STUCK_MS. */
const MAX_PRODUCT_TIMEOUT_MS = MAX_STUCK_MS - PRODUCT_TIMEOUT_MARGIN_MS;

const isFlow = (value: unknown): value is Flow => {
  const v = value as Partial<Flow> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.run === 'function';
};

/**
 * Imports a flow module and returns the flows it exports (each export a flow or a list of flows), or a
 * sentence saying what is wrong with it.
 */
export async function importFlows(file: string): Promise<Flow[] | string> {
  let module: Record<string, unknown>;
  try {
    module = await importUserModule(file);
  } catch (error) {
    return `cannot load the flow module ${file}: ${(error as Error).message.split('\n')[0]}`;
  }
  const flows = [...new Set(Object.values(module).flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isFlow))];
  if (flows.length === 0) return `${file} exports no flow (an object with name, integration, title and run(), see defineFlow)`;
  for (const flow of flows) {
    const timeout = flow.productTimeoutMs;
    if (timeout !== undefined && !(typeof timeout === 'number' && Number.isInteger(timeout) && timeout > 0 && timeout <= MAX_PRODUCT_TIMEOUT_MS)) {
      return `${file}: flow "${flow.name}": productTimeoutMs must be a whole number of ms from 1 to ${MAX_PRODUCT_TIMEOUT_MS} (with the ${PRODUCT_TIMEOUT_MARGIN_MS} ms margin, a stuck threshold of at most ${MAX_STUCK_MS / 1000} s), got ${JSON.stringify(timeout) ?? String(timeout)}`;
    }
  }
  return flows;
}
