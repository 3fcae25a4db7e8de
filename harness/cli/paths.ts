import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The folder that holds brownout's code and data (playwright config, scenarios/, harness/): the checkout's root,
 * or `dist/` of the installed package. Nothing is written here: runs go under the user's `reports/`.
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The default scenarios folder. */
export const defaultScenariosDir = join(packageRoot, 'scenarios');
/** brownout's Playwright config: TypeScript in the checkout, compiled JavaScript in the package. */
export const playwrightConfigFile = ['playwright.config.ts', 'playwright.config.js'].map((f) => join(packageRoot, f)).find((f) => existsSync(f))!;
