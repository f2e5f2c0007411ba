/**
 * Reading a plan file (kpi-plan.json) named on the command line: `--plan FILE.json` of `npm run
 * workbook`, `consolidate` and `check`, and `npm run plan -- --check FILE.json`. A file that cannot
 * be read, is not text, is not JSON or breaks the plan format is refused whole, with every problem
 * by its field path (validatePlan.ts), Vietnamese then English, and what to do. Node-only callers;
 * the file system is injected.
 */
import * as path from "node:path";
import { planFromFile, type Plan } from "../domain/plan/plan";
import { describePlanProblem, parsePlanFileText, type PlanProblem } from "../domain/plan/validatePlan";
import { planEn } from "../i18n/en/plan";
import { planVi } from "../i18n/vi/plan";
import { describeReadError, JSON_FILE } from "./inputFile";
import type { Message } from "./options";

export interface PlanFileDeps {
  /** Where a relative path resolves (the caller's directory). */
  readonly cwd: string;
  readonly fs: { readFile(path: string): Promise<Uint8Array> };
}

export type PlanFileRead =
  | { readonly ok: true; readonly plan: Plan }
  /** The file could not be read, or is not text: the message says why. */
  | { readonly ok: false; readonly kind: "unreadable"; readonly message: Message }
  /** Malformed JSON or a file that breaks the plan format: every problem, with its field path. */
  | { readonly ok: false; readonly kind: "invalid"; readonly problems: readonly PlanProblem[] };

/** A path as the user would type it again in a command: quoted when it holds spaces or quotes. */
export function shellWord(text: string): string {
  return /^[\w./\\:@+,-]+$/.test(text) ? text : `"${text.replace(/"/g, '\\"')}"`;
}

/**
 * The text of a plan file: UTF-8 (with or without a byte-order mark), or UTF-16 with its mark
 * (Notepad's "Unicode"). Undefined for anything else (e.g. a legacy Vietnamese code page), which
 * would otherwise turn the plan's words into garbage.
 */
function planText(bytes: Uint8Array): string | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Reads and validates the plan file `file` (resolved against deps.cwd). */
export async function readPlanFile(file: string, deps: PlanFileDeps): Promise<PlanFileRead> {
  const target = path.resolve(deps.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await deps.fs.readFile(target);
  } catch (error) {
    return { ok: false, kind: "unreadable", message: describeReadError(error, target, JSON_FILE) };
  }
  const text = planText(bytes);
  if (text === undefined) {
    return {
      ok: false,
      kind: "unreadable",
      message: {
        vi: `Tệp kế hoạch ${target} không phải văn bản UTF-8. Hãy mở tệp bằng trình soạn thảo văn bản và lưu lại với mã hóa UTF-8.`,
        en: `The plan file ${target} is not UTF-8 text. Open it in a text editor and save it again as UTF-8.`,
      },
    };
  }
  const parsed = parsePlanFileText(text);
  return parsed.ok ? { ok: true, plan: planFromFile(parsed.file) } : { ok: false, kind: "invalid", problems: parsed.problems };
}

/**
 * Every problem of a plan, with its field path, under a heading and followed by what to do:
 * the Vietnamese block, then the English one (formatMessage prints them in that order).
 */
export function planProblemsMessage(problems: readonly PlanProblem[], heading: Message, action: Message): Message {
  const lines = (strings: typeof planVi): string => problems.map((problem) => `  - ${describePlanProblem(problem, strings)}`).join("\n");
  return {
    vi: `${heading.vi}\n${lines(planVi)}\n${action.vi}`,
    en: `${heading.en}\n${lines(planEn)}\n${action.en}`,
  };
}

/** The heading of a plan file's problems: which file, how many. */
export function invalidPlanHeading(file: string, count: number): Message {
  return {
    vi: `Tệp kế hoạch ${file} không dùng được (${count} lỗi):`,
    en: `The plan file ${file} cannot be used (${count} ${count === 1 ? "problem" : "problems"}):`,
  };
}

/**
 * The plan of `--plan FILE.json`, or the message that refuses it: the file's problems, and how to
 * fix and check it (`npm run plan -- --check FILE.json`).
 */
export async function readPlanOption(
  file: string,
  deps: { cwd: string; fs: { readFile(path: string): Promise<Uint8Array> } },
): Promise<{ ok: true; plan: Plan } | { ok: false; message: Message }> {
  const read = await readPlanFile(file, deps);
  if (read.ok) return { ok: true, plan: read.plan };
  if (read.kind === "unreadable") return { ok: false, message: read.message };
  const check = `npm run plan -- --check ${shellWord(file)}`;
  return {
    ok: false,
    message: planProblemsMessage(read.problems, invalidPlanHeading(file, read.problems.length), {
      vi: `Sửa tệp kế hoạch rồi chạy lại; kiểm tra bằng ${check}`,
      en: `Fix the plan file and run again; check it with ${check}`,
    }),
  };
}
