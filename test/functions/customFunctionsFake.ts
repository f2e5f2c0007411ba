/**
 * A minimal stand-in for Excel's CustomFunctions global (absent under jest), typed against
 * @types/custom-functions-runtime: the Error class and the ErrorCode values the wrappers use.
 */
export class FakeCustomFunctionsError implements CustomFunctions.Error {
  constructor(
    public code: CustomFunctions.ErrorCode,
    public message?: string,
  ) {}
}

const errorCodes = {
  invalidValue: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  notAvailable: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  divisionByZero: "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  invalidNumber: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  nullReference: "#NULL!" as CustomFunctions.ErrorCode.nullReference,
  invalidName: "#NAME?" as CustomFunctions.ErrorCode.invalidName,
  invalidReference: "#REF!" as CustomFunctions.ErrorCode.invalidReference,
};

const fake: Pick<typeof CustomFunctions, "Error" | "associate"> & { ErrorCode: typeof errorCodes } = {
  Error: FakeCustomFunctionsError,
  ErrorCode: errorCodes,
  associate: () => undefined,
};

/** Installs the fake as the global CustomFunctions (idempotent). */
export function installCustomFunctionsFake(): void {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fake;
}

/** Pretends Office runs with this display language ("en-US"); undefined removes Office again. */
export function setOfficeDisplayLanguage(displayLanguage: string | undefined): void {
  const g = globalThis as { Office?: unknown };
  if (displayLanguage === undefined) delete g.Office;
  else g.Office = { context: { displayLanguage } };
}
