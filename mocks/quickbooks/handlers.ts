import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import type { HandlerOptions } from '../types.ts';
import { EFFECT_HEADER } from '../kit/effect.ts';
import { createCompanyState, ENTITY_NAMES, type CompanyState } from './data.ts';
import { createInvoice } from './invoice.ts';
import { createItem } from './item.ts';
import { createPurchase } from './purchase.ts';
import { answerQuery } from './query.ts';
import { asObject } from './refs.ts';
import { QboFault, qboJson, respond } from './respond.ts';
import { parseJsonData } from '../json-data.ts';

type Operation = (args: { request: Request; url: URL; params: Record<string, unknown> }) => Response | Promise<Response>;
type Create = (state: CompanyState, body: Record<string, unknown>) => Response;

/**
 * With `strictAuth`, checks what QuickBooks checks before anything else: a Bearer token (401), then the realm
 * (403). By default identity is not the fault under test: any token (or none) and any realm id get the seeded
 * company's data.
 */
function guard(state: CompanyState, operation: Operation, strictAuth = false): HttpResponseResolver {
  return async ({ request, params }) => {
    if (strictAuth && !/^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '')) return respond.fromDialect('auth-revoked');
    if (strictAuth && params.realmId !== state.realmId) return respond.fromDialect('forbidden');
    try {
      return await operation({ request, url: new URL(request.url), params });
    } catch (error) {
      if (error instanceof QboFault) return error.toResponse();
      throw error;
    }
  };
}

/** A create: JSON body checked, and QuickBooks' `?requestid=` honoured (a repeat gets the first success back, unchanged). */
function create(state: CompanyState, createEntity: Create): Operation {
  return async ({ request, url }) => {
    const requestId = url.searchParams.get('requestid');
    const key = requestId ? `${url.pathname}#${requestId}` : null;
    const kept = key ? state.replays.get(key) : undefined;
    if (kept) {
      const headers = { 'Content-Type': 'application/json;charset=UTF-8', intuit_tid: String(respond.vars().requestId), [EFFECT_HEADER]: 'none' };
      return new Response(kept.text, { status: kept.status, headers });
    }
    const body = asObject(parseJson(await request.text()));
    if (!body) throw new QboFault('invalid-property', { field: 'request body (expected a JSON object)' });
    const response = createEntity(state, body);
    if (key && response.ok) state.replays.set(key, { status: response.status, text: await response.clone().text() });
    return response;
  };
}

function parseJson(text: string): unknown {
  try {
    return parseJsonData(text);
  } catch {
    return undefined;
  }
}

/** `GET /v3/company/{realmId}/{entity}/{id}`: the entity, or 610 Object Not Found. Unknown entity names fall through. */
function readById(state: CompanyState, strictAuth: boolean): HttpResponseResolver {
  const read = guard(state, ({ params }) => {
    const name = ENTITY_NAMES.find((entity) => entity.toLowerCase() === String(params.entity).toLowerCase())!;
    const found = state.entities[name].find((entity) => entity.Id === String(params.id));
    return found ? qboJson({ [name]: structuredClone(found) }) : respond.fromDialect('not-found');
  }, strictAuth);
  return (info) => {
    const known = ENTITY_NAMES.some((entity) => entity.toLowerCase() === String(info.params.entity).toLowerCase());
    return known ? read(info) : undefined;
  };
}

/**
 * QuickBooks Online v3 handlers over one company's state (fresh seeded state by default): queries, reads by id,
 * and creating purchases, invoices and items, with QuickBooks' auth, realm and validation answers.
 * `?minorversion=` is accepted and ignored (the mock speaks minor version 75).
 */
export function createQuickBooksHandlers(state: CompanyState = createCompanyState(), options: HandlerOptions = {}): RequestHandler[] {
  const strict = options.strictAuth ?? false;
  return [
    http.get('/v3/company/:realmId/query', guard(state, ({ url }) => answerQuery(state, url.searchParams.get('query')), strict)),
    http.post('/v3/company/:realmId/query', guard(state, async ({ request }) => answerQuery(state, await request.text()), strict)),
    http.post('/v3/company/:realmId/purchase', guard(state, create(state, createPurchase), strict)),
    http.post('/v3/company/:realmId/invoice', guard(state, create(state, createInvoice), strict)),
    http.post('/v3/company/:realmId/item', guard(state, create(state, createItem), strict)),
    http.get('/v3/company/:realmId/:entity/:id', readById(state, strict)),
  ];
}
