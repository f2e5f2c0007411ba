/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency does not load
    // under jest on Node 20; the mock never uses it, so a stub stands in.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    // Stylesheets the pane's entry imports (webpack extracts them); nothing to load under jest.
    "\\.css(\\?.*)?$": "<rootDir>/test/stubs/style.js",
  },
  testTimeout: 30000,
  setupFilesAfterEnv: ["<rootDir>/test/setup/testingLibrary.ts"],
};
