// ESLint 9 flat config.
//
// - typescript-eslint "recommended" for all TypeScript, plus a few type-aware rules that are cheap
//   and catch real Office.js bugs (a forgotten `await context.sync()` / un-awaited Excel.run).
// - eslint-plugin-office-addins: the office-addins/* rules of its "recommended" config. That config
//   also brings its own (older) typescript-eslint parser/plugin and a Prettier formatting rule; we
//   take only its rules so one typescript-eslint version is used and formatting stays out of lint.
// - React: eslint-plugin-react (recommended + new JSX runtime) and eslint-plugin-react-hooks
//   (recommended) for .tsx files.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** office-addins/* rules exactly as the plugin's recommended config sets them. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/** Globals of Node scripts and config files (the `globals` package is not a dependency). */
const nodeGlobals = Object.fromEntries(
  [
    "require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer",
    "URL", "URLSearchParams", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
    "setImmediate", "structuredClone", "fetch", "TextEncoder", "TextDecoder",
  ].map((name) => [name, "readonly"]),
);

const tsFiles = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const jsFiles = ["**/*.js", "**/*.mjs", "**/*.cjs"];

export default tseslint.config(
  {
    // hidden folders (.ci, editor/tool caches, scratch space) hold no lintable project code
    ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/", ".*/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,

  // TypeScript: type information from tsconfig.json (project service).
  {
    files: tsFiles,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          // Office.onReady(() => …) is the documented start-up idiom; its promise needs no handling.
          allowForKnownSafeCalls: [{ from: "package", name: "onReady", package: "@types/office-js" }],
        },
      ],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // React task pane.
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat["jsx-runtime"],
  },
  {
    files: ["**/*.tsx", "src/**/*.ts"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.tsx"],
    rules: {
      "react/prop-types": "off", // TypeScript types the props
    },
  },

  // Node scripts and config files (CommonJS .js, ESM .mjs).
  {
    files: jsFiles,
    languageOptions: {
      ecmaVersion: 2022,
      globals: nodeGlobals,
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
);
