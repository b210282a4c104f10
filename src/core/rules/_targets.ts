import { TargetBlock } from '../parse/targets';

/** How a block is named in messages: its label as written, or the period. */
export function blockName(b: TargetBlock): string {
  return b.label ?? `【${b.from}~${b.to}月】`;
}

/** The half-year blocks present: first (4–9) and second (10–3). */
export function halves(blocks: readonly TargetBlock[]) {
  return {
    first: blocks.find((b) => b.kind === 'first-half'),
    second: blocks.find((b) => b.kind === 'second-half'),
  };
}

/** True when the only labelled block is one half-year block (4–9 or 10–3). */
export function oneHalfOnly(blocks: readonly TargetBlock[]): boolean {
  const labelled = blocks.filter((b) => b.label);
  return labelled.length === 1 && (labelled[0].kind === 'first-half' || labelled[0].kind === 'second-half');
}
