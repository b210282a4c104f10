import { defineRule, text } from '../rule';

/** Reported by the file adapter (CLI, consolidation) for a file that cannot be read. */
export default defineRule({
  code: 'file-unreadable',
  severity: 'error',
  description: text('ファイルを読めない（xlsx でない・暗号化・破損・サイズ超過）', 'not an .xlsx, encrypted, corrupt, or over the size limits'),
});
