/**
 * Faults for runtime tests, declared the way users declare them: YAML through the scenario loader (envelope,
 * the kind's params schema, rules), so each kind is tested through the public YAML path.
 */
import { loadScenarioText } from '../../harness/scenario/load.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';

const CONTEXT = '{ initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }';

/**
 * The faults of a scenario whose `faults:` list is `yaml` (a YAML sequence); throws listing every problem.
 * @example faultsFromYaml('- endpoint: GET /v3/company/{realmId}/query\n  kind: slow-body\n  params: { overMs: 1s }')
 */
export function faultsFromYaml(yaml: string, integration = 'quickbooks'): FaultSpec[] {
  const faults = yaml.trim().split('\n').map((line) => `  ${line}`).join('\n');
  const text = `title: runtime test\nintegration: ${integration}\nflow: ${integration}.runtime-test\ncontext: ${CONTEXT}\nfaults:\n${faults}\n`;
  const result = loadScenarioText(text, 'tests/runtime/inline.yaml');
  if (result.problems.length > 0) {
    throw new Error(`test scenario is invalid:\n${result.problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.scenarios[0]!.faults;
}

/** One fault on QuickBooks' query endpoint, `kind` with `params` written as a YAML flow mapping. */
export const queryFault = (kind: string, params = '{}', extra = '') =>
  faultsFromYaml(`- endpoint: GET /v3/company/{realmId}/query\n  kind: ${kind}\n  params: ${params}${extra ? `\n  ${extra}` : ''}`);

/** One fault on QuickBooks' create-purchase endpoint. */
export const purchaseFault = (kind: string, params = '{}') =>
  faultsFromYaml(`- endpoint: POST /v3/company/{realmId}/purchase\n  kind: ${kind}\n  params: ${params}`);

/** What a failed fetch says at the socket: `ECONNRESET`, `UND_ERR_SOCKET`, ... */
export const socketCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: string; cause?: { code?: string } } }).cause;
  return cause?.code ?? cause?.cause?.code;
};
