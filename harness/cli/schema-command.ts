import { scenarioJsonSchema } from '../scenario/json-schema.ts';

/** Prints the scenario JSON Schema, generated from the same source as the validator. */
export function schemaCommand(): void {
  console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
}
