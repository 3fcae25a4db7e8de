import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The brownout package's root folder (where playwright.config.ts and scenarios/ live). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The default scenarios folder. */
export const defaultScenariosDir = join(packageRoot, 'scenarios');
