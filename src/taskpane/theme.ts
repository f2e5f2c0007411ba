/**
 * The pane follows Office's theme: Office.context.officeTheme gives the colours of the current
 * Office theme (white, colourful, dark grey, black); a dark body picks Fluent's dark theme, a light
 * one the light theme, and the pane's background takes Office's own body colour when the theme's
 * text stays readable on it (WCAG AA). Outside Office the browser's colour scheme decides.
 *
 * A theme is a stylesheet of CSS variables (fluentTheme.css, written at build time from Fluent's
 * themes): the light one comes with the page, the dark one is a chunk loaded only where it is used.
 * Nothing here writes a <style> element: the background is set on <html> through the CSSOM, which
 * the page's CSP (style-src 'self') allows.
 */
import type { Theme } from "@fluentui/react-components";

export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (or "#RGB"), or undefined when it is not such a colour. */
export function luminance(color: string | undefined): number | undefined {
  if (!color) return undefined;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(a) ?? 0;
  const lb = luminance(b) ?? 0;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function isDark(colors: OfficeThemeColors | undefined, prefersDark = false): boolean {
  const l = luminance(colors?.bodyBackgroundColor);
  return l === undefined ? prefersDark : l < 0.2;
}

/** The text colours that must stay readable on the background. */
export const READABLE_TOKENS = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
  "colorBrandForeground1",
  "colorBrandForegroundLink",
] as const;

export type ReadableColors = Pick<Theme, (typeof READABLE_TOKENS)[number]>;

/** Office's body colour, when every text colour of the theme stays readable on it (4.5:1); else undefined. */
export function officeBackground(colors: OfficeThemeColors | undefined, theme: ReadableColors): string | undefined {
  const background = colors?.bodyBackgroundColor;
  if (!background || luminance(background) === undefined) return undefined;
  const readable = READABLE_TOKENS.every((token) => luminance(theme[token]) !== undefined && contrastRatio(theme[token], background) >= 4.5);
  return readable ? background : undefined;
}

/** Loads the dark theme's stylesheet (it overrides the light one); false when it cannot be loaded (offline). */
async function loadDarkTheme(): Promise<boolean> {
  try {
    await import(/* webpackChunkName: "theme-dark" */ "./fluentTheme.css?dark");
    return true;
  } catch {
    return false;
  }
}

/** The theme's colours as the page has them now (its CSS variables on <html>). */
function pageColors(root: HTMLElement): ReadableColors {
  const style = getComputedStyle(root);
  return Object.fromEntries(READABLE_TOKENS.map((token) => [token, style.getPropertyValue(`--${token}`).trim()])) as ReadableColors;
}

/** Applies the theme for Office's colours to the page; resolves once it is on screen. */
export async function applyTheme(colors: OfficeThemeColors | undefined, prefersDark = false): Promise<"light" | "dark"> {
  const dark = isDark(colors, prefersDark) && (await loadDarkTheme());
  const root = document.documentElement;
  // Native controls (select lists, check boxes) follow the theme too.
  root.style.colorScheme = dark ? "dark" : "light";
  const background = officeBackground(colors, pageColors(root));
  if (background) root.style.setProperty("--colorNeutralBackground1", background);
  return dark ? "dark" : "light";
}
