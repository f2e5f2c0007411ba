/**
 * Form fields on native elements (<select>, <input type="checkbox">, <input type="radio"> in a
 * <fieldset>) styled with Fluent's tokens: they look like Fluent's Field + Select, Checkbox and
 * RadioGroup, are accessible as they are, and keep the pane's first load light (Fluent's own
 * versions weigh several times more).
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { tokens } from "../tokens";
import { CONTROL_STYLE, FIELD_STYLE, HINT_STYLE, LABEL_STYLE } from "./fieldStyles";

const useStyles = makeStyles({
  field: FIELD_STYLE,
  label: LABEL_STYLE,
  select: {
    ...CONTROL_STYLE,
    cursor: "pointer",
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
  },
  hint: HINT_STYLE,
  check: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    cursor: "pointer",
    paddingBlock: tokens.spacingVerticalXS,
  },
  group: { margin: 0, padding: 0, border: "none", minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  box: {
    width: "16px",
    height: "16px",
    margin: "2px 0 0",
    flexShrink: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
});

export interface SelectFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** <option> and <optgroup> elements. */
  readonly children: ReactNode;
}

export function SelectField({ label, hint, value, onChange, children }: SelectFieldProps) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      {hint ? (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  const styles = useStyles();
  return (
    <label className={styles.check}>
      <input
        type="checkbox"
        className={styles.box}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface RadioGroupFieldProps<T extends string> {
  readonly label: string;
  readonly options: readonly RadioOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** Shown under the options; read with the group's name. */
  readonly hint?: string;
}

/** One choice among a few, all visible: radio buttons in a fieldset whose legend is the label. */
export function RadioGroupField<T extends string>({ label, options, value, onChange, hint }: RadioGroupFieldProps<T>) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className={styles.group} aria-describedby={hint ? hintId : undefined}>
      <legend className={mergeClasses(styles.label, styles.legend)}>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.check}>
          <input
            type="radio"
            className={styles.box}
            name={id}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {hint ? (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      ) : null}
    </fieldset>
  );
}
