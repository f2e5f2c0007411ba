/**
 * Offline checks of the add-in only manifest (manifest.xml), used by test/manifest.test.ts.
 *
 * validateManifest() returns a list of human-readable problems (empty = valid). It checks what
 * Office's own validator would reject and the project's rules on top: vi-VN default locale with an
 * en-US override for every visible string, one shared runtime, namespace KPI, https everywhere,
 * every resid defined (and of the right kind), icons present at their declared pixel sizes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Limits from Microsoft's manifest reference. */
export const LIMITS = { resid: 32, shortString: 125, longString: 250, displayName: 125, description: 2000, namespace: 32 };

export interface ValidateOptions {
  /** Repository root: icons referenced under `baseUrl` are looked up relative to it. */
  rootDir?: string;
  /** Base URL the resources live under (dev: https://localhost:3000/). */
  baseUrl?: string;
  /** Default "vi-VN". */
  defaultLocale?: string;
  /** Locale that must override every visible string. Default "en-US". */
  overrideLocale?: string;
  /** Expected custom-functions namespace. Default "KPI". */
  namespace?: string;
  /** Every URL must live under `baseUrl` (or be its origin, for AppDomain). Default true. */
  requireBaseUrl?: boolean;
}

type ResourceKind = "image" | "url" | "short" | "long";

/** Parses XML with xmldom; every warning/error becomes a problem, fatal errors included. */
export function parseXml(xml: string): { doc: Document | null; problems: string[] } {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`XML ${level}: ${message.split("\n")[0]}`);
    },
  });
  try {
    const doc = parser.parseFromString(xml, "text/xml") as unknown as Document;
    return { doc: problems.length === 0 ? doc : null, problems };
  } catch (err) {
    if (problems.length === 0) problems.push(`XML fatalError: ${(err as Error).message.split("\n")[0]}`);
    return { doc: null, problems };
  }
}

/** Width and height from a PNG's IHDR chunk (throws when the buffer is not a PNG). */
export function readPngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function elements(root: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName) as unknown as ArrayLike<Element>);
}

function children(parent: Element, localName?: string): Element[] {
  return Array.from(parent.childNodes as unknown as ArrayLike<Node>).filter(
    (n): n is Element => n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName),
  );
}

function firstChild(parent: Element | null | undefined, localName: string): Element | null {
  return parent ? (children(parent, localName)[0] ?? null) : null;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? "").trim();
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type") || el.getAttribute("xsi:type");
}

/** All attribute values and text nodes of the document (comments and xmlns declarations excluded). */
function allValues(node: Node, out: { where: string; value: string }[] = []): { where: string; value: string }[] {
  if (node.nodeType === 1) {
    const el = node as Element;
    for (const attr of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue; // namespace names, not URLs
      out.push({ where: `<${el.nodeName} ${attr.name}>`, value: attr.value });
    }
  } else if (node.nodeType === 3) {
    const value = (node.nodeValue ?? "").trim();
    if (value) out.push({ where: `<${node.parentNode?.nodeName ?? "?"}> text`, value });
  }
  for (const child of Array.from(node.childNodes as unknown as ArrayLike<Node>)) allValues(child, out);
  return out;
}

/**
 * Validates manifest XML text; returns the list of problems (empty when valid).
 */
