/** Writing output files: the path the user gave is said on stderr, so stdout stays clean for pipes. */
import { usage } from "./errors.ts";
import { type Context, write } from "./io.ts";
import { t } from "./messages.ts";

/** Writes a file (creating folders) and says where on stderr; a file that cannot be written is exit 2. */
export async function writeOut(ctx: Context, file: string, content: string, quiet = false): Promise<void> {
  try {
    await ctx.fs.writeFile(ctx.path(file), content);
  } catch {
    throw usage("cannot_write", { file });
  }
  if (!quiet) {
    await write(ctx.io.stderr, `${t(ctx.lang, "wrote", { file })}\n`);
  }
}
