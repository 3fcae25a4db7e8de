import { Router } from 'express';
import { z } from 'zod';
import type { CallPolicy } from './call-policies.ts';
import { guidedFailureBody, sendFailure, type UxMode } from './failure.ts';
import { ProviderError } from './provider-error.ts';
import type { ProviderHttp } from './provider-http.ts';
import { demoWarn } from './log.ts';

/** What the Slack routes need. */
export interface SlackRouterOptions {
  mode: UxMode;
  http: ProviderHttp;
  policy: CallPolicy;
}

interface SlackChannel { id: string; name: string }
interface SlackUser { id: string; name: string; real_name?: string; deleted?: boolean; is_bot?: boolean; profile?: { real_name?: string } }

const channelInput = z.object({
  name: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'lowercase letters, digits, - and _ (at most 80)'),
  userIds: z.array(z.string().regex(/^[UW][A-Z0-9]+$/)).min(1).max(30),
});

/**
 * Slack for a customer account: the people to invite (users.list) and "create the channel, then invite them"
 * (conversations.create + conversations.invite, two mutations). Guided: reads retried; the create is made safe to
 * retry by checking the channel list first (Slack has no idempotency key); a failed invite after a created
 * channel is reported as partial (201 with `partial`), and a retry only invites. Legacy: one attempt each, and an
 * invite failure is ignored: the page is told everything worked.
 */
export function createSlackRouter({ mode, http, policy }: SlackRouterOptions): Router {
  const router = Router();
  const slack = <T>(method: string, body: Record<string, unknown>, signal?: AbortSignal) => http<T>({ method: 'POST', path: `/api/${method}`, body, signal });

  router.get('/api/slack/users', async (_req, res) => {
    try {
      const { members } = await policy.run((signal) => slack<{ members: SlackUser[] }>('users.list', { limit: 200 }, signal));
      const users = members.filter((u) => !u.deleted && !u.is_bot).map((u) => ({ id: u.id, name: u.profile?.real_name || u.real_name || u.name }));
      res.json({ users: users.sort((a, b) => a.name.localeCompare(b.name)) });
    } catch (error) {
      sendFailure(res, mode, 'slack', 'users.list', error);
    }
  });

  router.post('/api/slack/channels', async (req, res) => {
    const input = channelInput.safeParse(req.body);
    if (!input.success) {
      res.status(400).json({ error: { reason: 'invalid-input', issues: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) } });
      return;
    }
    const { name, userIds } = input.data;
    let channel: SlackChannel | null = null;
    try {
      channel = mode === 'guided' ? await createOnce(name) : (await slack<{ channel: SlackChannel }>('conversations.create', { name })).channel;
    } catch (error) {
      sendFailure(res, mode, 'slack', 'conversations.create', error);
      return;
    }
    try {
      await policy.run(async (signal) => {
        try {
          await slack('conversations.invite', { channel: channel.id, users: userIds.join(',') }, signal);
        } catch (error) {
          // A retried invite whose first attempt got through: everyone is already in.
          if (!(error instanceof ProviderError && error.code === 'already_in_channel')) throw error;
        }
      });
      res.status(201).json({ channel, invited: userIds.length });
    } catch (error) {
      demoWarn(`slack conversations.invite failed after creating #${channel.name}: ${(error as Error).message}`);
      if (mode === 'legacy') res.status(201).json({ channel, invited: userIds.length });
      else res.status(207).json({ channel, invited: 0, partial: { step: 'invite', ...guidedFailureBody('slack', error).error } });
    }
  });

  /** Creates the channel, or finds it when an earlier attempt (whose answer was lost) already created it. */
  async function createOnce(name: string): Promise<SlackChannel> {
    return policy.run(async (signal) => {
      const existing = await findChannel(name, signal);
      if (existing) return existing;
      return (await slack<{ channel: SlackChannel }>('conversations.create', { name }, signal)).channel;
    });
  }

  async function findChannel(name: string, signal: AbortSignal | undefined): Promise<SlackChannel | null> {
    const { channels } = await slack<{ channels: SlackChannel[] }>('conversations.list', { limit: 1000, exclude_archived: true, types: 'public_channel,private_channel' }, signal);
    return channels.find((c) => c.name === name) ?? null;
  }

  return router;
}
