import { Router } from 'express';
import integrations from '../integrations.json' with { type: 'json' };
import type { CallPolicy } from './call-policies.ts';
import { checkWithPolicy, type HealthCheck } from './connection-check.ts';
import { failureReason, sendFailure, type UxMode } from './failure.ts';
import { demoWarn } from './log.ts';

/** What the connections routes need. */
export interface ConnectionsRouterOptions {
  mode: UxMode;
  /** The call policy of each provider. */
  policyFor: (provider: string) => CallPolicy;
  baseUrls: Record<string, string | undefined>;
  realmId: string;
}

/** A connection card's state: `connection-lost` is temporary; `disconnected` needs an admin to reconnect. */
export type ConnectionStatus = 'connected' | 'connection-lost' | 'disconnected' | 'not-installed';

/**
 * The integrations list (one card per provider with its live connection status) and installing (connecting)
 * an app. Legacy calls every failure "disconnected"; guided tells a temporary loss from a revoked token.
 */
export function createConnectionsRouter({ mode, policyFor, baseUrls, realmId }: ConnectionsRouterOptions): Router {
  const router = Router();

  router.get('/api/integrations', async (_req, res) => {
    const cards = await Promise.all(
      integrations.map(async ({ health, ...card }) => {
        const baseUrl = baseUrls[card.slug];
        if (!baseUrl) return { ...card, status: 'not-installed' as ConnectionStatus };
        try {
          await checkWithPolicy(policyFor(card.slug), card.slug, baseUrl, health as HealthCheck, realmId);
          return { ...card, status: 'connected' as ConnectionStatus };
        } catch (error) {
          demoWarn(`${card.slug} health check failed: ${(error as Error).message}`);
          const revoked = mode === 'legacy' || failureReason(error) === 'disconnected';
          return { ...card, status: (revoked ? 'disconnected' : 'connection-lost') as ConnectionStatus };
        }
      }),
    );
    res.json({ integrations: cards });
  });

  router.post('/api/integrations/:provider/install', async (req, res) => {
    const integration = integrations.find((i) => i.slug === req.params.provider);
    const baseUrl = integration ? baseUrls[integration.slug] : undefined;
    if (!integration || !baseUrl) {
      res.status(404).json({ error: { reason: 'not-found', issues: [`no installable integration "${req.params.provider}"; known: ${integrations.map((i) => i.slug).join(', ')}`] } });
      return;
    }
    try {
      // Authorising is simulated; verifying the new connection is the real call to the provider.
      await checkWithPolicy(policyFor(integration.slug), integration.slug, baseUrl, integration.health as HealthCheck, realmId);
      res.status(201).json({ installed: integration.slug });
    } catch (error) {
      // The legacy install never checked its connection: it reported success whatever the provider said.
      if (mode === 'legacy') {
        demoWarn(`${integration.slug} install check failed (ignored): ${(error as Error).message}`);
        res.status(201).json({ installed: integration.slug });
        return;
      }
      sendFailure(res, mode, integration.slug, 'install', error);
    }
  });

  return router;
}
