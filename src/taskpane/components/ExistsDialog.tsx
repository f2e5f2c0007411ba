import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useLocale } from "../strings";

export interface ExistsDialogProps {
  readonly open: boolean;
  /** The question, "The sheet … already exists", and what each answer does. */
  readonly title: string;
  readonly body: string;
  /** False when no new sheet may be added (moving a workbook to another plan): update or cancel. */
  readonly offerNewSheet?: boolean;
  readonly onAnswer: (answer: "update" | "newSheet" | "cancel") => void;
}

/**
 * "The sheet exists: update it or add a new one?" (the appendix's, or monthly reporting's). Loaded on demand (React.lazy) so Fluent's
 * dialog, with its focus trap and motion, stays out of the pane's first load. Once shown it stays
 * mounted and closes through `open`: unmounting an open Fluent dialog leaves the rest of the
 * pane aria-hidden (the modal's hiding is never undone), which the end-to-end test caught.
 */
export default function ExistsDialog({ open, title, body, offerNewSheet = true, onAnswer }: ExistsDialogProps) {
  const { s } = useLocale();
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && open) onAnswer("cancel");
      }}
    >
      <DialogSurface aria-describedby="insert-ask-body">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id="insert-ask-body">{body}</DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => onAnswer("update")}>
              {s.insert.askUpdate}
            </Button>
            {offerNewSheet ? (
              <Button appearance="secondary" onClick={() => onAnswer("newSheet")}>
                {s.insert.askNewSheet}
              </Button>
            ) : null}
            <Button appearance="subtle" onClick={() => onAnswer("cancel")}>
              {s.insert.askCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
