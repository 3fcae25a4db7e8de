import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageJson = new URL('../../package.json', import.meta.url);

/**
 * The config brownout drills when none is given or found in the working folder: the one package.json names
 * in `brownout.defaultConfig` (this package's bundled product), as an absolute path.
 */
export function defaultConfigFile(): string {
  const { brownout } = JSON.parse(readFileSync(packageJson, 'utf8')) as { brownout?: { defaultConfig?: string } };
  if (!brownout?.defaultConfig) throw new Error(`brownout: ${fileURLToPath(packageJson)} has no "brownout": { "defaultConfig": "<path>" }; the package is incomplete, reinstall it.`);
  return fileURLToPath(new URL(brownout.defaultConfig, packageJson));
}
