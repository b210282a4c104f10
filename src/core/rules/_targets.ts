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

/** True when exactly one half-year block is written and no full-year block stands beside it. */
export function oneHalfOnly(blocks: readonly TargetBlock[]): boolean {
  const { first, second } = halves(blocks);
  return !!first !== !!second && !blocks.some((b) => b.label && b.kind === 'full-year');
}
