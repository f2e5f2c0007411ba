import type { PortableMode } from "../actions";
import type { ActionId, Outcome } from "../state";
import { useLocale } from "../strings";
import { ActionButton } from "./ActionButton";
import { SelectField } from "./Fields";
import { OutcomeBar } from "./OutcomeBar";
import { Step, type StepFrame } from "./Step";

const SHARE_UNDO_NOTE = "share-undo-note";

export interface ShareStepProps {
  readonly mode: PortableMode;
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  readonly onMode: (mode: PortableMode) => void;
  readonly onRun: () => void;
  /** Open or closed, and its one line when closed (see Step). */
  readonly frame?: StepFrame;
}

/** Step 6: the copy for people without the add-in, with ordinary formulas or fixed values. */
export function ShareStep({ mode, busy, outcome, onMode, onRun, frame }: ShareStepProps) {
  const { s, check } = useLocale();
  const p = check.portable;
  return (
    <Step id="share" heading={s.share.heading} explain={s.share.explain} frame={frame}>
      <SelectField label={p.modeLabel} value={mode} onChange={(value) => onMode(value as PortableMode)}>
        <option value="formulas">{p.modes.formulas}</option>
        <option value="values">{p.modes.values}</option>
      </SelectField>
      {/* The copy is a worksheet copy, and Excel clears its undo history when a sheet is copied. */}
      <p id={SHARE_UNDO_NOTE}>{s.share.undoNote}</p>
      <ActionButton
        action="portableCopy"
        busy={busy}
        label={p.button}
        running={s.share.running}
        describedBy={SHARE_UNDO_NOTE}
        onClick={onRun}
      />
      <OutcomeBar outcome={outcome} />
    </Step>
  );
}
