/**
 * A message like Fluent's MessageBar (multiline layout; its intent colours and icons; a bold title
 * before the text), on plain elements. It is a live region: role "status" (read when convenient),
 * "alert" for errors (read at once). Fluent's MessageBar announces through an AriaLiveAnnouncer the
 * pane does not have, and weighs more than every other message of the pane's first view together.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { borderColor, tokens } from "../tokens";

export type MessageIntent = "success" | "warning" | "error" | "info";

/** Fluent's filled 20px intent icons (the paths of @fluentui/react-icons, MIT). */
const ICONS: Readonly<Record<MessageIntent, string>> = {
  success:
    "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m3.36 5.65a.5.5 0 0 0-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 0 0-.7.7l.07.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 0 0-.06-.63",
  warning:
    "M7.37 3.56a3 3 0 0 1 5.26 0l5.5 10A3 3 0 0 1 15.5 18h-11a3 3 0 0 1-2.63-4.44zM10 12.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5m0-6.25a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0V7a.5.5 0 0 0-.5-.5",
  error:
    "M7.88 1.88a3 3 0 0 1 4.24 0l6 6a3 3 0 0 1 0 4.24l-6 6a3 3 0 0 1-4.24 0l-6-6a3 3 0 0 1 0-4.24zM13.1 6.9a.5.5 0 0 0-.7 0L10 9.3 7.6 6.9a.5.5 0 0 0-.7.7L9.3 10l-2.4 2.4a.5.5 0 0 0 .7.7l2.4-2.4 2.4 2.4a.5.5 0 0 0 .7-.7L10.7 10l2.4-2.4a.5.5 0 0 0 0-.7",
  info: "M18 10a8 8 0 1 0-16 0 8 8 0 0 0 16 0M9.5 8.91a.5.5 0 0 1 1 0v4.69a.5.5 0 0 1-1 0V8.9m-.25-2.16a.75.75 0 1 1 1.5 0 .75.75 0 0 1-1.5 0",
};

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "start",
    boxSizing: "border-box",
    minHeight: "36px",
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...borderColor(tokens.colorStatusSuccessBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...borderColor(tokens.colorStatusWarningBorder1),
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...borderColor(tokens.colorStatusDangerBorder1),
  },
  info: {},
  icon: {
    display: "flex",
    alignItems: "center",
    marginRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground3,
    "& svg": { width: "1em", height: "1em", fill: "currentColor" },
  },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  body: {
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: {
    gridColumn: "1 / -1",
    justifySelf: "end",
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalMNudge,
  },
});

export interface PaneMessageProps {
  readonly intent: MessageIntent;
  readonly title: string;
  /** The message's text, after the title. */
  readonly children: ReactNode;
  /** Buttons under the text. */
  readonly actions?: ReactNode;
}

export function PaneMessage({ intent, title, children, actions }: PaneMessageProps) {
  const styles = useStyles();
  const titleId = useId();
  const iconColor = { success: styles.iconSuccess, warning: styles.iconWarning, error: styles.iconError, info: undefined }[intent];
  return (
    <div
      role={intent === "error" ? "alert" : "status"}
      aria-labelledby={titleId}
      className={mergeClasses(styles.root, styles[intent])}
    >
      <span className={mergeClasses(styles.icon, iconColor)} aria-hidden="true">
        <svg viewBox="0 0 20 20" focusable="false">
          <path d={ICONS[intent]} />
        </svg>
      </span>
      <div className={styles.body}>
        <span id={titleId} className={styles.title}>
          {title}
        </span>{" "}
        {children}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
}
