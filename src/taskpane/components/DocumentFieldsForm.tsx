/**
 * What the "Số, ngày và người ký của văn bản" step holds (DocumentStep.tsx frames it; this is its
 * own chunk, loaded when the step is first opened; the fields typed are the pane's state, kept
 * while the step is closed). The document frame's fields: number, date, data cut-off date, who prepared and who signs, the
 * recipients. They go into the frame's input cells when the appendix is inserted, or now with
 * "Ghi vào phụ lục" (PaneActions.fillDocument). Blank fields print as dots: nothing is invented.
 * Native inputs styled with Fluent's tokens, like Fields.tsx, so the pane stays light.
 */
import { makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import type { DocumentFieldKey } from "../../domain/layout/documentFrame";
import { useLocale } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import type { DocumentStepProps } from "./DocumentStep";
import { tokens } from "../tokens";
import { CONTROL_STYLE, FIELD_STYLE, HINT_STYLE, LABEL_STYLE } from "./fieldStyles";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  field: FIELD_STYLE,
  label: LABEL_STYLE,
  input: { ...CONTROL_STYLE, paddingBlock: tokens.spacingVerticalXS },
  explain: { margin: 0, color: tokens.colorNeutralForeground2 },
  hint: HINT_STYLE,
});

/** The fields the pane offers, in the frame's order; the bodies follow "my unit". */
const PANE_FIELDS: readonly { readonly key: DocumentFieldKey; readonly kind: "text" | "date" | "list" }[] = [
  { key: "number", kind: "text" },
  { key: "date", kind: "date" },
  { key: "dataAsOf", kind: "date" },
  { key: "preparer", kind: "text" },
  { key: "signer", kind: "text" },
  { key: "recipients", kind: "list" },
];

export default function DocumentFieldsForm({ fields, busy, outcome, onChange, onWrite }: Omit<DocumentStepProps, "frame">) {
  const { s } = useLocale();
  const styles = useStyles();
  const id = useId();
  const t = s.document;
  const labels: Readonly<Record<string, { label: string; hint?: string }>> = {
    number: { label: t.number, hint: t.numberHint },
    date: { label: t.date },
    dataAsOf: { label: t.dataAsOf, hint: t.dataAsOfHint },
    preparer: { label: t.preparer },
    signer: { label: t.signer },
    recipients: { label: t.recipients, hint: t.recipientsHint },
  };
  return (
    <>
      <p className={styles.explain}>{t.explain}</p>
      <div className={styles.fields}>
        {PANE_FIELDS.map(({ key, kind }) => {
          const inputId = `${id}-${key}`;
          const hintId = `${inputId}-hint`;
          const { label, hint } = labels[key];
          const common = {
            id: inputId,
            className: styles.input,
            value: fields[key] ?? "",
            "aria-describedby": hint ? hintId : undefined,
          };
          return (
            <div key={key} className={styles.field}>
              <label htmlFor={inputId} className={styles.label}>
                {label}
              </label>
              {kind === "list" ? (
                <textarea {...common} rows={3} onChange={(e) => onChange({ [key]: e.target.value })} />
              ) : (
                <input
                  {...common}
                  type={kind === "date" ? "date" : "text"}
                  autoComplete="off"
                  onChange={(e) => onChange({ [key]: e.target.value })}
                />
              )}
              {hint ? (
                <span id={hintId} className={styles.hint}>
                  {hint}
                </span>
              ) : null}
            </div>
          );
        })}
        <ActionButton action="document" busy={busy} label={t.button} running={t.running} onClick={onWrite} />
        <OutcomeBar outcome={outcome} />
      </div>
    </>
  );
}
