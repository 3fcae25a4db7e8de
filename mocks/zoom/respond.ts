import { randomBytes } from 'node:crypto';
import { sendTimeVars, type DialectVars } from '../kit/dialect.ts';
import { createResponder } from '../kit/responder.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/**
 * Send-time placeholder values: `requestId` as Zoom's `x-zm-trackingid`, and `dailyReset`, the ISO time (UTC
 * midnight) that Zoom's daily rate limit sends as `Retry-After`.
 */
function zoomVars(): DialectVars {
  const now = new Date();
  const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const dailyReset = reset.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...sendTimeVars(now), requestId: `v=2.0;clid=us05;rid=WEB_${randomBytes(16).toString('hex')}`, dailyReset };
}

/** How Zoom answers: its error dialect, and its tracking id on every answer. */
export const respond = createResponder({
  name: 'zoom',
  dialect: dialectJson,
  contentType: 'application/json;charset=UTF-8',
  vars: zoomVars,
  headers: (vars) => ({ 'x-zm-trackingid': String(vars.requestId) }),
});

/** An error thrown by handler code and answered as Zoom's `{ code, message }` (with `errors` for validation). */
export class ZoomFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    /** Field-level problems of a code 300 validation failure. */
    readonly errors?: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }

  /** A 300 Validation Failed naming each bad field. */
  static invalid(...fields: string[]): ZoomFailure {
    return new ZoomFailure(400, 300, 'Validation Failed.', fields.map((field) => ({ field, message: 'Invalid field.' })));
  }

  /** Zoom's JSON answer for this failure. */
  toResponse(): Response {
    const body = { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
    return respond.json(body, { status: this.status });
  }
}
