import { makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { functionHelp } from "../../domain/functionHelp";
import type { ActionId, Outcome } from "../state";
import { fill, useLocale } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  params: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

export interface HelpPanelProps {
  readonly busy: ActionId | null;
  readonly outcome: Outcome | undefined;
  /** Omitted outside Excel: the list is then read-only. */
  readonly onInsert?: (formula: string) => void;
}

/**
 * Every KPI.* function with its description, an example, and a button that inserts the example.
 * Loaded when its tab is first opened (React.lazy in App.tsx), with the functions' documentation.
 */
export default function HelpPanel({ busy, outcome, onInsert }: HelpPanelProps) {
  const { s, language } = useLocale();
  const styles = useStyles();
  const entries = functionHelp(language);
  const [lastId, setLastId] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{s.help.heading}</h2>
      <p className={styles.intro}>{s.help.intro}</p>
      <ul className={styles.list} aria-label={s.help.listLabel}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.item}>
            <h3 className={styles.name}>
              {entry.indicatorCode ? `${entry.name} (${entry.indicatorCode})` : entry.name}
            </h3>
            <p className={styles.text}>{entry.description}</p>
            <p className={styles.text}>
              {s.help.example}: <code className={styles.code}>{entry.example}</code>
            </p>
            <p className={styles.note}>{entry.exampleNote}</p>
            <p className={styles.note}>{s.help.parameters}:</p>
            <ul className={styles.params}>
              {entry.parameters.map((p) => (
                <li key={p.name}>
                  {p.description}
                  {p.optional ? ` ${s.help.optional}` : ""}
                </li>
              ))}
            </ul>
            {onInsert ? (
              <>
                <ActionButton
                  action="insertFunction"
                  busy={busy}
                  label={s.help.insert}
                  ariaLabel={fill(s.help.insertLabel, { example: entry.example })}
                  running={s.help.running}
                  active={lastId === entry.id}
                  onClick={() => {
                    setLastId(entry.id);
                    onInsert(entry.example);
                  }}
                />
                {lastId === entry.id ? <OutcomeBar outcome={outcome} /> : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
