/**
 * What keeps web pages the developer has open away from a control API on loopback without a token: writes
 * must be `application/json` (a page cannot send that cross-site without a CORS preflight, which is never
 * granted), an `Origin` must be the control page's own, and the `Host` must name the served address (a
 * DNS-rebinding page sends its own host name).
 */
import type { NextFunction, Request, Response } from 'express';
import { escapeControl } from '../escape-control.ts';
import { isLoopback } from './auth.ts';
import { ControlError } from './errors.ts';

/** Loopback names a browser may use for the same socket. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

const bracketed = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** `host:port` names under which `bound` (the --host given) is this server, for the port the request came in on. */
function servedHosts(bound: string, port: number): Set<string> {
  const names = isLoopback(bound) ? LOOPBACK_NAMES : [bracketed(bound)];
  return new Set(names.map((name) => `${name}:${port}`));
}

/**
 * Express middleware that refuses cross-site writes, foreign origins and rebound host names (403/415).
 * `checkHost` is off when a token guards the API on a non-loopback interface (its clients use any address).
 */
export function sameOrigin(bound: string, checkHost: boolean) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const hosts = servedHosts(bound, req.socket.localPort ?? 0);
    const host = (req.get('host') ?? '').toLowerCase();
    if (checkHost && !hosts.has(host)) {
      return next(new ControlError('forbidden', `Host "${escapeControl(host)}" is not this control API (${[...hosts].join(', ')}); open the URL \`brownout mocks\` printed (a page under another host name is refused, against DNS rebinding).`));
    }
    const origin = req.get('origin');
    if (origin !== undefined && !(checkHost ? [...hosts] : [host]).some((h) => origin.toLowerCase() === `http://${h}`)) {
      return next(new ControlError('forbidden', `Origin "${escapeControl(origin)}" may not use the control API; only its own page (http://${[...hosts][0]}) and clients that send no Origin (curl, scripts) may.`));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE' && !/^application\/json\s*(;|$)/i.test(req.get('content-type') ?? '')) {
      return next(new ControlError('unsupported-media-type', `${req.method} ${req.path} needs content-type application/json, got ${req.get('content-type') ? `"${escapeControl(req.get('content-type')!)}"` : 'none'}; send JSON (an empty body is fine for POST /reset).`));
    }
    next();
  };
}
