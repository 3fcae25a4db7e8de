// Browser-side calls: the page calls https://slack.com/api/chat.postMessage itself; brownout routes those
// calls to the worker's Slack mock, without changing the product.
import { defineConfig } from 'brownout';

export default defineConfig({
  label: 'team-notes',
  product: {
    start: {
      command: 'node server.js',
      env: { PORT: '{{port}}', SLACK_CALLS: 'browser' },
      readyUrl: '{{url}}/health',
      readyTimeoutMs: '10s',
    },
    routeBrowserCalls: ['slack'],
  },
  flows: ['./flows/post-note.ts'],
  scenarios: ['./scenarios'],
  providers: { use: ['slack'], custom: ['./providers/slack/index.ts'] },
  observe: { settleMs: '400ms' },
});
