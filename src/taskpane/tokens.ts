/**
 * Fluent's design tokens as the pane's styles use them: `tokens.colorNeutralForeground1` is
 * "var(--colorNeutralForeground1)", the CSS variable FluentProvider sets from the theme, for every
 * name of the Theme. Fluent's own `tokens` spells the 470 names out in an object of its first-load
 * bundle; this one makes each string when asked (test/taskpane checks that they are the same).
 * The z-index tokens, which Fluent gives fallback values, are left out.
 */
import type { Theme } from "@fluentui/react-components";

export type TokenName = Exclude<keyof Theme, `zIndex${string}`>;

export const tokens: Readonly<Record<TokenName, string>> = new Proxy({} as Record<TokenName, string>, {
  get: (_target, name) => (typeof name === "string" ? `var(--${name})` : undefined),
});

/**
 * The four border colours at once, for makeStyles (which takes no border-color shorthand); Fluent's
 * `shorthands` would bring every other shorthand helper into the first load with it.
 */
export function borderColor(color: string): {
  borderTopColor: string;
  borderRightColor: string;
  borderBottomColor: string;
  borderLeftColor: string;
} {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}
