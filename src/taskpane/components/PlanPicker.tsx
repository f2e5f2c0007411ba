/**
 * "Kế hoạch": which plan the appendix is inserted for — the built-in one, or a plan file the user
 * opens (read in this page, validated whole; every problem listed by field). A refused file
 * changes nothing: the choice stays what it was. Loaded on demand with its words in both
 * languages (a small chunk of its own), so the first view does not carry them.
 */
import { makeStyles } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { planEn } from "../../i18n/en/plan";
import { planVi } from "../../i18n/vi/plan";
import { BUILTIN_CHOICE, readPlanText, type PlanChoice } from "../planChoice";
import { fill, useLocale } from "../strings";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXXS },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  option: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  input: {
    maxWidth: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  refused: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface PlanPickerProps {
  readonly choice: PlanChoice;
  readonly onChoose: (choice: PlanChoice) => void;
  readonly disabled?: boolean;
}

/** A file's text (UTF-8, a byte-order mark dropped) through FileReader, which every web view has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsText(file, "utf-8");
  });
}

type Refusal = { readonly fileName: string; readonly problems: readonly string[] } | { readonly fileName: string; readonly reason: string };

export default function PlanPicker({ choice, onChoose, disabled = false }: PlanPickerProps) {
  const { language } = useLocale();
  const words = language === "en" ? planEn : planVi;
  const p = words.picker;
  const styles = useStyles();
  const name = useId();
  const fileInput = useId();
  const refusalId = useId();
  // The last plan file read well: choosing "built-in" and back needs no second opening.
  const [fromFile, setFromFile] = useState<PlanChoice | null>(choice.kind === "file" ? choice : null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch (error: unknown) {
      setRefusal({ fileName: file.name, reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    const reading = readPlanText(file.name, text, words);
    if (!reading.ok) {
      setRefusal({ fileName: reading.fileName, problems: reading.problems });
      return;
    }
    setRefusal(null);
    setFromFile(reading.choice);
    onChoose(reading.choice);
  };

  const chosenFile = fromFile?.kind === "file" ? fromFile : null;
  return (
    <fieldset className={styles.group} disabled={disabled} aria-describedby={refusal ? refusalId : undefined}>
      <legend className={styles.legend}>{p.title}</legend>
      <p className={styles.hint}>{p.hint}</p>
      <label className={styles.option}>
        <input type="radio" name={name} checked={choice.kind === "builtin"} onChange={() => onChoose(BUILTIN_CHOICE)} />
        {fill(p.builtin, { year: String(BUILTIN_CHOICE.plan.year) })}
      </label>
      {chosenFile && (
        <label className={styles.option}>
          <input type="radio" name={name} checked={choice.kind === "file"} onChange={() => onChoose(chosenFile)} />
          {fill(p.chosen, {
            year: String(chosenFile.plan.year),
            number: chosenFile.plan.planNumber ? fill(p.number, { number: chosenFile.plan.planNumber }) : "",
            indicators: String(chosenFile.plan.indicators.length),
            file: chosenFile.fileName,
          })}
        </label>
      )}
      <label htmlFor={fileInput}>{p.open}</label>
      <input id={fileInput} className={styles.input} type="file" accept=".json,application/json" onChange={(event) => void open(event)} />
      <p className={styles.hint}>{p.openHint}</p>
      {refusal && (
        <div id={refusalId} role="alert">
          {"reason" in refusal ? (
            <p className={styles.refused}>{fill(p.unreadable, { file: refusal.fileName, reason: refusal.reason })}</p>
          ) : (
            <>
              <p className={styles.refused}>{fill(p.refused, { file: refusal.fileName, count: String(refusal.problems.length) })}</p>
              <ul className={styles.problems}>
                {refusal.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
