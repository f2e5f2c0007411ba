import { makeStyles } from "@fluentui/react-components";
import { PLAN, SECTIONS, planTargetText } from "../../domain/catalog";
import { COLUMN_HEADERS, yearHeadingText } from "../../domain/layout/appendixLayout";
import { fill, useLocale } from "../strings";
import { tokens } from "../tokens";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    minWidth: "720px",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: "top",
      textAlign: "start",
    },
    "& thead th": {
      backgroundColor: tokens.colorNeutralBackground3,
      color: tokens.colorNeutralForeground1,
      textAlign: "center",
      verticalAlign: "middle",
    },
    "& tbody th[scope='row']": { fontWeight: tokens.fontWeightRegular },
  },
  caption: {
    captionSide: "top",
    textAlign: "start",
    padding: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  center: { textAlign: "center" },
  note: { display: "block", fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

/** The columns the add-in adds after the plan's own, in the sheet's order; blank on a new form. */
const WORKING_COLUMNS = ["numerator", "denominator", "result", "verdict", "note"] as const;

/**
 * A read-only HTML copy of the appendix as the add-in inserts it, built from the catalog: the plan's
 * columns in the plan's order, then the working columns (blank), for anyone who opens the pane
 * outside Excel. The words are the document's.
 */
export default function PreviewTable({ year }: { readonly year: number }) {
  const { s } = useLocale();
  const styles = useStyles();
  const h = COLUMN_HEADERS;
  return (
    <div className={styles.scroller} role="region" aria-label={s.preview.tableLabel} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {fill(s.preview.tableCaption, { title: PLAN.appendixTitle, year: String(year) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {h.stt}
            </th>
            <th scope="col" rowSpan={2}>
              {h.name}
            </th>
            <th scope="col" rowSpan={2}>
              {h.hostUnit}
            </th>
            <th scope="col" rowSpan={2}>
              {h.partnerUnits}
            </th>
            <th scope="colgroup" colSpan={2}>
              {yearHeadingText(year)}
            </th>
            <th scope="col" rowSpan={2}>
              {h.legalBasis}
            </th>
            {WORKING_COLUMNS.map((key) => (
              <th scope="col" rowSpan={2} key={key}>
                {h[key]}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">{h.unit}</th>
            <th scope="col">{h.target}</th>
          </tr>
        </thead>
        {SECTIONS.map((section) => (
          <tbody key={section.id}>
            <tr className={styles.section}>
              <th scope="rowgroup" className={styles.center}>
                {section.id}
              </th>
              <th scope="rowgroup" colSpan={6 + WORKING_COLUMNS.length}>
                {section.title}
              </th>
            </tr>
            {section.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <td className={styles.center}>{indicator.stt}</td>
                <th scope="row">
                  {indicator.name}
                  {indicator.nameNotes.map((note) => (
                    <span key={note} className={styles.note}>
                      {note}
                    </span>
                  ))}
                </th>
                <td>{indicator.hostUnit}</td>
                <td>{indicator.partnerUnits}</td>
                <td className={styles.center}>{indicator.unit}</td>
                <td className={styles.center}>{planTargetText(indicator.target)}</td>
                <td>{indicator.legalBasis}</td>
                {WORKING_COLUMNS.map((key) => (
                  <td key={key} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
