import type { Flow } from './types.ts';
import { importUserModule } from '../input/import-module.ts';
import { productTimeoutProblem } from './product-timeout.ts';

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
  const problem = flows.map(productTimeoutProblem).find((p) => p !== null);
  return problem ? `${file}: ${problem}` : flows;
}
