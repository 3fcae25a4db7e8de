import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import type { RunJournal } from '../../harness/report/results.ts';

// The package as a user gets it: `npm pack` here, `npm i -D <tarball>` in a fresh project outside the checkout
// (an ESM one and a CommonJS one), then examples/slack-notes copied in and drilled from there with `npx brownout`,
// in both attach modes. This is what README's "Use it in your repo" says. npm installs from the registry through
// the user's npm cache (--prefer-offline): about 20 s per project with a warm cache, 2-3 minutes in all.
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'brownout-pack-'));
let tarball = '';

/** Runs a command in `cwd` with a generous bound (the machine may be loaded); output kept for the assertion message. */
function sh(command: string, args: string[], cwd: string, timeoutMs = 240_000) {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, CI: '', BROWNOUT_CONFIG: '', BROWNOUT_RUN_DIR: '', BROWNOUT_REPORTS_DIR: '' } });
  return { code: run.status, output: `$ ${command} ${args.join(' ')} (in ${cwd})\n${run.stdout}\n${run.stderr}` };
}

/** Every file under `dir` with its size and mtime, to prove a run wrote nothing into the installed package. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => `${relative(dir, f)} ${statSync(f).size} ${statSync(f).mtimeMs}`)
    .sort();
}

beforeAll(() => {
  const pack = sh('npm', ['pack', '--pack-destination', work], root);
  expect(pack.code, pack.output).toBe(0);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships compiled JavaScript, declarations and data, and no TypeScript source', () => {
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/harness/cli/main.js');
    expect(files).toContain('package/dist/harness/index.d.ts');
    expect(files).toContain('package/dist/harness/guidelines/decision-tree.yaml');
    expect(files).toContain('package/dist/playwright.config.js');
    expect(files).toContain('package/dist/docs/decision-tree.md');
    expect(files.filter((f) => /\.[mc]?tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  });
});

for (const type of ['module', 'commonjs'] as const) {
  describe(`installed into a fresh ${type} project outside the checkout`, () => {
    const project = join(work, type);
    let packageFiles: string[] = [];

    beforeAll(() => {
      cpSync(join(root, 'examples/slack-notes'), project, { recursive: true });
      // The CommonJS project has no "type" (Node's default, where the user started): its .ts config, flow
      // and provider load as CommonJS, while the example product's own server.js (ESM syntax) still starts.
      const manifest = { name: `team-notes-${type}`, version: '1.0.0', private: true, ...(type === 'module' ? { type } : {}) };
      writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
      const install = sh('npm', ['i', '-D', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project, 300_000);
      expect(install.code, install.output).toBe(0);
      packageFiles = listing(join(project, 'node_modules/brownout'));
    }, 320_000);

    it('exports defineConfig from "brownout" and test/expect from "brownout/test"', () => {
      const script = type === 'module'
        ? "const b = await import('brownout'); const t = await import('brownout/test'); console.log(typeof b.defineConfig, typeof b.defineFlow, typeof t.test, typeof t.expect);"
        : "const b = require('brownout'); const t = require('brownout/test'); console.log(typeof b.defineConfig, typeof b.defineFlow, typeof t.test, typeof t.expect);";
      const run = sh(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', script], project);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('function function function function');
    });

    it('validates the config in .ts, .mjs, .yaml and .json', () => {
      writeFileSync(join(project, 'brownout.config.mjs'), readFileSync(join(project, 'brownout.config.ts'), 'utf8'));
      writeFileSync(join(project, 'brownout.config.json'), JSON.stringify(parse(readFileSync(join(project, 'brownout.server.config.yaml'), 'utf8')), null, 2));
      for (const config of ['brownout.config.ts', 'brownout.config.mjs', 'brownout.server.config.yaml', 'brownout.config.json']) {
        const run = sh('npx', ['brownout', 'validate', '--config', config], project);
        expect(run.code, run.output).toBe(0);
        expect(run.output).toContain('1 scenario valid in 1 file');
      }
    }, 120_000);

    it('drills the bundled demo product from a folder with no config (the package default, compiled)', () => {
      const empty = join(work, `${type}-no-config`);
      mkdirSync(empty);
      const run = sh(process.execPath, [join(project, 'node_modules/brownout/bin/brownout.js'), 'run', '--grep', 'quickbooks/expense-payee-outage', '--variant', 'guided'], empty);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('PASS  quickbooks/expense-payee-outage');
      expect(readdirSync(empty)).toEqual(['reports']);
      expect(listing(join(project, 'node_modules/brownout'))).toEqual(packageFiles);
    }, 240_000);

    for (const [mode, args] of [['browser-side calls', []], ['server-side calls', ['--config', 'brownout.server.config.yaml']]] as const) {
      it(`runs examples/slack-notes (${mode}) and writes only under the project's reports/`, () => {
        const run = sh('npx', ['brownout', 'run', ...args], project);
        expect(run.code, run.output).toBe(0);
        const journal = JSON.parse(readFileSync(join(project, 'reports/latest/results.json'), 'utf8')) as RunJournal;
        expect(journal.scenarios.map((s) => [s.id, s.verdict])).toEqual([['slack/post-note-outage', 'pass']]);
        const runDir = join(project, 'reports', readdirSync(join(project, 'reports')).filter((d) => /^\d{4}-/.test(d)).sort().at(-1)!);
        expect(readdirSync(runDir)).toEqual(expect.arrayContaining(['results.json', 'junit.xml', 'allure-results', 'slack__post-note-outage.png']));
        expect(listing(join(project, 'node_modules/brownout'))).toEqual(packageFiles);
      }, 240_000);
    }

    it('init scaffolds a repo whose scenario validates and passes against a tiny product, with a valid workflow', () => {
      // The tiny product: Team Notes' server and page in a folder of its own (its page calls Slack itself).
      const app = join(project, 'app');
      cpSync(join(root, 'examples/slack-notes/server.js'), join(app, 'server.js'));
      cpSync(join(root, 'examples/slack-notes/public'), join(app, 'public'), { recursive: true });
      writeFileSync(join(app, '.gitignore'), 'node_modules/\n');
      const init = ['brownout', 'init', '--provider', 'slack', '--endpoint', 'POST /api/chat.postMessage', '--command', 'node server.js', '--calls', 'browser', '--action', 'Post to Slack', '--fill', 'Note=Release 4.2 is out.'];
      const first = sh('npx', init, app);
      expect(first.code, first.output).toBe(0);
      expect(readFileSync(join(app, '.gitignore'), 'utf8')).toBe('node_modules/\n# brownout\'s runs and reports\nreports/\n');
      const again = sh('npx', init, app);
      expect({ code: again.code, refused: /already exist.*nothing was written.*--force/.test(again.output) }).toEqual({ code: 1, refused: true });
      expect(sh('npx', [...init, '--force'], app).code).toBe(0);
      const validate = sh('npx', ['brownout', 'validate'], app);
      expect(validate.code, validate.output).toBe(0);
      const run = sh('npx', ['brownout', 'run'], app);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('PASS  slack/first-outage');
      const workflow = readFileSync(join(app, '.github/workflows/brownout.yml'), 'utf8');
      expect(validateWorkflow(workflow).errors).toEqual([]);
      expect(parse(workflow).jobs.drill.strategy.matrix.shard).toEqual([1, 2]);
    }, 300_000);
  });
}
