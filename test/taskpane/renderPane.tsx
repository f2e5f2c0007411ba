/** The pane rendered with fake actions, as the component tests start it: after its first read of the sheet. */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneActions } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/App";
import { createFakeActions } from "./fakeActions";
import { statusRead } from "./steps";

export async function renderPane(language: "vi" | "en" = "vi", host: PaneActions["host"] = "excel") {
  const actions = createFakeActions(host);
  const user = userEvent.setup();
  render(<App actions={actions} language={language} />);
  // Outside Excel the pane reads no sheet.
  if (host === "excel") await statusRead();
  return { actions, user };
}
