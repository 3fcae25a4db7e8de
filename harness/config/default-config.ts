import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The code's root: the checkout (harness/config/ is two folders down), or dist/ in the installed package, which
// mirrors the checkout's layout with compiled .js files and sits one folder below package.json.
const codeRoot = new URL('../../', import.meta.url);
const packageJson = [new URL('package.json', codeRoot), new URL('../package.json', codeRoot)].find((url) => existsSync(url));

/**
 * The config brownout drills when none is given or found in the working folder: the one package.json names
 * in `brownout.defaultConfig` (this package's bundled product), as an absolute path; in the installed package
 * its compiled `.js` under dist/.
 */
export function defaultConfigFile(): string {
  if (!packageJson) throw new Error(`brownout: no package.json above ${fileURLToPath(codeRoot)}; the package is incomplete, reinstall it.`);
  const { brownout } = JSON.parse(readFileSync(packageJson, 'utf8')) as { brownout?: { defaultConfig?: string } };
  if (!brownout?.defaultConfig) throw new Error(`brownout: ${fileURLToPath(packageJson)} has no "brownout": { "defaultConfig": "<path>" }; the package is incomplete, reinstall it.`);
  const source = new URL(brownout.defaultConfig, codeRoot);
  if (existsSync(source)) return fileURLToPath(source);
  const compiled = new URL(brownout.defaultConfig.replace(/\.[mc]?ts$/, '.js'), codeRoot);
  if (existsSync(compiled)) return fileURLToPath(compiled);
  throw new Error(`brownout: the bundled product's config ${fileURLToPath(source)} is missing; the package is incomplete, reinstall it.`);
}
