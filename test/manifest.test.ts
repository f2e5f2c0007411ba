/**
 * Offline validation of manifest.xml (`npm run validate`) and of the production URL rewrite.
 * No network: Office's own validation service is not used.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_PUBLIC_URL,
  DEV_URL,
  assertPublicUrl,
  resolvePublicUrl,
  rewriteManifestUrls,
} from "../scripts/manifest-urls";
import { GUID_RE, NS, parseXml, readPngSize, validateManifest } from "./helpers/manifestValidator";

const ROOT = join(__dirname, "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const manifest = readFileSync(MANIFEST_PATH, "utf8");
const PROD_URL = "https://example.org/kpi/";

function doc(xml = manifest): Document {
  const { doc: parsed, problems } = parseXml(xml);
  if (!parsed) throw new Error(problems.join("\n"));
  return parsed;
}

function all(d: Document, ns: string, name: string): Element[] {
  return Array.from(d.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);
}

function one(d: Document, ns: string, name: string): Element {
  const found = all(d, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** Replaces exactly one occurrence (fails loudly if the fixture text is not found). */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count < 1) throw new Error(`fixture text not found: ${String(from)}`);
  return xml.replace(from, to);
}

const validate = (xml: string) => validateManifest(xml, { rootDir: ROOT });

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    const root = doc().documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.officeApp);
    expect(root.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
  });

  it("has a GUID id, a version and vi-VN as default locale", () => {
    const d = doc();
    expect(one(d, NS.officeApp, "Id").textContent).toMatch(GUID_RE);
    expect(one(d, NS.officeApp, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(d, NS.officeApp, "DefaultLocale").textContent).toBe("vi-VN");
  });

  it("asks for ReadWriteDocument only", () => {
    expect(all(doc(), NS.officeApp, "Permissions").map((p) => p.textContent)).toEqual(["ReadWriteDocument"]);
  });

  it("requires SharedRuntime 1.1 and declares one long-lived runtime", () => {
    const d = doc();
    const sets = all(d, NS.officeApp, "Set").concat(all(d, NS.bt, "Set"));
    expect(sets.filter((s) => s.getAttribute("Name") === "SharedRuntime")).toHaveLength(2);
    const runtime = one(d, NS.ov, "Runtime");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime.getAttribute("lifetime")).toBe("long");
  });

  it("runs custom functions, commands and the pane in the runtime's page", () => {
    const d = doc();
    const cf = all(d, NS.ov, "ExtensionPoint").find((e) => e.getAttributeNS(NS.xsi, "type") === "CustomFunctions")!;
    const sourceOf = (name: string) =>
      (cf.getElementsByTagNameNS(NS.ov, name)[0]!.getElementsByTagNameNS(NS.ov, "SourceLocation")[0] as Element).getAttribute("resid");
    expect(sourceOf("Page")).toBe("Taskpane.Url");
    expect(sourceOf("Script")).toBe("Functions.Script.Url");
    expect(sourceOf("Metadata")).toBe("Functions.Metadata.Url");
    expect(one(d, NS.ov, "FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    const action = one(d, NS.ov, "Action");
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    expect(action.getElementsByTagNameNS(NS.ov, "TaskpaneId")[0]!.textContent).toBe("ButtonId1");
  });

  it("uses the namespace KPI (≤ 32 characters)", () => {
    const d = doc();
    const resid = one(d, NS.ov, "Namespace").getAttribute("resid");
    const str = all(d, NS.bt, "String").find((s) => s.getAttribute("id") === resid)!;
    expect(str.getAttribute("DefaultValue")).toBe("KPI");
    expect(str.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(32);
  });

  it("localizes the custom-functions metadata for en-US", () => {
    const url = all(doc(), NS.bt, "Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!;
    expect(url.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.json");
    const override = url.getElementsByTagNameNS(NS.bt, "Override")[0]!;
    expect(override.getAttribute("Locale")).toBe("en-US");
    expect(override.getAttribute("Value")).toBe("https://localhost:3000/functions.en-us.json");
  });

  it("gives every visible string an en-US override", () => {
    const d = doc();
    const visible = [
      one(d, NS.officeApp, "DisplayName"),
      one(d, NS.officeApp, "Description"),
      ...all(d, NS.bt, "String"),
    ];
    expect(visible.length).toBeGreaterThan(4);
    for (const el of visible) {
      const overrides = Array.from(el.childNodes as unknown as ArrayLike<Node>).filter(
        (n): n is Element => n.nodeType === 1 && (n as Element).localName === "Override",
      );
      const en = overrides.find((o) => o.getAttribute("Locale") === "en-US");
      expect({ id: el.getAttribute("id") ?? el.localName, en: Boolean(en?.getAttribute("Value")) }).toEqual({
        id: el.getAttribute("id") ?? el.localName,
        en: true,
      });
    }
  });

  it("labels the ribbon in Vietnamese with English overrides", () => {
    const strings = Object.fromEntries(
      all(doc(), NS.bt, "String").map((s) => [
        s.getAttribute("id"),
        [s.getAttribute("DefaultValue"), s.getElementsByTagNameNS(NS.bt, "Override")[0]?.getAttribute("Value")],
      ]),
    );
    expect(strings["CommandsGroup.Label"]).toEqual(["Phụ lục TTHC", "Reform appendix"]);
    expect(strings["TaskpaneButton.Label"]).toEqual(["Mở bảng chỉ tiêu", "Open indicators"]);
  });

  it("uses https for every URL and only the dev server in the source manifest", () => {
    const urls =
      manifest
        .replace(/<!--[\s\S]*?-->/g, "")
        .replace(/\sxmlns(:\w+)?="[^"]*"/g, "")
        .match(/[a-z]+:\/\/[^"<\s]+/gi) ?? [];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });

  it("ships PNG icons at every declared size", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(readPngSize(png)).toEqual({ width: size, height: size });
    }
    const declared = new Set(all(doc(), NS.bt, "Image").map((i) => i.getAttribute("size")).filter(Boolean));
    expect([...declared].sort()).toEqual(["16", "32", "64", "80"]);
  });

  it("is the only manifest (webpack copies manifest*.xml)", () => {
    expect(readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f))).toEqual(["manifest.xml"]);
  });
});

describe("validateManifest catches broken manifests", () => {
  const cases: [string, () => string, RegExp][] = [
    ["malformed XML", () => mutate("</Hosts>\n  <!--", "</Host>\n  <!--"), /XML fatalError/],
    ["truncated file", () => manifest.slice(0, manifest.length / 2), /XML/],
    ["an id that is not a GUID", () => mutate(/<Id>[^<]+<\/Id>/, "<Id>kpi-cchc</Id>"), /Id must be a GUID/],
    ["a plain-http URL", () => mutate('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'), /URL is not https/],
    ["a dangling resid", () => mutate('<Label resid="CommandsGroup.Label"/>', '<Label resid="Missing.Label"/>'), /resid "Missing.Label".*not defined/],
    ["a resid of the wrong kind", () => mutate('<Label resid="CommandsGroup.Label"/>', '<Label resid="Taskpane.Url"/>'), /must name a short resource/],
    ["a string without en-US override", () => mutate('<bt:Override Locale="en-US" Value="Reform appendix"/>', ""), /"CommandsGroup.Label" has no en-US/],
    ["a DisplayName without en-US override", () => mutate(/<Override Locale="en-US" Value="Reform indicators[^"]*"\/>/, ""), /DisplayName has no en-US Override/],
    ["a wrong default locale", () => mutate("<DefaultLocale>vi-VN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /DefaultLocale must be vi-VN/],
    ["extra permissions", () => mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), /Permissions must be ReadWriteDocument/],
    ["a short-lived runtime", () => mutate('lifetime="long"', 'lifetime="short"'), /lifetime must be "long"/],
    [
      "a custom-functions page outside the runtime",
      () => mutate('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'),
      /Page resid .* must equal the Runtime resid/,
    ],
    ["another namespace", () => mutate('DefaultValue="KPI">', 'DefaultValue="CCHC">'), /namespace must be "KPI"/],
    ["a namespace over 32 characters", () => mutate('DefaultValue="KPI">', `DefaultValue="${"K".repeat(33)}">`), /longer than 32/],
    ["no SharedRuntime requirement", () => mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /base Requirements must include/],
    ["an icon of the wrong size", () => mutate("assets/icon-16.png", "assets/icon-32.png"), /is 32×32, declared 16×16/],
    ["a missing icon", () => mutate("assets/icon-80.png", "assets/icon-81.png"), /icon-81.png does not exist/],
    ["no en-US metadata", () => mutate(/<bt:Override Locale="en-US" Value="[^"]*functions\.en-us\.json"\/>/, ""), /functions\.en-us\.json/],
  ];

  it.each(cases)("rejects %s", (_name, make, expected) => {
    const problems = validate(make());
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("production manifest URLs", () => {
  const devOccurrences = manifest.split(DEV_URL).length - 1;

  it("rewrites every dev URL, leaving no localhost", () => {
    expect(devOccurrences).toBeGreaterThan(10);
    const prod = rewriteManifestUrls(manifest, PROD_URL);
    expect(prod).not.toMatch(/localhost/i);
    expect(prod.split(PROD_URL).length - 1).toBe(devOccurrences);
    expect(prod).toContain("<AppDomain>https://example.org</AppDomain>");
    expect(prod).toContain('Value="https://example.org/kpi/functions.en-us.json"');
  });

  it("produces a manifest that still validates against the production base URL", () => {
    const prod = rewriteManifestUrls(manifest, PROD_URL);
    const problems = validateManifest(prod, { rootDir: join(ROOT), baseUrl: PROD_URL });
    // icons are looked up under the production base URL's path, i.e. in the repo root
    expect(problems).toEqual([]);
  });

  it("replaces all occurrences, not only the first", () => {
    const xml = `<a href="${DEV_URL}x"/><b>${DEV_URL}y ${DEV_URL}z</b><c>https://localhost:3000</c>`;
    expect(rewriteManifestUrls(xml, PROD_URL)).toBe(
      `<a href="${PROD_URL}x"/><b>${PROD_URL}y ${PROD_URL}z</b><c>https://example.org</c>`,
    );
  });

  it("leaves other ports and hosts alone", () => {
    const xml = "https://localhost:30001/a https://example.com/b";
    expect(rewriteManifestUrls(xml, PROD_URL)).toBe(xml);
  });

  it("rejects unusable production URLs", () => {
    expect(() => assertPublicUrl("http://example.org/kpi/")).toThrow(/https/);
    expect(() => assertPublicUrl("https://example.org/kpi")).toThrow(/end with "\/"/);
    expect(() => assertPublicUrl("https://localhost:3000/")).toThrow(/localhost/);
    expect(() => assertPublicUrl("example.org/kpi/")).toThrow(/absolute/);
    expect(() => assertPublicUrl("https://example.org/kpi/?x=1")).toThrow(/query/);
    expect(() => rewriteManifestUrls(manifest, "https://example.org/kpi")).toThrow();
  });

  it("reads ADDIN_PUBLIC_URL, falling back to a placeholder", () => {
    expect(resolvePublicUrl({})).toEqual({ url: DEFAULT_PUBLIC_URL, isDefault: true });
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: " " })).toEqual({ url: DEFAULT_PUBLIC_URL, isDefault: true });
    expect(resolvePublicUrl({ ADDIN_PUBLIC_URL: PROD_URL })).toEqual({ url: PROD_URL, isDefault: false });
    expect(() => resolvePublicUrl({ ADDIN_PUBLIC_URL: "https://example.org/kpi" })).toThrow();
  });

  it("is what webpack's production build applies to manifest*.xml", async () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = PROD_URL;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const factory = require("../webpack.config.js") as (
        env: Record<string, unknown>,
        options: { mode: string },
      ) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[] }>;
      const transformFor = async (mode: string) => {
        const config = await factory({ WEBPACK_BUILD: true }, { mode });
        const pattern = config.plugins
          .flatMap((plugin) => plugin.patterns ?? [])
          .find((pat) => pat.from === "manifest*.xml");
        expect(pattern?.transform).toBeDefined();
        return pattern!.transform!(Buffer.from(manifest));
      };
      const prod = (await transformFor("production")).toString();
      expect(prod).toBe(rewriteManifestUrls(manifest, PROD_URL));
      expect(prod).not.toMatch(/localhost/);
      expect((await transformFor("development")).toString()).toBe(manifest);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
