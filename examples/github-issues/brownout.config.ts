// Issue Tracker, guided UI: its server calls GitHub at GITHUB_API_URL, which brownout points at the worker's
// own GitHub mock ({{mocks.github}}), generated from GitHub's OpenAPI description (providers/github).
import { defineConfig } from 'brownout';

export default defineConfig({
  label: 'issue-tracker',
  product: {
    start: {
      command: 'node server.js',
      env: { PORT: '{{port}}', GITHUB_API_URL: '{{mocks.github}}', ISSUES_UI: 'guided' },
      readyUrl: '{{url}}/health',
      readyTimeoutMs: '10s',
    },
  },
  flows: ['./flows/issues.ts'],
  scenarios: ['./scenarios'],
  providers: { use: ['github'], custom: ['./providers/github/index.ts'] },
  observe: { settleMs: '400ms' },
});
