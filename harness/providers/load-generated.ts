import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseCatalogue, parseDialect } from '../../mocks/schema.ts';
import type { RoutableProvider } from '../config/providers.ts';
import type { EndpointData, ProviderMeta } from './format.ts';
import { createReplayHandlers } from './replay-handlers.ts';

const storedResponse = z.strictObject({ status: z.number().int().min(100).max(599), headers: z.record(z.string(), z.string()).optional(), body: z.unknown() });
const endpointData = z.strictObject({
  responses: z.array(storedResponse),
  requiredBody: z.array(z.string()).optional(),
  collection: z.strictObject({ role: z.enum(['create', 'list', 'item']), collection: z.string() }).optional(),
});
const meta = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  category: z.string().min(1),
  hosts: z.array(z.string()),
  generatedFrom: z.strictObject({ kind: z.enum(['openapi', 'har']), file: z.string(), command: z.string() }),
});

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`brownout: cannot read ${file}: ${(error as Error).message}. Regenerate the folder with the command in its provider.json.`);
  }
}

function parsed<T>(schema: z.ZodType<T>, file: string): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new Error(`brownout: ${file} is not a generated provider's file:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * A provider from a folder `brownout provider new` wrote (provider.json, catalogue.json, dialect.json,
 * responses.json), served by the generic replay handlers with fresh state per `createHandlers()`. Dialect
 * entries may use `{{nowS}}` and `{{resetAtS}}` (epoch seconds: now, and 60 s from now) besides the usual ones.
 * @example export const github = generatedProvider(new URL('./', import.meta.url));
 */
export function generatedProvider(folder: string | URL): RoutableProvider {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const about: ProviderMeta = parsed(meta, join(dir, 'provider.json'));
  const catalogue = parseCatalogue(readJson(join(dir, 'catalogue.json')), join(dir, 'catalogue.json'));
  const dialect = parseDialect(readJson(join(dir, 'dialect.json')), join(dir, 'dialect.json'));
  const endpoints: Record<string, EndpointData> = parsed(z.record(z.string(), endpointData), join(dir, 'responses.json'));
  const source = { name: about.name, catalogue, dialect, endpoints };
  return {
    name: about.name,
    title: about.title,
    category: about.category,
    catalogue,
    dialect,
    createHandlers: () => createReplayHandlers(source),
    // For rate-limit reset headers (epoch seconds): now, and a minute from now.
    dialectVars: () => {
      const nowS = Math.floor(Date.now() / 1000);
      return { nowS, resetAtS: nowS + 60 };
    },
    ...(about.hosts.length > 0 ? { hosts: about.hosts } : {}),
  };
}
