/**
 * WCAG 2.x contrast of the highlight colours: each text colour on its fill must reach 4.5:1
 * (level AA for normal text), as must the legend and the input cells' default black text.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */
import { HEADER_FILL, HIGHLIGHT_COLORS, INPUT_FILL } from "../../src/domain/layout/palette";
import type { HighlightKind } from "../../src/domain/layout/model";

/** Relative luminance of an sRGB colour "#RRGGBB". */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const AA_NORMAL_TEXT = 4.5;

describe("palette contrast (WCAG AA)", () => {
  it("computes the reference ratios", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#FFFFFF")).toBeCloseTo(1, 5);
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });

  it.each(Object.keys(HIGHLIGHT_COLORS) as HighlightKind[])("%s text on its fill reaches 4.5:1", (kind) => {
    const { fill, fontColor } = HIGHLIGHT_COLORS[kind];
    expect(contrastRatio(fontColor, fill)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });

  it("black text on the header and input fills reaches 4.5:1", () => {
    for (const fill of [HEADER_FILL, INPUT_FILL]) expect(contrastRatio("#000000", fill)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });
});
