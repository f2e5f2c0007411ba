/**
 * The fake Excel's formula engine for the end-to-end tests (test/fakes/formulaEngine.ts:
 * HyperFormula and the KPI.* functions), as a second script the scripted host loads only when a
 * test asks for it (FakeOfficeConfig.formulaEngine): HyperFormula is large, and the pane's
 * first-render benchmark, which uses the same host, must not pay for it.
 */
import { formulaEngine } from "../fakes/formulaEngine";

(window as unknown as { __kpiFormulaEngine?: typeof formulaEngine }).__kpiFormulaEngine = formulaEngine;
