/**
 * What the pane's "Hỗ trợ" section holds (SupportStep.tsx is its closable heading, in the first
 * view): the "Tự kiểm tra" button and its step-by-step result, and the "Thông tin hỗ trợ" text
 * (Office, requirement sets, the add-in's version and build, the self-test's steps) with
 * "Sao chép". Outside Excel it says the self-test only runs in Excel and still shows the add-in's
 * version. Self-contained: its strings (src/i18n/{vi,en}/support.ts) and words (supportText.ts)
 * load with it, as its own chunk when the section is first opened; it asks only its actions for
 * anything.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useId, useMemo, useRef, useState } from "react";
import type { SelfTestReport, StepStatus } from "../../domain/selfTest";
import { supportEn } from "../../i18n/en/support";
import { supportVi, type SupportStrings } from "../../i18n/vi/support";
import type { PaneActions } from "../actions";
import { explainError } from "../explainError";
import { useLocale } from "../strings";
import { formatDuration, stepDetail, summaryOutcome, supportText } from "../supportText";
import { tokens } from "../tokens";
import { OutcomeBar } from "./OutcomeBar";
import { PaneButton } from "./PaneButton";
import { PaneMessage } from "./PaneMessage";
import { PaneSpinner } from "./PaneSpinner";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  status: { fontWeight: tokens.fontWeightSemibold },
  passed: { color: tokens.colorStatusSuccessForeground1 },
  failed: { color: tokens.colorStatusDangerForeground1 },
  skipped: { color: tokens.colorNeutralForeground2 },
  duration: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  detail: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  explain: { margin: 0, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
  text: {
    boxSizing: "border-box",
    width: "100%",
    resize: "vertical",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const STRINGS = { vi: supportVi, en: supportEn } as const;

export interface SupportSectionProps {
  readonly actions: Pick<PaneActions, "host" | "selfTest" | "supportInfo">;
  /** An action of the pane is running (the self-test included): the button waits. */
  readonly busy: boolean;
  /** The self-test started (true) or ended (false): the pane's other actions wait meanwhile. */
  readonly onRunning?: (running: boolean) => void;
}

type CopyState = "copied" | "refused" | null;

export default function SupportSection({ actions, busy, onRunning }: SupportSectionProps) {
  const styles = useStyles();
  const { language, s } = useLocale();
  const strings: SupportStrings = STRINGS[language];
  const textId = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const running = useRef(false);
  const [isRunning, setRunning] = useState(false);
  const [result, setResult] = useState<{ report: SelfTestReport; ranAt: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>(null);
  const inExcel = actions.host === "excel";
  // "starting": Office has not said yet where the pane runs (nor loaded its actions): nothing to say.
  const info = useMemo(() => (actions.host === "starting" ? null : actions.supportInfo()), [actions]);
  const text = info ? supportText({ info, ...(result ? { report: result.report, ranAt: result.ranAt } : {}) }, strings, language) : "";

  const runSelfTest = async (): Promise<void> => {
    if (running.current || busy) return;
    running.current = true;
    setRunning(true);
    setError(null);
    setCopy(null);
    onRunning?.(true);
    try {
      const report = await actions.selfTest();
      setResult({ report, ranAt: new Date() });
    } catch (failure: unknown) {
      setError(await explainError(failure, s, language));
    } finally {
      running.current = false;
      setRunning(false);
      onRunning?.(false);
    }
  };

  const copyText = async (): Promise<void> => {
    try {
      if (typeof navigator === "undefined" || !navigator.clipboard?.writeText) throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      // Refused (no permission in the add-in's frame, an older web view): select the text so
      // that Ctrl+C copies it.
      textArea.current?.focus();
      textArea.current?.select();
      setCopy("refused");
    }
  };

  const statusClass: Readonly<Record<StepStatus, string>> = { passed: styles.passed, failed: styles.failed, skipped: styles.skipped };
  const summary = result ? summaryOutcome(result.report, strings) : null;

  if (!info) return <PaneSpinner size="tiny" label={s.status.starting} />;
  return (
    <>
      {inExcel ? <p className={styles.explain}>{strings.explain}</p> : null}
      {inExcel ? (
        <div className={styles.row}>
          <PaneButton disabledFocusable={busy || isRunning} onClick={() => void runSelfTest()}>
            {strings.button}
          </PaneButton>
          {isRunning ? <PaneSpinner size="tiny" label={strings.running} /> : null}
        </div>
      ) : (
        <PaneMessage intent="info" title={s.results.infoTitle}>
          {strings.outsideExcel}
        </PaneMessage>
      )}
      {error ? <OutcomeBar outcome={{ intent: "error", text: error }} /> : null}
      {result && summary ? (
        <>
          <OutcomeBar outcome={summary} />
          <ol className={styles.steps} aria-label={strings.resultsLabel}>
            {result.report.steps.map((step) => {
              const detail = stepDetail(step, strings, language);
              return (
                <li key={step.id}>
                  <span className={mergeClasses(styles.status, statusClass[step.status])}>{strings.status[step.status]}</span>
                  {": "}
                  {strings.steps[step.id]}{" "}
                  <span className={styles.duration}>({formatDuration(step.durationMs, strings, language)})</span>
                  {detail ? <p className={styles.detail}>{detail}</p> : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      <h3 className={styles.subheading}>{strings.info.heading}</h3>
      <p className={styles.explain}>{strings.info.explain}</p>
      <label htmlFor={textId} className={styles.label}>
        {strings.info.label}
      </label>
      <textarea
        id={textId}
        ref={textArea}
        className={styles.text}
        readOnly
        value={text}
        rows={Math.min(16, text.split("\n").length + 1)}
        spellCheck={false}
      />
      <div className={styles.row}>
        <PaneButton onClick={() => void copyText()}>{strings.info.copy}</PaneButton>
      </div>
      {copy ? (
        <PaneMessage intent={copy === "copied" ? "success" : "info"} title={copy === "copied" ? s.results.successTitle : s.results.infoTitle}>
          {copy === "copied" ? strings.info.copied : strings.info.copyRefused}
        </PaneMessage>
      ) : null}
    </>
  );
}
