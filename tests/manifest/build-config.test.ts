/**
 * The webpack configuration, inspected without building: entry, TypeScript options that keep
 * import() lazy, the ExcelJS chunk, Office.js kept out of the bundle, and the manifest copy step.
 */
import fs from 'fs';
import path from 'path';
import { ROOT } from './manifest-helpers';

type Config = {
  entry: Record<string, string>;
  devtool: string | false;
  module: { rules: Array<{ test: RegExp; use: { loader: string; options: Record<string, unknown> } }> };
  optimization: { splitChunks?: { cacheGroups: Record<string, { test: RegExp; chunks: string }> } };
  performance: false | { maxEntrypointSize: number; assetFilter: (file: string) => boolean };
  plugins: Array<{ constructor: { name: string }; patterns?: Pattern[]; userOptions?: Record<string, unknown> }>;
  devServer?: unknown;
};
type Pattern = { from: string; to: string; transform?: { transformer: (content: Buffer, file: string) => string | Buffer } };
type ConfigFactory = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Config>) & {
  INITIAL_JS_BUDGET_GZIP: number;
};

const factory: ConfigFactory = require('../../webpack.config.js');

async function load(mode: 'production' | 'development', env: Record<string, string | undefined> = {}): Promise<Config> {
  const saved = { ADDIN_PUBLIC_URL: process.env.ADDIN_PUBLIC_URL, SOURCE_MAP: process.env.SOURCE_MAP };
  Object.assign(process.env, { ADDIN_PUBLIC_URL: '', SOURCE_MAP: '' }, env);
  try {
    return await factory({ WEBPACK_BUILD: true }, { mode });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function copyPatterns(config: Config): Pattern[] {
  const plugin = config.plugins.find((p) => p.constructor.name === 'CopyPlugin' || p.patterns);
  if (!plugin || !plugin.patterns) throw new Error('CopyWebpackPlugin not configured');
  return plugin.patterns;
}

function manifestPattern(config: Config): Pattern {
  const pattern = copyPatterns(config).find((p) => p.from === 'manifest.xml');
  if (!pattern) throw new Error('manifest.xml is not copied');
  return pattern;
}

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'));

describe('webpack.config.js', () => {
  test('builds the task pane from src/taskpane/index.tsx into taskpane.html', async () => {
    const config = await load('production');
    expect(config.entry).toEqual({ taskpane: './src/taskpane/index.tsx' });
    const html = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(html?.userOptions).toMatchObject({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html' });
    expect(fs.existsSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'))).toBe(true);
  });

  test('ts-loader transpiles only, emits ES modules (lazy import()) from tsconfig.json', async () => {
    const config = await load('production');
    const rule = config.module.rules.find((r) => r.test.test('x.tsx'));
    expect(rule?.use.loader).toBe('ts-loader');
    expect(rule?.use.options).toMatchObject({
      transpileOnly: true,
      configFile: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: expect.objectContaining({ noEmit: false, module: 'esnext' }),
    });
  });

  test('puts ExcelJS in its own lazily loaded chunk and keeps it out of the size hints', async () => {
    const config = await load('production');
    const group = config.optimization.splitChunks?.cacheGroups.exceljs;
    expect(group?.chunks).toBe('async');
    expect(group?.test.test(path.join('/x', 'node_modules', 'exceljs', 'dist', 'exceljs.min.js'))).toBe(true);
    expect(group?.test.test(path.join('/x', 'node_modules', 'react', 'index.js'))).toBe(false);
    expect(config.performance).not.toBe(false);
    if (config.performance) {
      expect(config.performance.assetFilter('exceljs.0123abcd.js')).toBe(false);
      expect(config.performance.assetFilter('taskpane.0123abcd.js')).toBe(true);
      expect(config.performance.maxEntrypointSize).toBeGreaterThan(factory.INITIAL_JS_BUDGET_GZIP);
    }
    expect(factory.INITIAL_JS_BUDGET_GZIP).toBe(120 * 1024);
  });

  test('never copies Office.js into the build: the app loads it from the CDN, async, and only inside Office', async () => {
    const config = await load('production');
    for (const pattern of copyPatterns(config)) expect(String(pattern.from)).not.toMatch(/office-js/);
    const boot = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'boot', 'office-host.ts'), 'utf8');
    expect(boot).toContain("'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'");
    expect(boot).toMatch(/script\.async = true/);
  });

  test('the page cannot be blocked by Office.js: no script tag for it, no inline script, the app bundle deferred, a CSP', async () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/\son(load|error)=/);
    expect(html).toMatch(/<div id="root">/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    const config = await load('production');
    const plugin = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin');
    expect(plugin?.userOptions?.scriptLoading).toBe('defer');
  });

  test('production copies the manifest with URLs rewritten to ADDIN_PUBLIC_URL', async () => {
    const config = await load('production', { ADDIN_PUBLIC_URL: 'https://addins.example.org/psheet' });
    const out = String(manifestPattern(config).transform?.transformer(manifest, 'manifest.xml'));
    expect(out).not.toContain('https://localhost');
    expect(out).toContain('https://addins.example.org/psheet/taskpane.html');
  });

  test('production without ADDIN_PUBLIC_URL uses the example.invalid placeholder', async () => {
    const config = await load('production');
    const out = String(manifestPattern(config).transform?.transformer(manifest, 'manifest.xml'));
    expect(out).toContain('https://example.invalid/process-sheet-checker/taskpane.html');
  });

  test('production refuses a non-https ADDIN_PUBLIC_URL', async () => {
    await expect(load('production', { ADDIN_PUBLIC_URL: 'http://addins.example.org/' })).rejects.toThrow(/https/);
  });

  test('development keeps the localhost manifest and uses cheap source maps', async () => {
    const config = await load('development', { ADDIN_PUBLIC_URL: 'https://addins.example.org/' });
    const out = String(manifestPattern(config).transform?.transformer(manifest, 'manifest.xml'));
    expect(out).toBe(manifest.toString('utf8'));
    expect(String(config.devtool)).toMatch(/cheap/);
  });

  test('production has no inline source maps; no dev server unless serving', async () => {
    const config = await load('production');
    expect(config.devtool).toBe(false);
    expect(config.devServer).toBeUndefined();
    expect((await load('production', { SOURCE_MAP: 'true' })).devtool).toBe('source-map');
  });
});
