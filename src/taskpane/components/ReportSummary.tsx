/**
 * After the check: the paragraph for the written report (reportSummary, always in the document's
 * Vietnamese) in a read-only text box, and "Sao chép". The copy goes through the pane's actions
 * (PaneActions.copyText); where the host refuses the clipboard, the text is selected instead, so
 * Ctrl+C copies it. Loaded with the check's results (the "check-results" chunk).
 */
import { makeStyles } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { ReportPeriod } from "../../domain/period";
import { reportSummary } from "../../domain/reportSummary";
import type { CheckResult } from "../actions";
import { useLocale } from "../strings";
import { PaneButton } from "./PaneButton";
import { OutcomeBar } from "./OutcomeBar";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "120px",
    padding: tokens.spacingHorizontalS,
    resize: "vertical",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
});

export interface ReportSummaryProps {
  readonly result: CheckResult;
  /** The period reported on: the monthly table's (result.period) or the one chosen in step 1. */
  readonly period: ReportPeriod;
  /** Copies the text (PaneActions.copyText); rejects where the clipboard is refused. */
  readonly onCopy: (text: string) => Promise<void>;
}

type CopyState = "idle" | "copied" | "selected";

export default function ReportSummary({ result, period, onCopy }: ReportSummaryProps) {
  const { s } = useLocale();
  const styles = useStyles();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>("idle");
  const text = reportSummary(result, { period: result.period ?? period });
  if (text === undefined) return null;
  const t = s.summary;

  const copy = async (): Promise<void> => {
    try {
      await onCopy(text);
      setState("copied");
    } catch {
      // The clipboard was refused: select the paragraph so that Ctrl+C copies it.
      box.current?.focus();
      box.current?.select();
      setState("selected");
    }
  };

  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading}>
        {t.heading}
      </h3>
      <p id={`${id}-hint`} className={styles.hint}>
        {t.explain}
      </p>
      <textarea
        ref={box}
        className={styles.text}
        readOnly
        value={text}
        aria-label={t.label}
        aria-describedby={`${id}-hint`}
        rows={6}
        lang="vi"
      />
      <div>
        <PaneButton onClick={() => void copy()}>{t.copy}</PaneButton>
      </div>
      <OutcomeBar
        outcome={state === "idle" ? undefined : { intent: state === "copied" ? "success" : "info", text: state === "copied" ? t.copied : t.selected }}
      />
    </section>
  );
}
