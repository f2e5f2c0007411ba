/**
 * The clipboard, for the pane's "Sao chép" (copy the summary). Office hosts may refuse it (the
 * add-in's frame without clipboard-write permission, an older webview): the promise then rejects
 * and the pane selects the text for Ctrl+C instead.
 */
import { NotAvailableError } from "./actions";

export function copyText(text: string, clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard): Promise<void> {
  if (!clipboard || typeof clipboard.writeText !== "function") return Promise.reject(new NotAvailableError("clipboard"));
  return clipboard.writeText(text);
}
