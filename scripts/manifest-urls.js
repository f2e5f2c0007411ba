// Dev → production URL rewriting for manifest*.xml (used by webpack.config.js; tested by
// test/manifest.test.ts). CommonJS so webpack's config can require it without a build step.
"use strict";

/** Base URL every resource in the source manifest uses (the webpack dev server). */
const DEV_URL = "https://localhost:3000/";

/** Placeholder used when ADDIN_PUBLIC_URL is not set for a production build. */
const DEFAULT_PUBLIC_URL = "https://www.contoso.com/kpi-cchc/";

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Checks a production base URL: absolute, https, no query/fragment, ends with "/".
 * @param {string} url
 * @returns {string} the URL unchanged
 */
function assertPublicUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not an absolute URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office only loads add-ins over https): ${url}`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: ${url}`);
  }
  if (!url.endsWith("/")) {
    throw new Error(`ADDIN_PUBLIC_URL must end with "/" (e.g. https://host/path/): ${url}`);
  }
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/i.test(parsed.hostname)) {
    throw new Error(`ADDIN_PUBLIC_URL must not point at localhost: ${url}`);
  }
  return url;
}

/**
 * The production base URL from the environment.
 * @param {Record<string, string | undefined>} [env=process.env]
 * @returns {{ url: string, isDefault: boolean }}
 */
function resolvePublicUrl(env = process.env) {
  const raw = (env.ADDIN_PUBLIC_URL || "").trim();
  if (!raw) return { url: DEFAULT_PUBLIC_URL, isDefault: true };
  return { url: assertPublicUrl(raw), isDefault: false };
}

/**
 * Replaces EVERY occurrence of the dev base URL by `publicUrl` (global, not only the first), and
 * then any remaining bare dev origin (e.g. an <AppDomain>https://localhost:3000</AppDomain>) by the
 * production origin, so no localhost reference survives.
 * @param {string} xml manifest text
 * @param {string} publicUrl production base URL ending with "/"
 * @param {string} [devUrl=DEV_URL]
 * @returns {string}
 */
function rewriteManifestUrls(xml, publicUrl, devUrl = DEV_URL) {
  assertPublicUrl(publicUrl);
  const devOrigin = new URL(devUrl).origin;
  const prodOrigin = new URL(publicUrl).origin;
  return xml
    .replace(new RegExp(escapeRegExp(devUrl), "g"), publicUrl)
    // (?![0-9]) keeps e.g. https://localhost:30001 (another port) from matching the dev origin
    .replace(new RegExp(`${escapeRegExp(devOrigin)}(?![0-9])`, "g"), prodOrigin);
}

module.exports = {
  DEV_URL,
  DEFAULT_PUBLIC_URL,
  assertPublicUrl,
  resolvePublicUrl,
  rewriteManifestUrls,
};
