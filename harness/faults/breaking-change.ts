import { z } from 'zod';
import { FaultError } from './errors.ts';
import { JSON_TYPES, KEY_STYLES, recaseKeys, retype, visitPath } from './json-shape.ts';
import { firstDialect } from './params.ts';
import type { FaultContext, FaultKind, FaultOutcome } from './types.ts';

const CHANGES = ['remove-field', 'rename-field', 'retype-field', 'envelope', 'endpoint-gone', 'version-sunset', 'silent'] as const;
const USES: Record<(typeof CHANGES)[number], readonly string[]> = {
  'remove-field': ['path'],
  'rename-field': ['path', 'to'],
  'retype-field': ['path', 'type'],
  envelope: ['wrapIn'],
  'endpoint-gone': ['status'],
  'version-sunset': ['stage'],
  silent: ['style'],
};
const REQUIRED = new Set(['path', 'to', 'type']);
const SUNSET_DAYS = 30;

const params = z
  .strictObject({
    change: z.enum(CHANGES).default('endpoint-gone').describe('What the provider changed (see each param for the change it belongs to).'),
    path: z.string().min(1).optional().describe('remove-/rename-/retype-field: the field, dots between names (QueryResponse.Vendor.DisplayName); arrays are walked item by item.'),
    to: z.string().min(1).optional().describe('rename-field: the new name of the field.'),
    type: z.enum(JSON_TYPES).optional().describe('retype-field: the JSON type the value becomes.'),
    wrapIn: z.string().min(1).optional().describe('envelope: the key the whole body moves under (default data).'),
    status: z.union([z.literal(404), z.literal(410)]).optional().describe("endpoint-gone: 404 (dialect not-found) or 410 (dialect version-gone); default the provider's version-gone answer."),
    stage: z.enum(['warning', 'deprecated', 'gone']).optional().describe('version-sunset: warning (200 with Deprecation and Sunset headers), deprecated (dialect deprecated) or gone (dialect version-gone; default).'),
    style: z.enum(KEY_STYLES).optional().describe('silent: the naming convention every key switches to (default the first that changes something: snake_case, camelCase, PascalCase).'),
  })
  .superRefine((p, ctx) => {
    const uses = USES[p.change];
    for (const key of Object.values(USES).flat()) {
      const given = p[key as keyof typeof p] !== undefined;
      if (given && !uses.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `${key} does not apply to change ${p.change}; it takes ${uses.join(', ')}` });
      if (!given && uses.includes(key) && REQUIRED.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: `change ${p.change} needs ${uses.join(' and ')}` });
    }
  });

type Params = z.infer<typeof params>;

async function jsonOf(response: Response, context: FaultContext<Params>): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new FaultError(`breaking-change ${context.params.change}: the ${context.endpoint.endpoint} answer (${response.status}) is not JSON, so it has no fields to change; use change endpoint-gone or version-sunset for it.`);
  }
}

function reshaped(response: Response, body: unknown, details: Record<string, string | number>): FaultOutcome {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return { type: 'response', response: new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers }), details };
}

async function changeFields(context: FaultContext<Params>): Promise<FaultOutcome> {
  const { params } = context;
  const response = await context.passThrough();
  const body = await jsonOf(response, context);
  if (params.change === 'envelope') return reshaped(response, { [params.wrapIn ?? 'data']: body }, { change: params.change });
  if (params.change === 'silent') {
    const styles = params.style ? [params.style] : KEY_STYLES;
    for (const style of styles) {
      const { value, changed } = recaseKeys(body, style);
      if (changed > 0) return reshaped(response, value, { change: params.change, style, changed });
    }
    throw new FaultError(`breaking-change silent: no key of the ${context.endpoint.endpoint} answer changes in ${styles.join(', ')}; pick another style or use rename-field.`);
  }
  const path = params.path!;
  const count = visitPath(body, path, (holder, key) => {
    if (params.change === 'remove-field') delete holder[key];
    else if (params.change === 'retype-field') holder[key] = retype(holder[key], params.type!);
    else {
      holder[params.to!] = holder[key];
      delete holder[key];
    }
  });
  if (count === 0) {
    const top = body !== null && typeof body === 'object' ? Object.keys(body).join(', ') : typeof body;
    throw new FaultError(`breaking-change ${params.change}: path "${path}" matches no field in the ${context.endpoint.endpoint} answer (${response.status}); its top-level fields: ${top || 'none'}. Fix params.path (dots between names).`);
  }
  return reshaped(response, body, { change: params.change, path, fields: count });
}

async function sunset(context: FaultContext<Params>): Promise<FaultOutcome> {
  const stage = context.params.stage ?? 'gone';
  if (stage === 'deprecated') return { type: 'response', response: firstDialect(context, ['deprecated', 'version-gone']), details: { change: 'version-sunset', stage } };
  if (stage === 'gone') return { type: 'response', response: firstDialect(context, ['version-gone', 'deprecated', 'not-found']), details: { change: 'version-sunset', stage } };
  const response = await context.passThrough();
  const headers = new Headers(response.headers);
  // RFC 9745 Deprecation (a structured-field date) and RFC 8594 Sunset (an HTTP date).
  const now = Date.now();
  headers.set('deprecation', `@${Math.floor(now / 1000)}`);
  headers.set('sunset', new Date(now + SUNSET_DAYS * 86_400_000).toUTCString());
  return { type: 'response', response: new Response(response.body, { status: response.status, statusText: response.statusText, headers }), details: { change: 'version-sunset', stage } };
}

/**
 * The provider changed its API under the client: a field removed, renamed or retyped (by path in the happy
 * answer), the envelope changed, every key renamed to another convention (`silent`: all 200s), the endpoint
 * gone (404/410 in the provider's words), or the version sunset (a warning header, deprecated, gone).
 * @example { kind: breaking-change, params: { change: rename-field, path: QueryResponse.Vendor.DisplayName, to: Name } }
 */
export const breakingChange: FaultKind<Params> = {
  name: 'breaking-change',
  transient: false,
  dialectKeys: ['not-found', 'version-gone', 'deprecated'],
  summary: 'the provider changed its API (params: change remove-field|rename-field|retype-field|envelope|endpoint-gone|version-sunset|silent, default endpoint-gone; path, to, type, wrapIn, status 404|410, stage warning|deprecated|gone, style)',
  params,
  async apply(context) {
    const { params } = context;
    if (params.change === 'version-sunset') return sunset(context);
    if (params.change !== 'endpoint-gone') return changeFields(context);
    const keys = params.status === 404 ? ['not-found', 'version-gone'] : ['version-gone', 'not-found'];
    return { type: 'response', response: firstDialect(context, keys, params.status ? { status: params.status } : undefined), details: { change: params.change } };
  },
};
