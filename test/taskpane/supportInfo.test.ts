/**
 * The support information's sources: Office.context (host, platform, version, language, the
 * highest version of each requirement set) and the build (version and commit, injected by
 * webpack from package.json and git, with a fallback when git is absent).
 */
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { buildInfo, buildInfoDefinitions } from "../../scripts/build-info";
import { BUILD_INFO } from "../../src/taskpane/buildInfo";
import { supportInfoFrom } from "../../src/taskpane/supportInfo";
import { supportText } from "../../src/taskpane/supportText";
import { supportEn } from "../../src/i18n/en/support";
import { supportVi } from "../../src/i18n/vi/support";
import { createFakeExcel } from "../fakes/excelFake";

const ROOT = path.resolve(__dirname, "../..");

describe("supportInfoFrom", () => {
  it("reads Office's diagnostics, display language and the highest version of each set", () => {
    const excel = createFakeExcel({ requirementSets: { ExcelApi: "1.17", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" } });
    const info = supportInfoFrom({
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.17328.20108" },
      displayLanguage: "vi-VN",
      requirements: excel.requirements,
    });
    expect(info).toEqual({
      host: "Excel",
      platform: "PC",
      officeVersion: "16.0.17328.20108",
      displayLanguage: "vi-VN",
      requirementSets: [
        { set: "ExcelApi", highest: "1.17" },
        { set: "CustomFunctionsRuntime", highest: "1.4" },
        { set: "SharedRuntime", highest: "1.1" },
      ],
      addinVersion: BUILD_INFO.version,
      buildCommit: BUILD_INFO.commit,
    });
  });

  it("says “none” for a set Office lacks and survives a host that throws", () => {
    const info = supportInfoFrom({
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: undefined },
      displayLanguage: "en-US",
      requirements: {
        isSetSupported: (name: string) => {
          if (name === "SharedRuntime") throw new Error("unknown set");
          return name === "ExcelApi";
        },
      },
    });
    expect(info.officeVersion).toBeNull();
    expect(info.requirementSets).toEqual([
      { set: "ExcelApi", highest: "1.25" },
      { set: "CustomFunctionsRuntime", highest: null },
      { set: "SharedRuntime", highest: null },
    ]);
    expect(supportText({ info }, supportEn, "en")).toContain(
      "Supported requirement sets: ExcelApi 1.25; CustomFunctionsRuntime none; SharedRuntime none",
    );
    expect(supportText({ info }, supportEn, "en")).toContain("Office: Excel, platform OfficeOnline, version unknown, display language en-US");
  });

  it("outside Office has no host to describe", () => {
    const info = supportInfoFrom(undefined);
    expect(info.host).toBeNull();
    expect(info.requirementSets.every((s) => s.highest === null)).toBe(true);
    expect(supportText({ info }, supportVi, "vi")).toContain("Office: không chạy trong Office (xem ngoài Excel)");
  });
});

describe("build information", () => {
  it("is the package's version and the short commit from git", () => {
    const info = buildInfo({ root: ROOT });
    expect(info.version).toBe((JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version);
    let head = "";
    try {
      head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    } catch {
      head = "unknown";
    }
    expect(info.commit).toBe(head);
  });

  it("falls back to “unknown” when git is absent or answers nonsense", () => {
    const missing = () => {
      throw Object.assign(new Error("spawn git ENOENT"), { code: "ENOENT" });
    };
    expect(buildInfo({ root: ROOT, git: missing }).commit).toBe("unknown");
    expect(buildInfo({ root: ROOT, git: () => "fatal: not a git repository\n" }).commit).toBe("unknown");
    expect(buildInfo({ root: ROOT, git: () => "3f9c2ab\n" }).commit).toBe("3f9c2ab");
  });

  it("defines string literals for the bundle; without them the pane says dev / unknown", () => {
    expect(buildInfoDefinitions({ version: "1.2.3", commit: "3f9c2ab" })).toEqual({
      __ADDIN_VERSION__: '"1.2.3"',
      __BUILD_COMMIT__: '"3f9c2ab"',
    });
    expect(BUILD_INFO).toEqual({ version: "dev", commit: "unknown" });
  });
});
