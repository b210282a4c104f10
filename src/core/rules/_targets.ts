import { TargetBlock } from '../parse/targets';

/** How a block is named in messages: its label as written, or the period. */
export function blockName(b: TargetBlock): string {
  return b.label ?? `【${b.from}~${b.to}月】`;
}

/** The first first-half block (4–9), if any. */
export function firstHalf(blocks: readonly TargetBlock[]): TargetBlock | undefined {
  for (let i = 0; i < blocks.length; i++) if (blocks[i].kind === 'first-half') return blocks[i];
  return undefined;
}

/** The first second-half block (10–3), if any. */
export function secondHalf(blocks: readonly TargetBlock[]): TargetBlock | undefined {
  for (let i = 0; i < blocks.length; i++) if (blocks[i].kind === 'second-half') return blocks[i];
  return undefined;
}

/** True when the only labelled block is one half-year block (4–9 or 10–3). */
export function oneHalfOnly(blocks: readonly TargetBlock[]): boolean {
  let only: TargetBlock | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.label) continue;
    if (only) return false;
    only = b;
  }
  return only !== undefined && (only.kind === 'first-half' || only.kind === 'second-half');
}
