/**
 * The browser tests' page server: bundles the test page script (the component from source) with esbuild and serves
 * it on 127.0.0.1 with a strict Content-Security-Policy header (`script-src 'self'; style-src 'self'`, no
 * `unsafe-inline`, no `unsafe-eval`). A first script records every CSP violation the page reports.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/** The CSP every page is served with. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

const PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <title>pfh-needs-assessment</title>
    <link rel="stylesheet" href="/page.css">
    <script src="/csp.js"></script>
    <script type="module" src="/harness.js"></script>
  </head>
  <body>
    <main><h1>Behovskartlegging</h1><div id="mount"></div></main>
  </body>
</html>
`;

// Runs before anything else on the page: every CSP violation lands in window.__csp.
const CSP_RECORDER = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
});
`;

// A page that breaks the policy on purpose, so the tests know the recorder works.
const PROBE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title><script src="/csp.js"></script>
<script src="/probe.js"></script></head><body><main><h1>probe</h1></main></body></html>`;
const PROBE_JS = `document.addEventListener("DOMContentLoaded", function () { document.body.setAttribute("style", "color: red"); });`;

/** A running page server. */
export interface PageServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Bundles the test page and serves it (port chosen by the system). */
export async function startPageServer(): Promise<PageServer> {
  const bundle = await build({
    entryPoints: [join(here, "browser", "harness.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@pakkeforlop-hjem/source"],
    write: false,
    logLevel: "silent",
  });
  const files = new Map<string, readonly [string, string]>([
    ["/", ["text/html", PAGE]],
    ["/harness.js", ["text/javascript", bundle.outputFiles[0]?.text ?? ""]],
    ["/csp.js", ["text/javascript", CSP_RECORDER]],
    [
      "/page.css",
      ["text/css", 'body{font-family:"Liberation Sans",Arial,sans-serif;max-width:50rem;margin:1rem auto}'],
    ],
    ["/probe", ["text/html", PROBE]],
    ["/probe.js", ["text/javascript", PROBE_JS]],
    [
      "/axe.js",
      ["text/javascript", readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")],
    ],
  ]);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = files.get(path);
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": `${file[0]}; charset=utf-8`, "content-security-policy": STRICT_CSP });
    res.end(file[1]);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
