import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ControlError, sendControlError } from './errors.ts';

/** Whether `host` is the usual loopback name (no token needed); any other host, even 127.0.0.2, needs one. */
export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

function same(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Express middleware that refuses every request without the token: `Authorization: Bearer <token>` for API
 * clients, `?token=<token>` for the control page opened in a browser.
 */
export function requireToken(token: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const given = bearer ?? query;
    if (given !== undefined && same(given, token)) return next();
    const why = given === undefined ? 'no token was sent' : 'the token is wrong';
    sendControlError(res, new ControlError('unauthorized', `${why}; send "Authorization: Bearer <token>" (or ?token=<token> for the control page) with the token \`brownout mocks\` printed.`));
  };
}
