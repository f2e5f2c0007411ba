// HTTPS certificates for the webpack dev server (https://localhost:3000).
//
// Windows / macOS: office-addin-dev-certs' getHttpsServerOptions(), exactly like Microsoft's
// templates (it creates a CA + localhost certificate and installs the CA in the user's store).
// Linux (and anywhere that fails): the same library creates the CA + localhost certificate in the
// same folder (~/.office-addin-dev-certs), but nothing is installed into a system store — its Linux
// installer needs `sudo`, which is missing when running as root in a container. The CA can then be
// trusted by hand (see trustInstructions()).
//
// CommonJS: required by webpack.config.js and imported by scripts/start.mjs.
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");

/** Paths used by office-addin-dev-certs (node_modules/office-addin-dev-certs/lib/defaults.js). */
const paths = (() => {
  try {
    const d = require("office-addin-dev-certs/lib/defaults");
    return {
      dir: d.certificateDirectory,
      ca: d.caCertificatePath,
      cert: d.localhostCertificatePath,
      key: d.localhostKeyPath,
      caName: d.certificateName,
    };
  } catch {
    const path = require("node:path");
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    return {
      dir,
      ca: path.join(dir, "ca.crt"),
      cert: path.join(dir, "localhost.crt"),
      key: path.join(dir, "localhost.key"),
      caName: "Developer CA for Microsoft Office Add-ins",
    };
  }
})();

/** Platforms where office-addin-dev-certs can install the CA itself (as the current user). */
const CAN_INSTALL_CA = process.platform === "win32" || process.platform === "darwin";

/**
 * Reads and checks the certificate files: present, CA-signed, for localhost, key matching, and
 * valid for at least one more day.
 * @returns {{ ok: true, ca: Buffer, cert: Buffer, key: Buffer, validTo: string } | { ok: false, reason: string }}
 */
function checkDevCerts() {
  let ca;
  let cert;
  let key;
  try {
    ca = fs.readFileSync(paths.ca);
    cert = fs.readFileSync(paths.cert);
    key = fs.readFileSync(paths.key);
  } catch {
    return { ok: false, reason: `no certificates in ${paths.dir}` };
  }
  try {
    const caX509 = new crypto.X509Certificate(ca);
    const x509 = new crypto.X509Certificate(cert);
    const minValid = Date.now() + 24 * 60 * 60 * 1000;
    if (new Date(x509.validTo).getTime() < minValid || new Date(caX509.validTo).getTime() < minValid) {
      return { ok: false, reason: `the certificates in ${paths.dir} expire within a day (${x509.validTo})` };
    }
    if (!x509.verify(caX509.publicKey)) {
      return { ok: false, reason: `${paths.cert} is not signed by ${paths.ca}` };
    }
    if (!x509.checkHost("localhost")) {
      return { ok: false, reason: `${paths.cert} is not issued for localhost` };
    }
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) {
      return { ok: false, reason: `${paths.key} does not match ${paths.cert}` };
    }
    return { ok: true, ca, cert, key, validTo: x509.validTo };
  } catch (err) {
    return { ok: false, reason: `unreadable certificates in ${paths.dir}: ${err.message}` };
  }
}

/**
 * Makes sure valid certificates exist in ~/.office-addin-dev-certs WITHOUT touching any system
 * certificate store: regenerates them with office-addin-dev-certs' generateCertificates() when they
 * are missing, expired or inconsistent.
 * @param {{ log?: (msg: string) => void }} [opts]
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer, generated: boolean }>}
 */
async function ensureLocalDevCerts(opts = {}) {
  const log = opts.log || (() => {});
  const current = checkDevCerts();
  if (current.ok) {
    return { ca: current.ca, cert: current.cert, key: current.key, generated: false };
  }
  log(`Creating development certificates (${current.reason}).`);
  // generateCertificates() only writes when ca.crt is absent, so clear stale files first.
  for (const file of [paths.ca, paths.cert, paths.key]) {
    fs.rmSync(file, { force: true });
  }
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates();
  const fresh = checkDevCerts();
  if (!fresh.ok) {
    throw new Error(`Could not create usable development certificates: ${fresh.reason}`);
  }
  return { ca: fresh.ca, cert: fresh.cert, key: fresh.key, generated: true };
}

/**
 * HTTPS options for webpack-dev-server: office-addin-dev-certs' getHttpsServerOptions() where it
 * can install its CA (Windows, macOS), otherwise (or when that fails) the local certificates.
 * @param {{ log?: (msg: string) => void }} [opts]
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer, source: "office-addin-dev-certs" | "local" }>}
 */
async function getDevServerHttpsOptions(opts = {}) {
  const log = opts.log || (() => {});
  if (CAN_INSTALL_CA && !process.env.KPI_LOCAL_CERTS_ONLY) {
    try {
      const { getHttpsServerOptions } = require("office-addin-dev-certs");
      const o = await getHttpsServerOptions();
      return { ca: o.ca, cert: o.cert, key: o.key, source: "office-addin-dev-certs" };
    } catch (err) {
      log(`office-addin-dev-certs could not install its CA (${err.message.split("\n")[0]}); using local certificates.`);
    }
  }
  const local = await ensureLocalDevCerts({ log });
  return { ca: local.ca, cert: local.cert, key: local.key, source: "local" };
}

/** Shell commands that make this machine (and Chrome/Firefox on Linux) trust the dev CA. */
function trustInstructions() {
  const ca = paths.ca;
  if (process.platform === "win32") {
    return [`certutil -user -addstore Root "${ca}"`];
  }
  if (process.platform === "darwin") {
    return [`security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db '${ca}'`];
  }
  return [
    "# system store (curl, Node with --use-openssl-ca, office-addin-debugging's own check):",
    "sudo mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs",
    `sudo cp '${ca}' /usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt`,
    "sudo update-ca-certificates",
    "# Chrome / Chromium / Edge on Linux read the NSS database (package libnss3-tools):",
    `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${paths.caName}" -i '${ca}'`,
    "# Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import",
  ];
}

module.exports = {
  paths,
  CAN_INSTALL_CA,
  checkDevCerts,
  ensureLocalDevCerts,
  getDevServerHttpsOptions,
  trustInstructions,
};
