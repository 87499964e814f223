/**
 * Which suppressed counts the published sums still determine: the equations (a parent is the sum of its children)
 * reduced on the suppressed unknowns by Gauss–Jordan elimination over two prime fields. An unknown is determined
 * when a combination of the equations holds it alone. Over the rationals a determined unknown is determined over a
 * prime field too unless the prime divides a minor of the equations, so with two primes (each below 2^26.5, their
 * products exact in a double) a determined unknown is never missed in practice; a false alarm only suppresses more.
 */

const PRIMES = [67_108_859, 67_108_837] as const;

/** a⁻¹ modulo the prime p. */
function inverse(a: number, p: number): number {
  let [r0, r1, s0, s1] = [a, p, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % p) + p) % p;
}

/** The unknowns (column indices) a reduced matrix holds alone, reducing the rows in place modulo p. */
function alone(rows: number[][], width: number, p: number): number[] {
  const pivots: number[] = [];
  for (let col = 0; col < width && pivots.length < rows.length; col++) {
    const r = pivots.length;
    const at = rows.findIndex((row, i) => i >= r && row[col] !== 0);
    if (at < 0) {
      continue;
    }
    const pivot = rows[at] as number[];
    [rows[at], rows[r]] = [rows[r] as number[], pivot];
    const inv = inverse(pivot[col] as number, p);
    for (let j = 0; j < width; j++) {
      pivot[j] = ((pivot[j] as number) * inv) % p;
    }
    for (const [i, row] of rows.entries()) {
      const f = row[col] as number;
      if (i !== r && f !== 0) {
        for (let j = 0; j < width; j++) {
          row[j] = ((((row[j] as number) - f * (pivot[j] as number)) % p) + p) % p;
        }
      }
    }
    pivots.push(col);
  }
  return pivots.filter((col, r) => (rows[r] as number[]).every((v, j) => j === col || v === 0));
}

/** The unknowns the equations determine (the shown terms are known). */
export function determinedUnknowns(
  equations: readonly { readonly parent: string; readonly children: readonly string[] }[],
  unknowns: readonly string[],
): string[] {
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const found = new Set<number>();
  for (const p of PRIMES) {
    const rows: number[][] = [];
    for (const { parent, children } of equations) {
      const row = new Array<number>(unknowns.length).fill(0);
      let any = false;
      for (const [key, c] of [[parent, p - 1] as const, ...children.map((k) => [k, 1] as const)]) {
        const i = index.get(key);
        if (i !== undefined) {
          row[i] = ((row[i] as number) + c) % p;
          any = true;
        }
      }
      if (any && row.some((v) => v !== 0)) {
        rows.push(row);
      }
    }
    for (const col of alone(rows, unknowns.length, p)) {
      found.add(col);
    }
  }
  return [...found].sort((a, b) => a - b).map((i) => unknowns[i] as string);
}
