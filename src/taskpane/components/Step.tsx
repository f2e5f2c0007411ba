/**
 * One step (or section) of the pane: a labelled section with a heading, a short explanation and
 * its content. With a `frame` it can close: its heading is then a button (a WAI-ARIA disclosure:
 * aria-expanded, Enter or Space toggles) and a closed step shows one line under it, the step's
 * outcome, and renders nothing else, which keeps the pane short and its DOM small. Any new section
 * of the pane is a Step with a frame of its own (see steps.ts).
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  closed: { paddingBlock: tokens.spacingVerticalXS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggle: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  chevron: {
    justifySelf: "center",
    width: "6px",
    height: "6px",
    borderRight: `${tokens.strokeWidthThick} solid currentColor`,
    borderBottom: `${tokens.strokeWidthThick} solid currentColor`,
    transform: "translateY(-2px) rotate(-45deg)",
  },
  chevronOpen: { transform: "translateY(-3px) rotate(45deg)" },
  summary: {
    gridColumnStart: 2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  explain: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** How a closable step is shown: open or not, the line it shows closed, and what toggles it. */
export interface StepFrame {
  readonly open: boolean;
  /** The step's outcome or state in one line, shown while it is closed. */
  readonly summary?: string;
  readonly onToggle: () => void;
  /** True in the first view until the pane is live (hydrated): the heading cannot toggle yet. */
  readonly waiting?: boolean;
}

export interface StepProps {
  /** Unique id; the heading gets `${id}-heading` and labels the section, the content `${id}-body`. */
  readonly id: string;
  readonly heading: string;
  readonly explain?: string;
  /** Without a frame the step is always open. */
  readonly frame?: StepFrame;
  readonly children?: ReactNode;
}

export function Step({ id, heading, explain, frame, children }: StepProps) {
  const styles = useStyles();
  const open = frame?.open ?? true;
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  // A step that closes while the focus is in it (it finished) hands the focus to its heading, which
  // reads its outcome, instead of losing it to the page.
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    const lost = typeof document !== "undefined" && (document.activeElement === null || document.activeElement === document.body);
    if (wasOpen.current && !open && lost) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <section className={mergeClasses(styles.section, !open && styles.closed)} aria-labelledby={headingId}>
      <h2 className={styles.heading} id={frame ? undefined : headingId}>
        {frame ? (
          <button
            ref={toggle}
            type="button"
            id={headingId}
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={open ? bodyId : undefined}
            aria-disabled={frame.waiting ? true : undefined}
            onClick={frame.waiting ? undefined : frame.onToggle}
          >
            <span aria-hidden="true" className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />
            <span>{heading}</span>
            {/* The space keeps the heading and its outcome apart in the button's name (a grid shows no whitespace). */}
            {!open && frame.summary ? <> <span className={styles.summary}>{frame.summary}</span></> : null}
          </button>
        ) : (
          heading
        )}
      </h2>
      {open ? (
        <div id={bodyId} className={styles.body}>
          {explain ? <p className={styles.explain}>{explain}</p> : null}
          {children}
        </div>
      ) : null}
    </section>
  );
}
