import { z } from 'zod';
import type { Dialect, EndpointDef } from './types.ts';

const endpointDef = z.strictObject({
  endpoint: z.string().regex(/^[A-Z]+ \/\S*$/, 'expected "METHOD /path/{param}"'),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']),
  path: z.string().startsWith('/'),
  kind: z.enum(['read', 'mutation']),
  idempotent: z.boolean(),
  summary: z.string().min(1),
});

const dialectResponse = z.strictObject({
  status: z.number().int().min(100).max(599),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown(),
  vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  notes: z.string().optional(),
});

/** Checks a provider's `catalogue.json` (and that each id is `method path`); throws with every problem listed. */
export function parseCatalogue(json: unknown, file: string): EndpointDef[] {
  const parsed = z.array(endpointDef).safeParse(json);
  if (!parsed.success) throw new Error(`brownout: ${file} is not a valid catalogue:\n${z.prettifyError(parsed.error)}`);
  for (const def of parsed.data) {
    if (def.endpoint !== `${def.method} ${def.path}`) {
      throw new Error(`brownout: ${file}: endpoint "${def.endpoint}" must equal "${def.method} ${def.path}" (method, space, path).`);
    }
  }
  return parsed.data;
}

/** Checks a provider's `dialect.json`; throws with every problem listed. */
export function parseDialect(json: unknown, file: string): Dialect {
  const parsed = z.record(z.string(), dialectResponse).safeParse(json);
  if (!parsed.success) throw new Error(`brownout: ${file} is not a valid dialect:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
