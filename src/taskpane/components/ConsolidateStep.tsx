/**
 * "Tổng hợp số liệu các đơn vị" (Văn phòng Sở): a closable step of its own after "3. Nhập số liệu".
 * The first view holds only its heading; what it holds (ConsolidateBody.tsx: choose the units'
 * files, preview, write, with the consolidation's words) is a chunk loaded when it is first
 * opened. Its state lives here, so the files chosen, their preview and the choices made are kept
 * while the step is closed.
 */
import { Suspense, lazy, useState } from "react";
import type { CellInput } from "../../domain/ratio";
import type { ChosenFile, ConsolidationResult, PaneActions, SheetRequest } from "../actions";
import type { ActionId, Outcome } from "../state";
import { useLocale } from "../strings";
import { PaneSpinner } from "./PaneSpinner";
import { Step, type StepFrame } from "./Step";

const ConsolidateBody = lazy(() => import(/* webpackChunkName: "consolidation" */ "./ConsolidateBody"));

/** Runs an action through the pane: one at a time, its outcome worded by `describe`. */
export type RunAction = <T>(action: ActionId, work: () => Promise<T>, describe: (result: T) => Outcome | null) => Promise<void>;

export interface ConsolidateStepProps {
  readonly actions: Pick<PaneActions, "previewConsolidation" | "consolidate">;
  readonly request: SheetRequest;
  readonly busy: ActionId | null;
  readonly previewOutcome: Outcome | undefined;
  readonly writeOutcome: Outcome | undefined;
  readonly run: RunAction;
  /** Open or closed (see Step); always open without one. */
  readonly frame?: StepFrame;
}

export function ConsolidateStep({ frame, ...props }: ConsolidateStepProps) {
  const { s } = useLocale();
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [preview, setPreview] = useState<ConsolidationResult | null>(null);
  const [resolutions, setResolutions] = useState<ReadonlyMap<string, CellInput>>(new Map());
  return (
    <Step id="consolidate" heading={s.steps.consolidateHeading} frame={frame}>
      {/* Rendered (and loaded) only while the step is open. */}
      <Suspense fallback={<PaneSpinner size="tiny" label={s.app.loading} />}>
        <ConsolidateBody {...props} kept={{ files, preview, resolutions, setFiles, setPreview, setResolutions }} />
      </Suspense>
    </Step>
  );
}
