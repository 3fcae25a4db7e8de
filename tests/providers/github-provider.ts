import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoutableProvider } from '../../harness/config/providers.ts';
import { readDialectOverrides } from '../../harness/providers/dialect-overrides.ts';
import { generatedProvider } from '../../harness/providers/load-generated.ts';
import { providerFromOpenApi } from '../../harness/providers/openapi/from-openapi.ts';
import { writeProviderFolder } from '../../harness/providers/write-folder.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** GitHub's official OpenAPI description, as @octokit/openapi ships it. */
export const GITHUB_DOCUMENT = join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
/** GitHub's documented rate limits and 401, which its OpenAPI description does not declare. */
export const GITHUB_DIALECT = join(root, 'examples/github-issues/github-dialect.json');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The whole GitHub provider (every operation of the description), generated once into the git-ignored
 * reports/.cache/ and reused until the document, the dialect file or the generator's code changes.
 */
export async function fullGithubProvider(): Promise<{ provider: RoutableProvider; folder: string }> {
  const hash = createHash('sha256');
  for (const file of [join(root, 'node_modules/@octokit/openapi/package.json'), GITHUB_DIALECT, ...sources(join(root, 'harness/providers')).sort()]) hash.update(readFileSync(file));
  const folder = join(root, 'reports/.cache/providers', `github-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(folder)) {
    const generated = await providerFromOpenApi(GITHUB_DOCUMENT, { name: 'github', title: 'GitHub', category: 'Collaboration', dialect: readDialectOverrides(GITHUB_DIALECT), command: 'tests/providers/github-provider.ts' });
    try {
      writeProviderFolder(folder, generated);
    } catch (error) {
      // Another test file wrote it first: theirs is the same.
      if (!existsSync(folder)) throw error;
    }
  }
  return { provider: generatedProvider(folder), folder };
}
