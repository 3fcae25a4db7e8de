import type { DialectVars } from '../kit/dialect.ts';
import type { Effect } from '../kit/effect.ts';
import { createResponder } from '../kit/responder.ts';
import { intuitTid, qboTime } from './clock.ts';
import dialectJson from './dialect.json' with { type: 'json' };
import errorsJson from './errors.json' with { type: 'json' };

/** A business error QuickBooks reports inside a ValidationFault (see errors.json). */
export type QboErrorName = keyof typeof errorsJson;

/**
 * How QuickBooks Online answers: its error dialect, its own time format and an `intuit_tid` trace id as send-time
 * values, and that trace id on every JSON answer.
 */
export const respond = createResponder({
  name: 'quickbooks',
  dialect: dialectJson,
  contentType: 'application/json;charset=UTF-8',
  vars: () => {
    const now = new Date();
    return { time: qboTime(now), timeMs: now.getTime(), requestId: intuitTid(now) };
  },
  headers: (vars) => ({ intuit_tid: String(vars.requestId) }),
});

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
    const vars = { ...respond.vars(), ...this.vars };
    const filled = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
    return respond.fromDialect('validation', { ...vars, code, message: filled(message), detail: filled(detail), element: this.element });
  }
}

/** A successful QuickBooks JSON answer: the payload plus `time` (QuickBooks stamps every answer), with its trace id. */
export function qboJson(payload: Record<string, unknown>, status = 200, effect?: Effect): Response {
  const vars = respond.vars();
  return respond.json({ ...payload, time: vars.time }, { status, effect, vars });
}
