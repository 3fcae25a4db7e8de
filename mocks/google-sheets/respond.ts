import { createResponder } from '../kit/responder.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** How Google answers: its error dialect (Sheets' AIP-193 envelope) and its JSON. */
export const respond = createResponder({ name: 'google-sheets', dialect: dialectJson, contentType: 'application/json; charset=UTF-8' });

/** An error thrown by handler code and answered in Google's envelope (Drive adds the legacy `errors` array). */
export class GoogleFault extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    /** Drive's legacy per-error entries (`reason`, `location`...); Sheets sends none. */
    readonly errors?: Array<Record<string, string>>,
  ) {
    super(message);
  }

  toResponse(): Response {
    const error = { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors.map((e) => ({ message: this.message, domain: 'global', ...e })) } : {}), status: this.status };
    return respond.json({ error }, { status: this.code });
  }
}

/** The 401 Google sends without any credential (reason CREDENTIALS_MISSING). */
export function credentialsMissing(service: string): Response {
  const message = 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
  const details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'CREDENTIALS_MISSING', domain: 'googleapis.com', metadata: { service } }];
  return respond.json({ error: { code: 401, message, status: 'UNAUTHENTICATED', details } }, { status: 401 });
}
