/**
 * The control API's errors: one table of reasons -> HTTP status, one error class, one JSON shape
 * `{ error, status }` (like toxiproxy's `ApiError`).
 */
import type { Response } from 'express';

/** Every reason the control API refuses a request, with its HTTP status. */
export const controlErrorStatus = {
  'malformed-json': 400,
  'invalid-faults': 400,
  'invalid-query': 400,
  unauthorized: 401,
  forbidden: 403,
  'unknown-route': 404,
  'unknown-provider': 404,
  'unknown-fault': 404,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
} as const;

/** A reason in `controlErrorStatus`. */
export type ControlErrorReason = keyof typeof controlErrorStatus;

/** A refusal to send as `{ error, status }`; `message` already says what failed and how to fix it. */
export class ControlError extends Error {
  override name = 'ControlError';
  readonly status: number;
  constructor(
    readonly reason: ControlErrorReason,
    message: string,
  ) {
    super(message.startsWith('brownout:') ? message : `brownout: ${message}`);
    this.status = controlErrorStatus[reason];
  }
}

/** Maps anything thrown while handling a request (ours, express's body parser, a bug) to a ControlError. */
export function toControlError(error: unknown): ControlError {
  if (error instanceof ControlError) return error;
  const e = error as { type?: string; status?: number; message?: string; limit?: number };
  if (e?.type === 'entity.parse.failed') {
    return new ControlError('malformed-json', `the request body is not valid JSON (${e.message}); send a JSON object or array with content-type application/json.`);
  }
  if (e?.type === 'entity.too.large') {
    return new ControlError('body-too-large', `the request body is larger than ${e.limit} bytes; send fewer faults per request.`);
  }
  if (e?.status && e.status >= 400 && e.status < 500) {
    return new ControlError('malformed-json', `the request body could not be read (${e.message}); send JSON with content-type application/json.`);
  }
  return new ControlError('internal', `internal error in the control API: ${e?.message ?? String(error)}.`);
}

/** Sends a ControlError as `{ error, status }`. */
export function sendControlError(res: Response, error: ControlError): void {
  res.status(error.status).json({ error: error.message, status: error.status });
}
