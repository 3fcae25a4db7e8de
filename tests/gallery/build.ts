/**
 * Builds the design-system gallery's pages: one esbuild call bundles every library's entry
 * (`pages/<library>.ts`, the library's own JS and CSS included) into `tests/gallery/.build/`.
 * The build is cached: it runs again only when a source under `tests/gallery/pages/` (or the copy it imports
 * from tests/judge/gallery.ts) or a library's installed version changed (the stamp file holds their fingerprint).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { libraryNames } from './libraries.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Where the bundles go (git-ignored). */
export const buildDir = join(here, '.build');
const pagesDir = join(here, 'pages');
const stampFile = join(buildDir, 'stamp.json');
/** Sources outside pages/ that the pages import (the shared copy templates). */
const importedSources = [join(here, '../judge/gallery.ts')];
/** npm packages whose installed version is part of the fingerprint. */
const packages = ['react', 'react-dom', '@mui/material', 'antd', '@shopify/polaris', '@chakra-ui/react', '@carbon/react', '@carbon/styles', '@mantine/core', '@mantine/notifications', '@blueprintjs/core', '@fluentui/react-components', '@radix-ui/themes', '@radix-ui/react-toast', 'primereact', 'primeicons', 'bootstrap', 'govuk-frontend', '@salesforce-ux/design-system', 'grommet', 'grommet-icons', 'styled-components', 'evergreen-ui', '@adobe/react-spectrum', '@react-spectrum/toast', '@shoelace-style/shoelace', '@patternfly/react-core', '@patternfly/react-icons', '@patternfly/react-table', 'esbuild', 'element-plus', '@element-plus/icons-vue', 'vue', '@ionic/core', 'ionicons', 'bulma', '@fortawesome/fontawesome-free', 'uikit', 'vuetify', '@primer/react', '@primer/primitives', '@primer/octicons-react', '@cloudscape-design/components', '@cloudscape-design/global-styles', 'foundation-sites', 'jquery', 'what-input', '@atlaskit/flag', '@atlaskit/section-message', '@atlaskit/form', '@atlaskit/textfield', '@atlaskit/button', '@atlaskit/empty-state', '@atlaskit/spinner', '@atlaskit/progress-bar', '@atlaskit/skeleton', '@atlaskit/modal-dialog', '@atlaskit/lozenge', '@atlaskit/dynamic-table', '@atlaskit/heading', '@atlaskit/primitives', '@atlaskit/icon', '@atlaskit/tokens', '@atlaskit/css-reset', '@ui5/webcomponents', '@ui5/webcomponents-fiori', '@ui5/webcomponents-base', '@sap-theming/theming-base-content', 'naive-ui', 'daisyui', 'quasar', '@quasar/extras', '@vaadin/notification', '@vaadin/text-field', '@vaadin/select', '@vaadin/dialog', '@vaadin/confirm-dialog', '@vaadin/progress-bar', '@vaadin/button', '@vaadin/grid', '@vaadin/icon', '@vaadin/icons', '@vaadin/vaadin-lumo-styles', '@vaadin/card', '@vaadin/form-layout', '@vaadin/horizontal-layout', '@vaadin/vertical-layout', 'fomantic-ui-css', '@arco-design/web-react', 'rsuite'];

/**
 * The gallery is served offline: a stylesheet's `@font-face` rules that load fonts from another origin (Carbon's
 * IBM Plex from IBM's CDN) are dropped at bundle time, so no page waits on or logs a request that cannot succeed.
 */
export function dropRemoteFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*url\(\s*["']?https?:\/\/[^}]*\}/g, '');
}

const offlineFonts: Plugin = {
  name: 'gallery-offline-fonts',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]@carbon[\\/]styles[\\/]css[\\/].*\.css$/ }, (args) => ({ contents: dropRemoteFontFaces(readFileSync(args.path, 'utf8')), loader: 'css' }));
  },
};

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(pagesDir).sort()) hash.update(file).update(readFileSync(join(pagesDir, file)));
  for (const file of importedSources) hash.update(file).update(readFileSync(file));
  for (const name of packages) {
    const manifest = join(here, '../../node_modules', name, 'package.json');
    hash.update(name).update(existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'missing');
  }
  return hash.digest('hex');
}

/** What `buildGallery` did: whether it bundled or reused the cache, and how long it took (ms). */
export interface GalleryBuild {
  dir: string;
  cached: boolean;
  ms: number;
}

/**
 * Bundles every library's gallery page unless the cache is current.
 * @example const { dir, cached, ms } = await buildGallery(); // dir holds mui.js, mui.css, govuk.js, ...
 */
export async function buildGallery(options: { force?: boolean } = {}): Promise<GalleryBuild> {
  const started = Date.now();
  const print = fingerprint();
  const outputs = libraryNames.flatMap((name) => [`${name}.js`]);
  const fresh = existsSync(stampFile) && JSON.parse(readFileSync(stampFile, 'utf8')).fingerprint === print
    && outputs.every((f) => existsSync(join(buildDir, f)) && statSync(join(buildDir, f)).size > 0);
  if (fresh && !options.force) return { dir: buildDir, cached: true, ms: Date.now() - started };
  mkdirSync(buildDir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(libraryNames.map((name) => [name, join(pagesDir, `${name}.ts`)])),
    outdir: buildDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'error',
    // Vue 3's esm-bundler build reads its compile-time flags from the bundler (Element Plus's pages): the Options API
    // on (Element Plus uses it), no devtools or hydration-mismatch details in production. Vite's logger flag is unset
    // (Vuetify 4's @vuetify/v0 reads process.env.VITE_LOGGER_ENABLED, which Vite replaces at build time; in a browser
    // bundle without it the read throws), as a production Vite build leaves it.
    define: {
      'process.env.NODE_ENV': '"production"', 'process.env.VITE_LOGGER_ENABLED': 'undefined',
      __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    // GOV.UK's stylesheet points at its fonts and images by absolute URL; the gallery server serves them.
    external: ['/assets/*'],
    plugins: [offlineFonts],
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.png': 'file', '.svg': 'file', '.jpg': 'file', '.gif': 'file' },
  });
  writeFileSync(stampFile, `${JSON.stringify({ fingerprint: print, at: new Date().toISOString() })}\n`);
  return { dir: buildDir, cached: false, ms: Date.now() - started };
}

// `tsx tests/gallery/build.ts` builds (or reports the cache) and prints the time.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await buildGallery({ force: process.argv.includes('--force') });
  console.log(`gallery build: ${result.cached ? 'cached' : 'bundled'} in ${result.ms} ms -> ${result.dir}`);
}
