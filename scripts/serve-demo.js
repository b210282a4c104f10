#!/usr/bin/env node
/*
 * Serves the production build (dist/) for the demo and for end-to-end tests.
 *
 *   node scripts/serve-demo.js                 https://localhost:3000/taskpane.html
 *   node scripts/serve-demo.js --port 8443     another port (0 = any free port)
 *   node scripts/serve-demo.js --http          plain http (tests, or when no certificate can be made)
 *   node scripts/serve-demo.js --dir some/dir  serve another directory
 *   node scripts/serve-demo.js --config F.json serve F.json as psheet.config.json beside the pane
 *                                              (as a city's IT section would place one)
 *
 * https uses a self-signed certificate generated at start-up with the `selfsigned` package
 * (installed with webpack-dev-server); without it the server falls back to http and says so.
 * Exactly one stdout line starts with "URL: " and carries the task pane's address, so a test
 * can start the server with `--port 0 --http` and read where it listens.
 *
 * Also usable as a module: `const { startServer } = require('./scripts/serve-demo')`.
 */
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const DEFAULT_PORT = 3000;
const DEFAULT_HOST = 'localhost';
const DEFAULT_ROOT = path.resolve(__dirname, '..', 'dist');
const START_PAGE = 'taskpane.html';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Content-Type for a file name; unknown types are sent as opaque bytes. */
function contentTypeFor(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

class UsageError extends Error {}

const HELP = `使い方 / Usage: node scripts/serve-demo.js [--port N] [--http] [--host H] [--dir DIR]

  --port N   待ち受けるポート (既定 ${DEFAULT_PORT}、0 は空いている任意のポート)
             port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --http     https ではなく http で配信する / serve plain http instead of https
  --host H   待ち受けるホスト名 (既定 ${DEFAULT_HOST}) / host to bind (default ${DEFAULT_HOST})
  --dir DIR  配信するディレクトリ (既定 dist/) / directory to serve (default dist/)
  --config F F を作業ウィンドウの横の psheet.config.json として配信する
             serve F as psheet.config.json beside the task pane
`;

/** Parses command-line options; throws UsageError on bad input. */
function parseArgs(argv) {
  const options = { port: DEFAULT_PORT, http: false, host: DEFAULT_HOST, root: DEFAULT_ROOT, configFile: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline !== undefined ? inline : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} には値が必要です / ${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) {
          throw new UsageError(`ポート番号が正しくありません: ${text} / invalid port: ${text}`);
        }
        options.port = port;
        break;
      }
      case '--http':
        options.http = true;
        break;
      case '--host':
        options.host = value();
        break;
      case '--dir':
        options.root = path.resolve(value());
        break;
      case '--config':
        options.configFile = path.resolve(value());
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new UsageError(`不明なオプション: ${arg} / unknown option: ${arg}`);
    }
  }
  return options;
}

/** A self-signed certificate for localhost, or null when `selfsigned` is not installed. */
async function makeCertificate() {
  let selfsigned;
  try {
    selfsigned = require('selfsigned');
  } catch {
    return null;
  }
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + 30 * 24 * 60 * 60 * 1000);
  const attrs = [{ name: 'commonName', value: 'localhost' }];
  const options = {
    keySize: 2048,
    algorithm: 'sha256',
    days: 30, // selfsigned 2.x
    notBeforeDate, // selfsigned 5.x
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  };
  // selfsigned 5 returns a Promise, older versions return the pems directly.
  const pems = await selfsigned.generate(attrs, options);
  return { key: pems.private, cert: pems.cert };
}

/** Resolves a URL path inside root; null if it escapes root or is malformed. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function sendText(res, status, text, extraHeaders = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders });
  res.end(res.req.method === 'HEAD' ? undefined : text + '\n');
}

/** URL path of the configuration the pane looks for beside its own files. */
const CONFIG_PATH = '/psheet.config.json';

