/**
 * The `brownout.config.*` language: how to reach the product under test, where its flows and scenarios live,
 * which providers it calls (built-in or its own), selectors for signals without ARIA, observation thresholds.
 * The same schema checks `brownout.config.ts` (through `defineConfig`), `.yaml`/`.yml` and `.json`.
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import type { SignalSelectors } from '../judge/dom-snapshot.ts';
import { cappedDurationSchema, MAX_READY_MS, MAX_SETTLE_MS, MAX_STUCK_MS } from '../input/duration.ts';

const text = z.string().trim().min(1);

/** The harness starts one instance of the product per Playwright worker, its env pointing at that worker's mocks. */
export const startSchema = z.strictObject({
  command: text.describe('Shell command that starts the product, e.g. "node server.js". Placeholders: {{port}}, {{mocks.<provider>}}, {{variant}}.'),
  cwd: text.default('.').describe('Folder the command runs in, relative to the config file.'),
  port: z
    .union([z.literal('auto'), expecting(z.number().int().min(1).max(65535), 'a port number 1-65535 or "auto"')])
    .default('auto')
    .describe('Port the product listens on; "auto" gives each worker a free one as {{port}} (below the OS ephemeral range; a product that exits with EADDRINUSE is started again on another). A fixed port allows one worker only.'),
  url: text.default('http://127.0.0.1:{{port}}').describe('Base URL flows open, e.g. "http://127.0.0.1:{{port}}".'),
  readyUrl: text.optional().describe('URL polled until it answers with a status below 500; default the product URL.'),
  // How long the product may take to answer readyUrl (ms, or "20s").
  readyTimeoutMs: cappedDurationSchema(MAX_READY_MS).default(15_000),
  env: z.record(z.string(), z.string()).default({}).describe('Environment of the product, e.g. { QBO_BASE_URL: "{{mocks.quickbooks}}", PORT: "{{port}}" }.'),
});

/** A product someone else runs (shared staging): one worker, faults on the mocks it is pointed at. */
export const runningSchema = z.strictObject({
  url: expecting(z.url(), 'an absolute URL like "https://staging.example.com"').describe('Base URL of the running product.'),
  control: expecting(z.url(), 'the URL `brownout mocks` printed for its control API, like "http://127.0.0.1:4100"')
    .optional()
    .describe('Control API of the `brownout mocks` the product is pointed at: faults are applied there (token from BROWNOUT_CONTROL_TOKEN).'),
});

/** How the harness reaches the product: exactly one of `start` or `running`. */
export const productSchema = z
  .strictObject({
    start: startSchema.optional(),
    running: runningSchema.optional(),
    routeBrowserCalls: z
      .union([z.boolean(), z.array(text)])
      .default(false)
      .describe("Route the page's own calls to each provider's real hosts (e.g. https://slack.com/api/...) to the worker's mocks: true for every provider, or a list of provider slugs."),
  })
  .refine((p) => Boolean(p.start) !== Boolean(p.running), {
    message: 'give exactly one of product.start (the harness starts the product per worker) or product.running (a product already running at a URL)',
  });

/** Providers the product calls: built-in slugs plus the product's own provider folders. */
export const providersSchema = z.strictObject({
  use: z.array(text).min(1).describe('Provider slugs the product calls, built-in or custom, e.g. [quickbooks, slack].'),
  custom: z
    .array(text)
    .default([])
    .describe("The product's own providers: modules (a folder's index.ts, like mocks/quickbooks) exporting a ProviderDefinition."),
  passthrough: z
    .record(
      text,
      z.union([
        expecting(z.url({ protocol: /^https?$/ }), 'an http(s) URL of the real (sandbox) service, like "https://api.sandbox.example.com"'),
        z.strictObject({
          url: expecting(z.url({ protocol: /^https?$/ }), 'an http(s) URL of the real (sandbox) service'),
          calls: z.enum(['unmatched', 'all']).default('unmatched').describe('unmatched: calls no catalogue endpoint matches; all: every call, faults still applied to matched ones.'),
        }),
      ]),
    )
    .default({})
    .describe('Per provider slug, a real (sandbox) service calls go to: a URL (calls the catalogue does not know) or { url, calls: unmatched | all }. The journal marks them passedThrough.'),
  ports: z
    .record(text, z.number().int().min(1).max(65535))
    .default({})
    .describe('`brownout mocks --config` only: a fixed port per provider slug (e.g. { slack: 4101 }), so a staging product\'s env stays valid across restarts; drills always use free ports.'),
  strictAuth: z
    .union([z.boolean(), z.array(text)])
    .default(false)
    .describe("Providers that check identity as the real service does (the token's shape, the company/realm id): true for all, or a list of slugs. Off by default: any token and account id are accepted, so identity is never the fault under test; a drill whose calls a strict mock refused says so in its reason."),
});

// What each selector finds; typed by SignalSelectors, so a signal the judge adds fails the typecheck here.
const SELECTOR_KEYS: Record<keyof SignalSelectors, string> = {
  alert: 'error alerts without role=alert',
  toast: 'toasts and status messages without role=status',
  invalidField: 'fields in error without aria-invalid',
  busy: 'loading indicators without aria-busy or role=progressbar',
  emptyState: 'empty states without data-empty-state',
  success: 'success messages without role=status',
  dialog: 'blocking dialogs without role=dialog',
};

/** CSS selectors for signals the product's markup does not expose through ARIA (see SignalSelectors). */
export const selectorsSchema = z.strictObject(
  Object.fromEntries(Object.entries(SELECTOR_KEYS).map(([key, what]) => [key, text.optional().describe(`CSS selector of ${what}`)])) as Record<keyof SignalSelectors, z.ZodOptional<typeof text>>,
);

/** A whole config file. */
export const configSchema = z.strictObject({
  label: text.optional().describe('run.label in results.json when --label is not given; default the variant, else "product".'),
  variants: z
    .array(text)
    .min(1)
    .optional()
    .describe('Versions of the product one config can drill, e.g. [legacy, guided]: `--variant` picks one, {{variant}} names it in product.start.'),
  defaultVariant: text.optional().describe('The variant drilled without --variant; default the first of variants.'),
  product: productSchema,
  flows: z.array(text).min(1).describe('TypeScript modules exporting flows (defineFlow), relative to the config file.'),
  scenarios: z.array(text).default(['scenarios']).describe('Scenario files or folders, relative to the config file.'),
  providers: providersSchema,
  selectors: selectorsSchema.default({}),
  observe: z
    .strictObject({
      // A busy indicator still shown after this long is stuck-loading (ms, or "8s").
      stuckMs: cappedDurationSchema(MAX_STUCK_MS).optional(),
      // The UI is settled after this long without change or request (ms, or "500ms").
      settleMs: cappedDurationSchema(MAX_SETTLE_MS).optional(),
    })
    .default({})
    .describe("Observation thresholds for scenarios that keep the defaults (a scenario's own observe: wins)."),
});

/** What a config file may say (durations as numbers or strings, defaults optional). */
export type BrownoutConfigInput = z.input<typeof configSchema>;
/** A config after validation (durations in ms, defaults filled, paths still as written). */
export type BrownoutConfig = z.output<typeof configSchema>;
