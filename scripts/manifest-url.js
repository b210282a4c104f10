/*
 * Production URL rewrite for manifest.xml.
 *
 * The source manifest points every URL at the development server
 * (https://localhost:3000/). The production build (webpack.config.js) copies it
 * to dist/manifest.xml with that prefix replaced by the public URL where dist/
 * is deployed, taken from the ADDIN_PUBLIC_URL environment variable.
 *
 * Plain CommonJS so that webpack.config.js, scripts and tests can all require it.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** Used when ADDIN_PUBLIC_URL is not set. `.invalid` never resolves (RFC 2606), so a
 * manifest built without a real URL fails visibly instead of pointing at someone's site. */
const DEFAULT_PUBLIC_URL = 'https://example.invalid/process-sheet-checker/';

/** Matches the development origin with or without the trailing slash. */
const DEV_URL_PATTERN = /https:\/\/localhost:3000(?:\/|(?![\w.:-]))/g;

/**
 * Checks a public base URL and returns it in canonical form, ending with "/".
 * Office requires add-in pages and icons to be served over https.
 * @param {string} url
 * @returns {string}
 */
function normalizePublicUrl(url) {
  const text = String(url == null ? '' : url).trim();
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a valid URL: "${text}" / ADDIN_PUBLIC_URL が URL として正しくありません`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`ADDIN_PUBLIC_URL must use https: "${text}" / ADDIN_PUBLIC_URL は https で指定してください`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be a plain base URL without query, fragment or credentials: "${text}" / ` +
        'ADDIN_PUBLIC_URL にはクエリ・フラグメント・認証情報を含めないでください',
    );
  }
  let href = parsed.href;
  if (!href.endsWith('/')) href += '/';
  return href;
}

/**
 * The public base URL for a production build.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function resolvePublicUrl(env = process.env) {
  const value = env.ADDIN_PUBLIC_URL;
  return normalizePublicUrl(value && value.trim() ? value : DEFAULT_PUBLIC_URL);
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Replaces every https://localhost:3000 URL in the manifest with the public URL.
 * "https://localhost:3000/x" becomes "<public>x"; a bare "https://localhost:3000"
 * (as an AppDomain would be written) becomes the public origin.
 * @param {string} xml manifest text
 * @param {string} [publicUrl] base URL; DEFAULT_PUBLIC_URL when omitted
 * @returns {string}
 */
function rewriteManifestUrls(xml, publicUrl = DEFAULT_PUBLIC_URL) {
  const base = normalizePublicUrl(publicUrl);
  const origin = new URL(base).origin;
  return String(xml).replace(DEV_URL_PATTERN, (match) =>
    escapeXmlAttribute(match.endsWith('/') ? base : origin),
  );
}

module.exports = { DEV_URL, DEFAULT_PUBLIC_URL, normalizePublicUrl, resolvePublicUrl, rewriteManifestUrls };