function createHandler(root, configFile) {
  return function handle(req, res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const urlPath = (req.url || '/').split(/[?#]/, 1)[0];
    if (urlPath === '/' || urlPath === '') {
      res.writeHead(302, { Location: '/' + START_PAGE });
      res.end();
      return;
    }
    let file = configFile && urlPath === CONFIG_PATH ? configFile : resolveInside(root, urlPath);
    if (!file) {
      sendText(res, 400, 'Bad Request');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      if (err || !stat || !stat.isFile()) {
        sendText(res, 404, 'Not Found');
        return;
      }
      res.writeHead(200, { 'Content-Type': contentTypeFor(file), 'Content-Length': stat.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  };
}

/** Host part of a URL: IPv6 literals need brackets. */
function urlHost(host) {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * Starts the server. Resolves once it listens, with its URL and a close() function.
 * Rejects with an Error whose `code` is 'NO_DIST', 'EADDRINUSE', 'EACCES', ….
 */
async function startServer(options = {}) {
  const root = path.resolve(options.root || DEFAULT_ROOT);
  const host = options.host || DEFAULT_HOST;
  const port = options.port === undefined ? DEFAULT_PORT : options.port;

  if (!fs.existsSync(path.join(root, START_PAGE))) {
    const error = new Error(
      `${path.relative(process.cwd(), root) || root}/${START_PAGE} がありません。先に \`npm run build\` を実行してください。\n` +
        `${path.relative(process.cwd(), root) || root}/${START_PAGE} is missing. Run \`npm run build\` first.`,
    );
    error.code = 'NO_DIST';
    throw error;
  }

  let protocol = 'http';
  const notes = [];
  let server;
  if (options.configFile && !fs.existsSync(options.configFile)) {
    const error = new Error(`設定ファイルがありません / configuration file not found: ${options.configFile}`);
    error.code = 'NO_CONFIG';
    throw error;
  }
  const handler = createHandler(root, options.configFile);
  if (!options.http) {
    const certificate = await makeCertificate();
    if (certificate) {
      server = https.createServer(certificate, handler);
      protocol = 'https';
    } else {
      notes.push(
        '自己署名証明書を作れないため (selfsigned パッケージがありません)、http で配信します。Office への読み込みには https が必要です。',
        'Cannot create a self-signed certificate (package "selfsigned" not found): serving plain http. Loading into Office needs https.',
      );
    }
  }
  if (!server) server = http.createServer(handler);
  // Track raw connections so that close() can end idle keep-alive and half-open TLS sockets.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    const onError = (error) => {
      server.removeListener('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  const actualPort = server.address().port;
  const url = `${protocol}://${urlHost(host)}:${actualPort}/${START_PAGE}`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return { server, url, protocol, port: actualPort, root, notes, close };
}

function describeListenError(error, options) {
  if (error.code === 'EADDRINUSE') {
    return (
      `ポート ${options.port} は使用中です。別のプログラム (npm run dev-server など) を止めるか、--port で別のポートを指定してください。\n` +
      `Port ${options.port} is already in use. Stop the other program (e.g. npm run dev-server) or choose another port with --port.`
    );
  }
  if (error.code === 'EACCES') {
    return `ポート ${options.port} を使う権限がありません。/ Permission denied for port ${options.port}.`;
  }
  if (error.code === 'ENOTFOUND' || error.code === 'EADDRNOTAVAIL') {
    return `ホスト ${options.host} で待ち受けできません。/ Cannot listen on host ${options.host}.`;
  }
  return error.message;
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message + '\n\n' + HELP);
    return 2;
  }
  if (options.help) {
    console.log(HELP);
    return 0;
  }

  let running;
  try {
    running = await startServer(options);
  } catch (error) {
    console.error(`エラー / Error: ${describeListenError(error, options)}`);
    return 1;
  }

  for (const note of running.notes) console.error(note);
  console.log('プロセスシート点検のデモを配信しています。/ Serving the Process Sheet Check demo.');
  console.log(`URL: ${running.url}`);
  if (running.protocol === 'https') {
    console.log(
      '自己署名証明書を使っているため、ブラウザーに警告が表示されます。内容を確認して続行してください。\n' +
        'The browser will warn about the self-signed certificate; review the warning and proceed.',
    );
  }
  console.log('Excel の外ではデモ モードで動作します。終了するには Ctrl+C を押してください。\n' + 'Outside Excel the pane runs in demo mode. Press Ctrl+C to stop.');

  await new Promise((resolve) => {
    let stopping = false;
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: 停止します / stopping.`);
      running.close().then(resolve);
      // Do not hang on a stubborn connection.
      setTimeout(resolve, 2000).unref();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error && error.stack ? error.stack : error);
      process.exit(1);
    },
  );
}

module.exports = { startServer, parseArgs, contentTypeFor, resolveInside, DEFAULT_PORT, START_PAGE };
