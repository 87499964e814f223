import { build } from "esbuild";
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.argv[3], loader: "ts" }, bundle: true, minify: false, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent" });
process.stdout.write(r.outputFiles[0].text);
