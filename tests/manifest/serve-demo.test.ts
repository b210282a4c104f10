/**
 * scripts/serve-demo.js as a module, on a temporary directory and a free port (no build needed).
 */
import fs from 'fs';
import http from 'http';
import https from 'https';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import { ROOT } from './manifest-helpers';

interface Running {
  url: string;
  protocol: 'http' | 'https';
  port: number;
  close(): Promise<void>;
}
interface ServeDemo {
  startServer(options: { port?: number; http?: boolean; host?: string; root?: string }): Promise<Running>;
  parseArgs(argv: string[]): { port: number; http: boolean; host: string; root: string; help: boolean };
  contentTypeFor(file: string): string;
}

const serveDemo: ServeDemo = require('../../scripts/serve-demo.js');

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(url: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const req = client.request(url, { method, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psc-serve-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'taskpane.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'taskpane.0123abcd.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dir, 'manifest.xml'), '<OfficeApp/>');
  fs.copyFileSync(path.join(ROOT, 'assets', 'icon-16.png'), path.join(dir, 'assets', 'icon-16.png'));
  fs.writeFileSync(path.join(os.tmpdir(), 'psc-secret.txt'), 'secret');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), 'psc-secret.txt'), { force: true });
});

describe('serve-demo', () => {
  test('parses --port, --http, --host and --dir', () => {
    expect(serveDemo.parseArgs([])).toMatchObject({ port: 3000, http: false, host: 'localhost' });
    expect(serveDemo.parseArgs(['--port', '0', '--http'])).toMatchObject({ port: 0, http: true });
    expect(serveDemo.parseArgs(['--port=8443', '--dir', dir])).toMatchObject({ port: 8443, root: dir });
    expect(() => serveDemo.parseArgs(['--port', 'x'])).toThrow(/port/);
    expect(() => serveDemo.parseArgs(['--bogus'])).toThrow(/unknown option/);
  });

  test('knows the MIME types of the build output', () => {
    expect(serveDemo.contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(serveDemo.contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(serveDemo.contentTypeFor('a.png')).toBe('image/png');
    expect(serveDemo.contentTypeFor('manifest.xml')).toBe('application/xml; charset=utf-8');
    expect(serveDemo.contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });

  test('serves the directory over http on a free port', async () => {
    const server = await serveDemo.startServer({ port: 0, http: true, root: dir });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+\/taskpane\.html$/);
      expect(server.port).toBeGreaterThan(0);
      const base = server.url.replace(/taskpane\.html$/, '');

      const page = await request(server.url);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['access-control-allow-origin']).toBe('*');
      expect(page.body.toString()).toContain('<title>t</title>');

      const js = await request(base + 'taskpane.0123abcd.js');
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      const png = await request(base + 'assets/icon-16.png');
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.body.subarray(1, 4).toString()).toBe('PNG');

      expect((await request(base)).status).toBe(302);
      expect((await request(base + 'missing.js')).status).toBe(404);
      expect((await request(base + '%2e%2e/psc-secret.txt')).status).toBe(404);
      expect((await request(base + '..%2fpsc-secret.txt')).status).toBe(404);
      expect((await request(server.url, 'POST')).status).toBe(405);
      const head = await request(server.url, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
    } finally {
      await server.close();
    }
  });

  test('serves https with a generated self-signed certificate', async () => {
    const server = await serveDemo.startServer({ port: 0, root: dir });
    try {
      // https when the `selfsigned` package is available (it comes with webpack-dev-server)
      expect(server.protocol).toBe('https');
      expect(server.url).toMatch(/^https:\/\/localhost:\d+\/taskpane\.html$/);
      expect((await request(server.url)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  test('fails clearly when the build output is missing', async () => {
    await expect(serveDemo.startServer({ port: 0, http: true, root: path.join(dir, 'nope') })).rejects.toMatchObject({
      code: 'NO_DIST',
      message: expect.stringMatching(/npm run build/),
    });
  });

  test('fails when the port is busy', async () => {
    const first = await serveDemo.startServer({ port: 0, http: true, root: dir });
    try {
      await expect(serveDemo.startServer({ port: first.port, http: true, root: dir })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });

  test('the command prints "URL: " and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-demo.js'), '--port', '0', '--http', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.startsWith('URL: '));
          if (line) resolve(line.slice('URL: '.length).trim());
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/localhost:\d+\/taskpane\.html$/);
      expect((await request(url)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