export function validateManifest(xml: string, options: ValidateOptions = {}): string[] {
  const {
    rootDir,
    baseUrl = "https://localhost:3000/",
    defaultLocale = "vi-VN",
    overrideLocale = "en-US",
    namespace = "KPI",
    requireBaseUrl = true,
  } = options;
  const { doc, problems } = parseXml(xml);
  if (!doc) return problems;
  const p = (msg: string) => problems.push(msg);

  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== NS.officeApp) {
    p(`root element must be OfficeApp in ${NS.officeApp}`);
    return problems;
  }
  if (xsiType(root) !== "TaskPaneApp") p(`OfficeApp xsi:type must be TaskPaneApp, got ${xsiType(root)}`);

  // --- base manifest -----------------------------------------------------------------------
  const id = text(firstChild(root, "Id"));
  if (!GUID_RE.test(id)) p(`Id must be a GUID, got "${id}"`);
  const version = text(firstChild(root, "Version"));
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) p(`Version must be n[.n[.n[.n]]], got "${version}"`);
  if (!text(firstChild(root, "ProviderName"))) p("ProviderName is empty");
  const locale = text(firstChild(root, "DefaultLocale"));
  if (locale !== defaultLocale) p(`DefaultLocale must be ${defaultLocale}, got "${locale}"`);

  for (const [name, limit] of [
    ["DisplayName", LIMITS.displayName],
    ["Description", LIMITS.description],
  ] as const) {
    const el = firstChild(root, name);
    const value = el?.getAttribute("DefaultValue") ?? "";
    if (!value) p(`${name} has no DefaultValue`);
    if (value.length > limit) p(`${name} DefaultValue is longer than ${limit} characters`);
    const override = el ? children(el, "Override").find((o) => o.getAttribute("Locale") === overrideLocale) : undefined;
    if (!override || !override.getAttribute("Value")) p(`${name} has no ${overrideLocale} Override`);
    else if ((override.getAttribute("Value") ?? "").length > limit) p(`${name} ${overrideLocale} Override is too long`);
  }

  const hosts = children(firstChild(root, "Hosts") ?? root, "Host").map((h) => h.getAttribute("Name"));
  if (hosts.length !== 1 || hosts[0] !== "Workbook") p(`Hosts must be exactly Workbook, got [${hosts.join(", ")}]`);

  const permissions = text(firstChild(root, "Permissions"));
  if (permissions !== "ReadWriteDocument") p(`Permissions must be ReadWriteDocument, got "${permissions}"`);

  const baseSets = children(firstChild(firstChild(root, "Requirements"), "Sets") ?? root, "Set");
  if (!baseSets.some((s) => s.getAttribute("Name") === "SharedRuntime" && (s.getAttribute("MinVersion") ?? "1.1") === "1.1")) {
    p("base Requirements must include Set SharedRuntime 1.1");
  }
  if (!firstChild(firstChild(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue")) {
    p("DefaultSettings/SourceLocation is missing");
  }

  // --- every URL is https ----------------------------------------------------------------------
  const baseOrigin = new URL(baseUrl).origin;
  for (const { where, value } of allValues(root)) {
    if (!URL_RE.test(value)) continue;
    if (!value.startsWith("https://")) p(`URL is not https: ${value} (${where})`);
    else if (requireBaseUrl && !value.startsWith(baseUrl) && value !== baseOrigin) {
      p(`URL is not under ${baseUrl}: ${value} (${where})`);
    }
  }

  // --- VersionOverrides ------------------------------------------------------------------------
  const vo = children(root, "VersionOverrides").find((el) => el.namespaceURI === NS.ov);
  if (!vo) {
    p("VersionOverrides (taskpaneappversionoverrides, V1_0) is missing");
    return problems;
  }
  if (xsiType(vo) !== "VersionOverridesV1_0") p(`VersionOverrides xsi:type must be VersionOverridesV1_0, got ${xsiType(vo)}`);
  const voRequirements = firstChild(vo, "Requirements");
  const voSets = voRequirements ? elements(voRequirements, NS.bt, "Set") : [];
  if (!voSets.some((s) => s.getAttribute("Name") === "SharedRuntime" && (s.getAttribute("MinVersion") ?? "1.1") === "1.1")) {
    p("VersionOverrides Requirements must include bt:Set SharedRuntime 1.1");
  }

  // --- resources -----------------------------------------------------------------------------
  const resources = firstChild(vo, "Resources");
  const defined = new Map<string, { kind: ResourceKind; el: Element }>();
  const groups: [string, string, ResourceKind][] = [
    ["Images", "Image", "image"],
    ["Urls", "Url", "url"],
    ["ShortStrings", "String", "short"],
    ["LongStrings", "String", "long"],
  ];
  for (const [group, item, kind] of groups) {
    const groupEl = resources ? children(resources, group).find((g) => g.namespaceURI === NS.bt) : undefined;
    for (const el of groupEl ? children(groupEl, item) : []) {
      const rid = el.getAttribute("id") ?? "";
      if (!rid) p(`bt:${item} in bt:${group} has no id`);
      if (defined.has(rid)) p(`resource id "${rid}" is defined twice`);
      if (rid.length > LIMITS.resid) p(`resource id "${rid}" is longer than ${LIMITS.resid} characters`);
      defined.set(rid, { kind, el });
      const value = el.getAttribute("DefaultValue") ?? "";
      if (!value) p(`resource "${rid}" has no DefaultValue`);
      const overrides = children(el, "Override");
      if (kind === "short" || kind === "long") {
        const limit = kind === "short" ? LIMITS.shortString : LIMITS.longString;
        const en = overrides.find((o) => o.getAttribute("Locale") === overrideLocale);
        if (!en || !en.getAttribute("Value")) p(`string "${rid}" has no ${overrideLocale} bt:Override`);
        for (const v of [value, en?.getAttribute("Value") ?? ""]) {
          if (v.length > limit) p(`string "${rid}" is longer than ${limit} characters: "${v.slice(0, 40)}…"`);
        }
      }
    }
  }

  /** Which kind of resource each referring element needs. */
  const expectedKind = (el: Element): ResourceKind | null => {
    switch (el.localName) {
      case "Image":
        return "image";
      case "SourceLocation":
      case "FunctionFile":
      case "Runtime":
      case "LearnMoreUrl":
        return "url";
      case "Label":
      case "Title":
      case "Namespace":
        return "short";
      case "Description":
        return "long";
      default:
        return null;
    }
  };
  const walk = (el: Element) => {
    const rid = el.getAttribute("resid");
    if (rid !== null) {
      const def = defined.get(rid);
      if (!def) p(`resid "${rid}" (<${el.nodeName}>) is not defined in Resources`);
      else {
        const kind = expectedKind(el);
        if (kind && def.kind !== kind) p(`resid "${rid}" (<${el.nodeName}>) must name a ${kind} resource, not ${def.kind}`);
      }
      if (rid.length > LIMITS.resid) p(`resid "${rid}" is longer than ${LIMITS.resid} characters`);
    }
    for (const child of children(el)) walk(child);
  };
  walk(vo);

  // --- shared runtime + custom functions --------------------------------------------------------
  const host = children(firstChild(vo, "Hosts") ?? vo, "Host").find((h) => xsiType(h) === "Workbook");
  if (!host) {
    p("VersionOverrides has no Workbook host");
    return problems;
  }
  const runtimes = children(firstChild(host, "Runtimes") ?? host, "Runtime");
  const runtime = runtimes[0];
  const runtimeResid = runtime?.getAttribute("resid") ?? null;
  if (runtimes.length !== 1 || !runtimeResid) p("Workbook host must declare exactly one <Runtime resid=…>");
  if (runtime && runtime.getAttribute("lifetime") !== "long") p(`Runtime lifetime must be "long", got "${runtime.getAttribute("lifetime")}"`);

  const cf = children(firstChild(host, "AllFormFactors") ?? host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  if (!cf) p("AllFormFactors has no CustomFunctions ExtensionPoint");
  else {
    const loc = (name: string) => firstChild(firstChild(cf, name), "SourceLocation")?.getAttribute("resid") ?? null;
    const page = loc("Page");
    if (page !== runtimeResid) p(`CustomFunctions Page resid "${page}" must equal the Runtime resid "${runtimeResid}"`);
    if (!loc("Script")) p("CustomFunctions Script/SourceLocation is missing");
    const metadata = loc("Metadata");
    const metadataUrl = metadata ? defined.get(metadata)?.el : undefined;
    if (!metadataUrl) p("CustomFunctions Metadata/SourceLocation is missing");
    else {
      if (!(metadataUrl.getAttribute("DefaultValue") ?? "").endsWith("/functions.json")) p("Metadata URL must end with /functions.json");
      const en = children(metadataUrl, "Override").find((o) => o.getAttribute("Locale") === overrideLocale);
      if (!en || !(en.getAttribute("Value") ?? "").endsWith("/functions.en-us.json")) {
        p(`Metadata URL needs a ${overrideLocale} bt:Override ending with /functions.en-us.json`);
      }
    }
    const nsResid = firstChild(cf, "Namespace")?.getAttribute("resid");
    const nsEl = nsResid ? defined.get(nsResid)?.el : undefined;
    const nsValue = nsEl?.getAttribute("DefaultValue") ?? "";
    if (!nsEl) p("CustomFunctions Namespace is missing");
    else {
      if (nsValue.length > LIMITS.namespace) p(`namespace "${nsValue}" is longer than ${LIMITS.namespace} characters`);
      if (nsValue !== namespace) p(`namespace must be "${namespace}", got "${nsValue}"`);
      for (const o of children(nsEl, "Override")) {
        if (o.getAttribute("Value") !== nsValue) p(`namespace must not change per locale (${o.getAttribute("Locale")})`);
      }
    }
  }

  const desktop = firstChild(host, "DesktopFormFactor");
  if (!desktop) p("Workbook host has no DesktopFormFactor");
  else {
    if (!firstChild(desktop, "GetStarted")) p("DesktopFormFactor has no GetStarted");
    const ff = firstChild(desktop, "FunctionFile")?.getAttribute("resid");
    if (ff !== runtimeResid) p(`FunctionFile resid "${ff}" must equal the Runtime resid "${runtimeResid}" (shared runtime)`);
    const tab = elements(desktop, NS.ov, "OfficeTab")[0];
    if (tab?.getAttribute("id") !== "TabHome") p("the ribbon group must be on OfficeTab TabHome");
    const actions = elements(desktop, NS.ov, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    if (actions.length === 0) p("no ShowTaskpane button");
    for (const action of actions) {
      if (text(firstChild(action, "TaskpaneId")) !== "ButtonId1") p("ShowTaskpane TaskpaneId must be ButtonId1");
      const src = firstChild(action, "SourceLocation")?.getAttribute("resid");
      if (src !== runtimeResid) p(`ShowTaskpane SourceLocation resid "${src}" must equal the Runtime resid "${runtimeResid}"`);
    }
  }

  // --- icons exist at their declared sizes ---------------------------------------------------------
  if (rootDir) {
    const checkIcon = (url: string, size: number, where: string) => {
      if (!url.startsWith(baseUrl)) {
        p(`${where}: icon URL ${url} is not under ${baseUrl}`);
        return;
      }
      const file = join(rootDir, url.slice(baseUrl.length));
      if (!existsSync(file)) {
        p(`${where}: ${file} does not exist`);
        return;
      }
      try {
        const { width, height } = readPngSize(readFileSync(file));
        if (width !== size || height !== size) p(`${where}: ${file} is ${width}×${height}, declared ${size}×${size}`);
      } catch (err) {
        p(`${where}: ${file}: ${(err as Error).message}`);
      }
    };
    const iconUrl = firstChild(root, "IconUrl")?.getAttribute("DefaultValue");
    if (!iconUrl) p("IconUrl is missing");
    else checkIcon(iconUrl, 32, "IconUrl");
    const hiRes = firstChild(root, "HighResolutionIconUrl")?.getAttribute("DefaultValue");
    if (!hiRes) p("HighResolutionIconUrl is missing");
    else checkIcon(hiRes, 64, "HighResolutionIconUrl");
    for (const img of elements(vo, NS.bt, "Image")) {
      const size = img.getAttribute("size");
      const rid = img.getAttribute("resid");
      if (size === null || rid === null) continue; // a definition in Resources, not a use
      const def = defined.get(rid);
      if (def?.kind === "image") checkIcon(def.el.getAttribute("DefaultValue") ?? "", Number(size), `Icon ${rid} (size ${size})`);
    }
    const declaredSizes = new Set(elements(vo, NS.bt, "Image").map((i) => i.getAttribute("size")).filter(Boolean));
    for (const needed of ["16", "32", "80"]) {
      if (!declaredSizes.has(needed)) p(`ribbon icons must include size ${needed}`);
    }
  }

  return problems;
}
