import { scenarioJsonSchema } from '../scenario/json-schema.ts';

/**
 * Prints the scenario JSON Schema, generated from the same source as the validator: the built-in providers by
 * default; with a config, its providers' endpoint ids and its flow names as enums (for the product's own
 * `# yaml-language-server: $schema=`). An invalid config throws its ConfigError (exit 2 at the CLI boundary).
 */
export async function schemaCommand(configFile?: string): Promise<number> {
  if (configFile === undefined) {
    console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
    return 0;
  }
  const { discoverConfig } = await import('../config/discover.ts');
  const config = await discoverConfig(configFile);
  const flowNames = { names: config.flows.map((f) => f.name), registeredBy: config.file };
  console.log(JSON.stringify(scenarioJsonSchema({ providers: config.providers, flowNames }), null, 2));
  return 0;
}
