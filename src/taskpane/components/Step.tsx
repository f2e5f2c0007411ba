import { makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  explain: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface StepProps {
  /** Unique id; the heading gets `${id}-heading` and labels the section. */
  readonly id: string;
  readonly heading: string;
  readonly explain?: string;
  readonly children?: ReactNode;
}

/** One step of the job: a labelled section with a heading and a short explanation. */
export function Step({ id, heading, explain, children }: StepProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        {heading}
      </h2>
      {explain ? <p className={styles.explain}>{explain}</p> : null}
      {children}
    </section>
  );
}
