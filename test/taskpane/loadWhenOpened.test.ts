/**
 * A workbook of a non-built-in plan asks Office to load the add-in when it opens (SharedRuntime
 * 1.1), so KPI.STATUS knows the workbook's plan before anyone opens the pane; elsewhere nothing.
 */
import { loadWhenOpened } from "../../src/taskpane/excelActions";

const globals = globalThis as Record<string, unknown>;

function fakeOffice(sharedRuntime: boolean, setStartupBehavior: jest.Mock) {
  globals.Office = {
    context: { requirements: { isSetSupported: (name: string, version: string) => sharedRuntime && name === "SharedRuntime" && version === "1.1" } },
    addin: { setStartupBehavior },
    StartupBehavior: { load: "Load", none: "None" },
  };
}

afterEach(() => {
  delete globals.Office;
});

test("sets the document to load the add-in where the shared runtime is there", async () => {
  const setStartupBehavior = jest.fn().mockResolvedValue(undefined);
  fakeOffice(true, setStartupBehavior);
  expect(await loadWhenOpened()).toBe(true);
  expect(setStartupBehavior).toHaveBeenCalledWith("Load");
});

test("does nothing without the shared runtime, and never fails the action when Office refuses", async () => {
  const setStartupBehavior = jest.fn().mockRejectedValue(new Error("GenericException"));
  fakeOffice(false, setStartupBehavior);
  expect(await loadWhenOpened()).toBe(false);
  expect(setStartupBehavior).not.toHaveBeenCalled();
  fakeOffice(true, setStartupBehavior);
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  expect(await loadWhenOpened()).toBe(false);
  expect(warn).toHaveBeenCalled();
  warn.mockRestore();
});
