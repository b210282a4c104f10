import { TargetBlock } from '../parse/targets';

/** How a block is named in messages: its label as written, or the period. */
export function blockName(b: TargetBlock): string {
  return b.label ?? `【${b.from}~${b.to}月】`;
}

/** The half-year blocks present: first (4–9) and second (10–3). */
export function halves(blocks: readonly TargetBlock[]): { first?: TargetBlock; second?: TargetBlock } {
  let first: TargetBlock | undefined;
  let second: TargetBlock | undefined;
  for (const b of blocks) {
    if (b.kind === 'first-half') first ??= b;
    else if (b.kind === 'second-half') second ??= b;
  }
  return { first, second };
}

/** True when the only labelled block is one half-year block (4–9 or 10–3). */
export function oneHalfOnly(blocks: readonly TargetBlock[]): boolean {
  let only: TargetBlock | undefined;
  for (const b of blocks) {
    if (!b.label) continue;
    if (only) return false;
    only = b;
  }
  return only !== undefined && (only.kind === 'first-half' || only.kind === 'second-half');
}
