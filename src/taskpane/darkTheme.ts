/** Fluent's dark theme, a chunk of its own: only a dark Office (or browser) loads it (theme.ts). */
export { webDarkTheme } from "@fluentui/react-components";
