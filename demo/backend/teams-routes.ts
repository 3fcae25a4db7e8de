import { Router } from 'express';
import { z } from 'zod';
import customers from '../customers.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import type { DemoState } from './demo-state.ts';
import { sendFailure, type UxMode } from './failure.ts';
import { ProviderError } from './provider-error.ts';
import type { ProviderHttp } from './provider-http.ts';
import { demoWarn } from './log.ts';

/** What the Microsoft Teams routes need. */
export interface TeamsRouterOptions {
  mode: UxMode;
  http: ProviderHttp;
  policy: CallPolicy;
  state: DemoState;
}

interface GraphUser { id: string; displayName?: string; givenName?: string; surname?: string; mail?: string | null; userPrincipalName?: string }
const LINKS_KEY = 'teams:links';
const linkInput = z.object({ teammate: z.string().min(1).max(60), teamsUserId: z.string().uuid() });
/** The hub's teammates: the account owners of its customers. */
const teammates = [...new Set(customers.map((c) => c.owner))].sort();
const nameOf = (u: GraphUser) => u.displayName ?? `${u.givenName ?? ''} ${u.surname ?? ''}`.trim();

/**
 * Linking hub teammates to their Microsoft Teams users: the Teams directory (GET /v1.0/users) for the picker, and
 * saving a link after checking the user with Graph (GET /v1.0/users/{id}). Legacy shows Graph's own failure text.
 */
export function createTeamsRouter({ mode, http, policy, state }: TeamsRouterOptions): Router {
  const router = Router();
  const links = () => (state.lastKnown(LINKS_KEY)?.data as Record<string, { id: string; name: string }> | undefined) ?? {};

  router.get('/api/teams/links', (_req, res) => res.json({ teammates, links: links() }));

  router.get('/api/teams/users', async (_req, res) => {
    try {
      const { value } = await policy.run((signal) => http<{ value: GraphUser[] }>({ method: 'GET', path: '/v1.0/users?$select=id,displayName,givenName,surname,mail', signal }));
      res.json({ users: value.map((u) => ({ id: u.id, name: nameOf(u), email: u.mail ?? u.userPrincipalName ?? '' })).sort((a, b) => a.name.localeCompare(b.name)) });
    } catch (error) {
      legacyOrGuided(res, error, 'GET users');
    }
  });

  router.post('/api/teams/links', async (req, res) => {
    const input = linkInput.safeParse(req.body);
    if (!input.success || !teammates.includes(input.data.teammate)) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: input.success ? [`unknown teammate; known: ${teammates.join(', ')}`] : input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
      return;
    }
    try {
      const user = await policy.run((signal) => http<GraphUser>({ method: 'GET', path: `/v1.0/users/${encodeURIComponent(input.data.teamsUserId)}`, signal }));
      state.remember(LINKS_KEY, { ...links(), [input.data.teammate]: { id: user.id, name: nameOf(user) } });
      res.status(201).json({ links: links() });
    } catch (error) {
      legacyOrGuided(res, error, 'GET user');
    }
  });

  function legacyOrGuided(res: Parameters<typeof sendFailure>[0], error: unknown, call: string) {
    // Legacy passed Microsoft's own status and wording to the page.
    if (mode === 'legacy' && !res.headersSent) {
      demoWarn(`msgraph ${call} failed: ${(error as Error).message}`);
      const status = error instanceof ProviderError ? error.status : null;
      res.status(500).json({ status: 'error', message: `Error ${status ?? 'ECONNRESET'}: ${(error as ProviderError).code ?? 'request failed'} from Microsoft Graph` });
      return;
    }
    sendFailure(res, mode, 'msgraph', call, error);
  }

  return router;
}
