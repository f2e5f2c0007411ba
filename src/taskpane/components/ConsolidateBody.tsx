/**
 * What the "Tổng hợp số liệu các đơn vị" step holds (ConsolidateStep.tsx frames it; this is its
 * own chunk, loaded when the step is first opened, with the consolidation's words). Văn phòng Sở: choose the units' .xlsx files, see the preview —
 * which file and unit each figure comes from, what changes, what is missing, every conflict with a
 * choice of which figure to keep — then "Ghi vào sổ này". The files are read in this page (the
 * actions read them with exceljs); the actions do every Excel call. Its state (files, preview,
 * choices) is the step's (ConsolidateStep), so it is kept while the step is closed; the pane's `run`
 * keeps one action at a time and words its outcome.
 */
import { makeStyles } from "@fluentui/react-components";
import { Suspense, lazy, useId } from "react";
import { WHOLE_DEPARTMENT } from "../../domain/filledBy";
import type { CellInput } from "../../domain/ratio";
import type { ChosenFile, ConsolidationResult } from "../actions";
import { useConsolidateStrings } from "../consolidateStrings";
import type { Outcome } from "../state";
import { fill } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { PaneSpinner } from "./PaneSpinner";
import type { ConsolidateStepProps } from "./ConsolidateStep";
import { tokens } from "../tokens";

/** The preview's details: loaded with the consolidation's words when there is a preview to show. */
const ConsolidationPreview = lazy(() => import(/* webpackChunkName: "consolidation" */ "./ConsolidationPreview"));

const useStyles = makeStyles({
  explain: { margin: 0, color: tokens.colorNeutralForeground2 },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  input: {
    maxWidth: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  chosen: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** What the step keeps of the consolidation while it is closed: the files, their preview, the choices. */
export interface ConsolidationChoices {
  readonly files: readonly ChosenFile[];
  readonly preview: ConsolidationResult | null;
  readonly resolutions: ReadonlyMap<string, CellInput>;
  readonly setFiles: (files: readonly ChosenFile[]) => void;
  readonly setPreview: (preview: ConsolidationResult | null) => void;
  readonly setResolutions: (resolutions: ReadonlyMap<string, CellInput>) => void;
}

export interface ConsolidateBodyProps extends Omit<ConsolidateStepProps, "frame"> {
  readonly kept: ConsolidationChoices;
}

export default function ConsolidateBody({ actions, request, busy, previewOutcome, writeOutcome, run, kept }: ConsolidateBodyProps) {
  const c = useConsolidateStrings();
  const styles = useStyles();
  const inputId = useId();
  const { files, preview, resolutions, setFiles, setPreview, setResolutions } = kept;

  const choose = (chosen: readonly ChosenFile[]): void => {
    setFiles(chosen);
    setPreview(null);
    setResolutions(new Map());
  };

  /** What the preview, or the write, found out about the workbook itself. */
  const refusal = (result: ConsolidationResult): Outcome | null => {
    if (result.status === "noTarget") return { intent: "warning", text: c.step.noTarget };
    if (result.status === "provenanceConflict") return { intent: "warning", text: fill(c.step.provenanceConflict, { sheet: result.sheetName }) };
    return null;
  };

  const runPreview = (): void => {
    if (files.length === 0) {
      void run("consolidatePreview", () => Promise.resolve(null), () => ({ intent: "warning", text: c.step.noFiles }));
      return;
    }
    void run(
      "consolidatePreview",
      () => actions.previewConsolidation({ ...request, files }),
      (result): Outcome => {
        setPreview(result.status === "planned" ? result : null);
        setResolutions(new Map());
        const refused = refusal(result);
        if (refused) return refused;
        const plan = result.plan!;
        const used = plan.files.filter((f) => f.status === "used").length;
        const ready = fill(c.step.previewReady, { files: used });
        return plan.counts.conflicts > 0
          ? { intent: "warning", text: `${ready} ${fill(c.step.previewConflicts, { conflicts: plan.counts.conflicts })}` }
          : { intent: used < plan.files.length ? "warning" : "success", text: ready };
      },
    );
  };

  const runWrite = (): void => {
    void run(
      "consolidate",
      () => actions.consolidate({ ...request, files, resolutions }),
      (result): Outcome => {
        const refused = refusal(result);
        if (refused) return refused;
        setPreview(null);
        const plan = result.plan!;
        const parts = [
          result.written > 0 ? fill(c.step.written, { changed: result.written, sheet: result.sheetName }) : fill(c.step.nothingToWrite, { sheet: result.sheetName }),
        ];
        if (plan.counts.unresolved > 0) parts.push(fill(c.step.writtenUnresolved, { count: plan.counts.unresolved, sheet: result.sheetName }));
        if (result.filledByChanged) parts.push(fill(c.step.filledByChanged, { unit: WHOLE_DEPARTMENT }));
        return { intent: plan.counts.unresolved > 0 ? "warning" : "success", text: parts.join(" ") };
      },
    );
  };

  return (
    <>
      <p className={styles.explain}>{c.step.explain}</p>
      <div className={styles.field}>
        <label htmlFor={inputId} className={styles.label}>
          {c.step.choose}
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          disabled={busy !== null}
          onChange={(event) => choose(Array.from(event.target.files ?? []))}
        />
        <span id={`${inputId}-hint`} className={styles.hint}>
          {c.step.chooseHint}
        </span>
        {files.length > 0 ? (
          <p className={styles.chosen}>{fill(c.step.chosen, { count: files.length, files: files.map((f) => f.name).join(", ") })}</p>
        ) : null}
      </div>
      <ActionButton action="consolidatePreview" busy={busy} label={c.step.preview} running={c.step.previewRunning} onClick={runPreview} />
      <OutcomeBar outcome={previewOutcome} />
      {preview?.plan ? (
        <Suspense fallback={<PaneSpinner size="tiny" label={c.step.previewRunning} />}>
          <ConsolidationPreview plan={preview.plan} year={preview.year} resolutions={resolutions} onResolve={setResolutions} />
        </Suspense>
      ) : null}
      <ActionButton
        action="consolidate"
        busy={busy}
        primary
        disabled={!preview?.plan}
        label={c.step.write}
        running={c.step.writeRunning}
        onClick={runWrite}
      />
      <OutcomeBar outcome={writeOutcome} />
    </>
  );
}
