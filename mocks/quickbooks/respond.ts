import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import { intuitTid, qboTime } from './clock.ts';
import dialectJson from './dialect.json' with { type: 'json' };
import errorsJson from './errors.json' with { type: 'json' };

/** QuickBooks Online's error dialect, keyed by failure kind (checked on load). */
export const quickbooksDialect = parseDialect(dialectJson, 'mocks/quickbooks/dialect.json');

/** A business error QuickBooks reports inside a ValidationFault (see errors.json). */
export type QboErrorName = keyof typeof errorsJson;

/** Send-time placeholder values: QuickBooks' own time format and an `intuit_tid` trace id. */
export function quickbooksVars(): DialectVars {
  const now = new Date();
  return { time: qboTime(now), timeMs: now.getTime(), requestId: intuitTid(now) };
}

/** A failure in QuickBooks' words, thrown by handler code and answered by `guard` as a Fault response. */
export class QboFault extends Error {
  constructor(
    readonly error: QboErrorName,
    readonly vars: DialectVars = {},
    /** Goes into the error's `element` (the field at fault). */
    readonly element = '',
  ) {
    super(`QuickBooks ${error}`);
  }

  /** The ValidationFault response (HTTP 400) QuickBooks sends for this error. */
  toResponse(): Response {
    const { code, message, detail } = errorsJson[this.error];
    const vars = { ...quickbooksVars(), ...this.vars };
    const filled = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
    return renderDialect(quickbooksDialect.validation!, {
      vars: { ...vars, code, message: filled(message), detail: filled(detail), element: this.element },
    });
  }
}

/** A dialect entry (`auth-revoked`, `forbidden`, `not-found`...) as QuickBooks sends it right now. */
export function qboDialect(kind: string, vars: DialectVars = {}): Response {
  const entry = quickbooksDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/quickbooks/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars: { ...quickbooksVars(), ...vars } });
}

/** A successful QuickBooks JSON answer: the payload plus `time`, with QuickBooks' content type and trace id. */
export function qboJson(payload: Record<string, unknown>, status = 200, effect?: Effect): Response {
  const vars = quickbooksVars();
  const headers: Record<string, string> = { 'Content-Type': 'application/json;charset=UTF-8', intuit_tid: String(vars.requestId) };
  if (effect) headers[EFFECT_HEADER] = effect;
  return new Response(JSON.stringify({ ...payload, time: vars.time }), { status, headers });
}
