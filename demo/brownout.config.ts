/**
 * The demo product (the Integrations Hub) as brownout drills it: one instance per worker started from
 * `main.ts`, each provider's URL pointed at that worker's mock, in the variant the run asks for (`legacy`: the
 * case study's before, `guided`: the prescribed responses). `npm run demo` drills both and compares them.
 */
import type { BrownoutConfigInput } from '../harness/config/schema.ts';
import { envNameFor, PROVIDER_SLUGS } from './serve-options.ts';

// From the checkout the hub and its flows are TypeScript (run through tsx's loader, a dependency of the
// package); from the installed package this file is dist/demo/brownout.config.js beside compiled .js ones.
const compiled = import.meta.url.endsWith('.js');
const ext = compiled ? 'js' : 'ts';

const config: BrownoutConfigInput = {
  variants: ['legacy', 'guided'],
  defaultVariant: 'guided',
  product: {
    start: {
      command: `node ${compiled ? '' : '--import tsx '}main.${ext} --mode {{variant}} --port {{port}}`,
      env: Object.fromEntries(PROVIDER_SLUGS.map((slug) => [envNameFor(slug), `{{mocks.${slug}}}`])),
      readyUrl: '{{url}}/app-config.js',
      // A loaded machine takes seconds to start node with a TypeScript loader.
      readyTimeoutMs: '60s',
    },
  },
  flows: [`./flows/index.${ext}`],
  scenarios: ['../scenarios'],
  providers: { use: PROVIDER_SLUGS },
};

export default config;
