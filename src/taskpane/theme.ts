/**
 * The Fluent theme that follows Office's theme: Office.context.officeTheme gives the colours of
 * the current Office theme (white, colourful, dark grey, black); a dark body picks webDarkTheme,
 * a light one webLightTheme, and the pane's background takes Office's own body colour when the
 * theme's text stays readable on it (WCAG AA). Outside Office the browser's colour scheme decides.
 * The dark theme is a separate chunk (darkTheme.ts), loaded only where it is used.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

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

/** The Fluent dark theme, loaded on demand; the light one when it cannot be loaded (offline). */
async function darkTheme(): Promise<Theme> {
  try {
    return (await import(/* webpackChunkName: "theme-dark" */ "./darkTheme")).webDarkTheme;
  } catch {
    return webLightTheme;
  }
}

/** The theme for Office's colours; the background follows Office only when text stays readable. */
export async function loadTheme(colors: OfficeThemeColors | undefined, prefersDark = false): Promise<Theme> {
  return withOfficeBackground(isDark(colors, prefersDark) ? await darkTheme() : webLightTheme, colors);
}

/** The base theme with Office's body colour as its background, when the theme's text stays readable on it. */
export function withOfficeBackground(base: Theme, colors: OfficeThemeColors | undefined): Theme {
  const background = colors?.bodyBackgroundColor;
  if (!background || luminance(background) === undefined) return base;
  const readable = [
    base.colorNeutralForeground1,
    base.colorNeutralForeground2,
    base.colorNeutralForeground3,
    base.colorBrandForeground1,
    base.colorBrandForegroundLink,
  ].every(
    (fg) => contrastRatio(fg, background) >= 4.5,
  );
  return readable ? { ...base, colorNeutralBackground1: background } : base;
}
