/** A run of text with its formatting (Office.js text runs, ExcelJS rich text). */
export interface TextRunLike {
  text: string;
}

/**
 * The runs with `text` inserted at character `at` as a plain run of its own: the run it falls
 * in is split (both halves keep its formatting), every other run stays as it is.
 */
export function insertPlainRun<R extends TextRunLike>(runs: readonly R[], at: number, text: string): (R | { text: string })[] {
  if (text === '') return runs.map((r) => ({ ...r }));
  const out: (R | { text: string })[] = [];
  let pos = 0;
  let placed = false;
  for (const run of runs) {
    const end = pos + run.text.length;
    if (!placed && at >= pos && at < end) {
      const head = run.text.slice(0, at - pos);
      if (head) out.push({ ...run, text: head });
      out.push({ text });
      out.push({ ...run, text: run.text.slice(at - pos) });
      placed = true;
    } else out.push({ ...run });
    pos = end;
  }
  if (!placed) out.push({ text });
  return out;
}
