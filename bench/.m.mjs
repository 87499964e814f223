import { build } from "esbuild";
import { brotliCompressSync } from "node:zlib";
const code = process.argv[2];
const r = await build({ stdin: { contents: code, resolveDir: process.argv[3], loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent", conditions: process.env.SRC ? ["@pakkeforlop-hjem/source"] : [] });
const out = r.outputFiles[0].contents;
console.log("min", out.length, "br", brotliCompressSync(out).length, "newFunction", /new Function|eval\(/.test(Buffer.from(out).toString()));
const ins = Object.entries(r.metafile.outputs)[0][1].inputs;
const agg = {};
for (const [f, v] of Object.entries(ins)) { const k = f.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").split("/").slice(0, +(process.env.DEPTH ?? 3)).join("/"); agg[k] = (agg[k] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 15));
