// Types for scripts/manifest-urls.js (CommonJS, used by webpack.config.js).

/** Base URL every resource in the source manifest uses (the webpack dev server). */
export declare const DEV_URL: string;
/** Placeholder used when ADDIN_PUBLIC_URL is not set for a production build. */
export declare const DEFAULT_PUBLIC_URL: string;
/** Throws unless `url` is an absolute https URL ending with "/" (and not localhost). */
export declare function assertPublicUrl(url: string): string;
/** The production base URL from ADDIN_PUBLIC_URL, or the placeholder. */
export declare function resolvePublicUrl(env?: Record<string, string | undefined>): {
  url: string;
  isDefault: boolean;
};
/** Replaces every dev URL (and bare dev origin) in `xml` by the production one. */
export declare function rewriteManifestUrls(xml: string, publicUrl: string, devUrl?: string): string;
