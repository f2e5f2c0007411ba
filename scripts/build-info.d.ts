// Types for scripts/build-info.js (CommonJS, used by webpack.config.js).

/** The add-in's version (package.json) and build commit (`git rev-parse --short HEAD`, else "unknown"). */
export declare function buildInfo(options?: {
  root?: string;
  git?: (args: string[], cwd: string) => string;
}): { version: string; commit: string };
/** DefinePlugin definitions of __ADDIN_VERSION__ and __BUILD_COMMIT__ (JSON string literals). */
export declare function buildInfoDefinitions(info?: { version: string; commit: string }): Record<"__ADDIN_VERSION__" | "__BUILD_COMMIT__", string>;
