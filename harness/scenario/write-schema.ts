/**
 * Writes `scenarios/scenario.schema.json` from `scenarioJsonSchema()` (run after adding a fault kind,
 * a provider or a decision-tree answer): `node_modules/.bin/tsx harness/scenario/write-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from './json-schema.ts';

/** Where the editors' schema lives (scenario files point at it with `# yaml-language-server: $schema=`). */
export const scenarioSchemaPath = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

/** The file's exact text: the schema as 2-space JSON with a final newline. */
export const scenarioSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(scenarioSchemaPath, scenarioSchemaText());
  console.log(`wrote ${scenarioSchemaPath}`);
}
