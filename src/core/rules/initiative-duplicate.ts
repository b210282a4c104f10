import { normalizeForCompare } from '../normalize';
import { defineRule, excerpt, text } from '../rule';
import { Localized } from '../types';

/**
 * Consolidation only: the same 取組名 in two files (two departments, or one file sent twice). The
 * rows are never merged; each later one is reported, naming where the name was seen first.
 */
export default defineRule({
  code: 'initiative-duplicate',
  severity: 'info',
  description: text('同じ取組名が別のファイル（部）にもある（集約時）', 'the same initiative name in another file (consolidation)'),
});

export interface InitiativeAt {
  /** Index of the file among the inputs. */
  file: number;
  fileName: string;
  department: string;
  /** 0-based worksheet row. */
  row: number;
  no?: number | string;
  name: string;
}

export interface DuplicateFinding {
  at: InitiativeAt;
  first: InitiativeAt;
  message: Localized;
}

/** Each initiative whose name was already seen in another file, with where. */
export function duplicateInitiatives(list: readonly InitiativeAt[]): DuplicateFinding[] {
  const first = new Map<string, InitiativeAt>();
  const out: DuplicateFinding[] = [];
  for (const at of list) {
    const key = normalizeForCompare(at.name);
    if (key === '') continue;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, at);
      continue;
    }
    if (seen.file === at.file) continue;
    const where = `${seen.department || seen.fileName}（${seen.fileName}${seen.no !== undefined ? ` No.${seen.no}` : ''}）`;
    const whereEn = `${seen.department || seen.fileName} (${seen.fileName}${seen.no !== undefined ? ` No.${seen.no}` : ''})`;
    const name = excerpt(at.name, 30);
    out.push({
      at,
      first: seen,
      message: text(
        `取組名「${name}」は${where}にもあります（別の取組として集約しました。同じ取組なら所管を確認してください）`,
        `The initiative "${name}" also appears in ${whereEn} (kept as separate rows: if it is one initiative, check which department owns it)`,
      ),
    });
  }
  return out;
}
