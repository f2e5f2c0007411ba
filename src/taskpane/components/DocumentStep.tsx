/**
 * "Số, ngày và người ký của văn bản": the document frame's fields, a closable step of its own after
 * the check. The first view holds only its heading; the form (DocumentFieldsForm.tsx) is a chunk
 * loaded when the step is first opened. The fields typed are the pane's state (state.ts), so they
 * are kept while the step is closed and sent with the next insert.
 */
import { Suspense, lazy } from "react";
import type { DocumentFields } from "../../domain/layout/documentFrame";
import type { ActionId, Outcome } from "../state";
import { useLocale } from "../strings";
import { PaneSpinner } from "./PaneSpinner";
import { Step, type StepFrame } from "./Step";

const DocumentFieldsForm = lazy(() => import(/* webpackChunkName: "document" */ "./DocumentFieldsForm"));

export interface DocumentStepProps {
  readonly fields: DocumentFields;
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  readonly onChange: (fields: DocumentFields) => void;
  /** Writes the fields into the appendix's frame now. */
  readonly onWrite: () => void;
  /** Open or closed (see Step); always open without one. */
  readonly frame?: StepFrame;
}

export function DocumentStep({ frame, ...props }: DocumentStepProps) {
  const { s } = useLocale();
  return (
    <Step id="document" heading={s.document.heading} frame={frame}>
      {/* Rendered (and loaded) only while the step is open. */}
      <Suspense fallback={<PaneSpinner size="tiny" label={s.app.loading} />}>
        <DocumentFieldsForm {...props} />
      </Suspense>
    </Step>
  );
}
