/**
 * The production build rewrites the development URLs of manifest.xml (scripts/manifest-url.js,
 * used by webpack.config.js). These tests run the rewrite offline.
 */
import { XMLValidator } from 'fast-xml-parser';
import { DEV_ORIGIN, parseXml, readManifest, walk } from './manifest-helpers';

interface ManifestUrlModule {
  DEV_URL: string;
  DEFAULT_PUBLIC_URL: string;
  normalizePublicUrl(url: string): string;
  resolvePublicUrl(env?: Record<string, string | undefined>): string;
  rewriteManifestUrls(xml: string, publicUrl?: string): string;
}

const manifestUrl: ManifestUrlModule = require('../../scripts/manifest-url.js');

const PUBLIC = 'https://addins.example.org/psheet/';

function urlsOf(xml: string): string[] {
  const urls: string[] = [];
  for (const { node } of walk(parseXml(xml))) {
    for (const [attr, value] of Object.entries(node.attrs)) {
      if (!attr.startsWith('xmlns') && /^https?:\/\//.test(value)) urls.push(value);
    }
    if (/^https?:\/\//.test(node.text)) urls.push(node.text);
  }
  return urls;
}

describe('production manifest URL rewrite', () => {
  const source = readManifest();

  test('the development URL constant matches the manifest', () => {
    expect(manifestUrl.DEV_URL).toBe(`${DEV_ORIGIN}/`);
  });

  test('replaces every localhost URL and keeps the manifest well-formed', () => {
    const out = manifestUrl.rewriteManifestUrls(source, PUBLIC);
    expect(out).not.toMatch(/https:\/\/localhost/);
    expect(XMLValidator.validate(out)).toBe(true);
    const before = urlsOf(source);
    const after = urlsOf(out);
    expect(after).toHaveLength(before.length);
    after.forEach((url, i) => expect(url).toBe(before[i].replace(`${DEV_ORIGIN}/`, PUBLIC)));
  });

  test('keeps everything but the URLs unchanged', () => {
    const out = manifestUrl.rewriteManifestUrls(source, PUBLIC);
    expect(out.split(PUBLIC).join(`${DEV_ORIGIN}/`)).toBe(source);
  });

  test('the task pane page moves to the public URL', () => {
    const out = manifestUrl.rewriteManifestUrls(source, PUBLIC);
    expect(out).toContain(`DefaultValue="${PUBLIC}taskpane.html"`);
    expect(out).toContain(`DefaultValue="${PUBLIC}assets/icon-32.png"`);
  });

  test('a bare origin (as in AppDomain) becomes the public origin', () => {
    const xml = `<AppDomains><AppDomain>${DEV_ORIGIN}</AppDomain></AppDomains>`;
    expect(manifestUrl.rewriteManifestUrls(xml, PUBLIC)).toBe('<AppDomains><AppDomain>https://addins.example.org</AppDomain></AppDomains>');
  });

  test('leaves other ports and hosts alone', () => {
    const xml = '<a x="https://localhost:30001/a" y="https://localhost:3000.example/b"/>';
    expect(manifestUrl.rewriteManifestUrls(xml, PUBLIC)).toBe(xml);
  });

  test('uses the documented placeholder when no URL is given', () => {
    expect(manifestUrl.DEFAULT_PUBLIC_URL).toBe('https://example.invalid/process-sheet-checker/');
    expect(manifestUrl.resolvePublicUrl({})).toBe(manifestUrl.DEFAULT_PUBLIC_URL);
    expect(manifestUrl.resolvePublicUrl({ ADDIN_PUBLIC_URL: '  ' })).toBe(manifestUrl.DEFAULT_PUBLIC_URL);
    expect(manifestUrl.rewriteManifestUrls(source)).toContain('https://example.invalid/process-sheet-checker/taskpane.html');
  });

  test('ADDIN_PUBLIC_URL is normalised to end with a slash', () => {
    expect(manifestUrl.resolvePublicUrl({ ADDIN_PUBLIC_URL: 'https://addins.example.org/psheet' })).toBe(PUBLIC);
    expect(manifestUrl.resolvePublicUrl({ ADDIN_PUBLIC_URL: 'https://addins.example.org' })).toBe('https://addins.example.org/');
  });

  test('rejects public URLs Office cannot load or that would corrupt the manifest', () => {
    expect(() => manifestUrl.normalizePublicUrl('http://addins.example.org/')).toThrow(/https/);
    expect(() => manifestUrl.normalizePublicUrl('not a url')).toThrow(/valid URL/);
    expect(() => manifestUrl.normalizePublicUrl('https://addins.example.org/?v=1')).toThrow(/query/);
    expect(() => manifestUrl.normalizePublicUrl('https://user:pw@addins.example.org/')).toThrow(/credentials/);
  });

  test('characters special to XML in the public URL are escaped', () => {
    const out = manifestUrl.rewriteManifestUrls(source, 'https://addins.example.org/a&b/');
    expect(XMLValidator.validate(out)).toBe(true);
    expect(urlsOf(out)).toContain('https://addins.example.org/a&b/taskpane.html');
  });
});
