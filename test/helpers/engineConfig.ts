/**
 * Excel's behaviour in HyperFormula: SUMPRODUCT evaluates its arguments as arrays (array
 * arithmetic), and results keep every digit (HyperFormula's smart rounding would show
 * 0.85714285714 for 18/21). Its own module, free of Node-only imports: the browser's fake Excel
 * (test/e2e/fakeFormulaEngine.ts) uses it too.
 */
export const ENGINE_CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false } as const;
