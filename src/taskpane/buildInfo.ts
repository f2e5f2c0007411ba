/**
 * The add-in's version and the commit it was built from, written into the bundle by webpack's
 * DefinePlugin (scripts/build-info.js, from package.json and `git rev-parse --short HEAD`). Where
 * the build did not define them (the tests, a build without git), "dev" and "unknown".
 */
declare const __ADDIN_VERSION__: string | undefined;
declare const __BUILD_COMMIT__: string | undefined;

export interface BuildInfo {
  readonly version: string;
  readonly commit: string;
}

export const BUILD_INFO: BuildInfo = {
  version: typeof __ADDIN_VERSION__ === "string" && __ADDIN_VERSION__ ? __ADDIN_VERSION__ : "dev",
  commit: typeof __BUILD_COMMIT__ === "string" && __BUILD_COMMIT__ ? __BUILD_COMMIT__ : "unknown",
};
