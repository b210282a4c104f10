/*
 * Build of the Excel task pane (dist/):
 *   npm run build       production: minified, hashed file names, manifest URLs rewritten
 *                       to ADDIN_PUBLIC_URL (see scripts/manifest-url.js)
 *   npm run build:dev   development: readable output, localhost manifest
 *   npm run dev-server  https://localhost:3000 with the Office development certificate
 *
 * Office.js is not bundled and not referenced by taskpane.html: the app adds it from Microsoft's
 * CDN, async, only when the page is inside Office (src/taskpane/boot/office-host.ts).
 */
'use strict';

const path = require('path');
const zlib = require('zlib');

const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { resolvePublicUrl, rewriteManifestUrls } = require('./scripts/manifest-url');

const DEV_SERVER_PORT = 3000;

/** DESIGN.md section 7: initial JavaScript of the task pane, gzipped (the tabs load lazily). */
const INITIAL_JS_BUDGET_GZIP = 120 * 1024;
/** webpack's performance hints measure minified, uncompressed bytes. Minified React/Fluent
 * code compresses about 3.3-3.6x; 3.3 keeps the hint on the safe side of the gzip budget. */
const INITIAL_JS_BUDGET_RAW = Math.round(INITIAL_JS_BUDGET_GZIP * 3.3);

/** Modules that must never reach the initial bundle; they get their own lazily loaded chunk. */
const EXCELJS_MODULES = /[\\/]node_modules[\\/]exceljs[\\/]/;

/**
 * HTTPS options for the dev server: the Office development certificate (trusted by Excel
 * once installed) when office-addin-dev-certs can provide it, otherwise webpack-dev-server's
 * own self-signed certificate (the browser will warn, Excel desktop may refuse it).
 */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error && error.message ? error.message.split('\n')[0] : String(error);
    console.warn(
      '[webpack] 開発用証明書 (office-addin-dev-certs) を使えないため、自己署名証明書で https を提供します。\n' +
        '[webpack] Office development certificate unavailable, serving https with a self-signed certificate.\n' +
        `          (${reason})\n` +
        '          Trust it with: npx office-addin-dev-certs install',
    );
    return 'https';
  }
}

/** Reports the gzipped size of each entry point's initial JavaScript against the budget. */
class InitialJsBudgetPlugin {
  constructor(budget) {
    this.budget = budget;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InitialJsBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InitialJsBudgetPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const logger = compilation.getLogger('InitialJsBudgetPlugin');
        for (const [name, entrypoint] of compilation.entrypoints) {
          let gzip = 0;
          for (const file of entrypoint.getFiles()) {
            if (!file.endsWith('.js')) continue;
            const asset = compilation.getAsset(file);
            if (asset) gzip += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
          }
          const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
          const message = `initial JS of "${name}": ${kb(gzip)} gzipped (budget ${kb(this.budget)})`;
          if (gzip > this.budget) {
            compilation.warnings.push(new compiler.webpack.WebpackError(`${message} — over budget (DESIGN.md §7)`));
          } else {
            logger.info(message);
          }
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  // Only production builds are meant to be deployed; dev builds keep the localhost manifest.
  const publicUrl = dev ? null : resolvePublicUrl(process.env);

  return {
    mode,
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: {
                noEmit: false,
                // ES modules so that webpack can tree-shake and turn import() into lazy chunks
                // (CommonJS output would make import('exceljs') a synchronous require).
                module: 'esnext',
                sourceMap: dev,
                declaration: false,
              },
            },
          },
        },
      ],
    },
    devtool: dev ? 'eval-cheap-module-source-map' : process.env.SOURCE_MAP === 'true' ? 'source-map' : false,
    optimization: dev
      ? {}
      : {
          splitChunks: {
            chunks: 'async',
            cacheGroups: {
              exceljs: {
                test: EXCELJS_MODULES,
                name: 'exceljs',
                chunks: 'async',
                enforce: true,
                priority: 20,
              },
            },
          },
        },
    performance: dev
      ? false
      : {
          hints: 'warning',
          maxEntrypointSize: INITIAL_JS_BUDGET_RAW,
          maxAssetSize: INITIAL_JS_BUDGET_RAW,
          // The lazily loaded ExcelJS chunk is large by nature and not part of the initial load.
          assetFilter: (file) => file.endsWith('.js') && !file.startsWith('exceljs'),
        },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The demo's department files (the 集約 tab offers them outside Excel), fetched from the pane's own origin.
          { from: 'samples/*.xlsx', to: 'samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              transformer: (content) => (publicUrl ? rewriteManifestUrls(content.toString('utf8'), publicUrl) : content),
              cache: publicUrl ? { keys: { publicUrl } } : false,
            },
          },
        ],
      }),
      ...(dev ? [] : [new InitialJsBudgetPlugin(INITIAL_JS_BUDGET_GZIP)]),
    ],
    devServer: serving
      ? {
          host: 'localhost', // not reachable from the network
          port: DEV_SERVER_PORT,
          server: await devServerHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false, // everything is served from the in-memory build
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};

module.exports.INITIAL_JS_BUDGET_GZIP = INITIAL_JS_BUDGET_GZIP;
