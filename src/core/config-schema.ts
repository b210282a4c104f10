import { z } from 'zod';
import { COLUMN_KEYS } from './columns';
import { Config, ConfigInput, resolveConfig } from './config';

/**
 * The configuration's schema: a `--config` file, the pane's `psheet.config.json` and the one saved
 * in a workbook's settings are all checked here, so the CLI and the pane accept and refuse the
 * same files with the same messages.
 */
const symbolList = z.array(z.string().min(1)).max(20);

const columnOverride = z.strictObject({
  name: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  required: z.boolean().optional(),
});

export const configSchema = z.strictObject({
  columns: z.partialRecord(z.enum(COLUMN_KEYS), columnOverride).optional(),
  symbols: z
    .strictObject({
      preset: z.enum(['arrows', 'circles', 'abcd', 'sabc']).optional(),
      ahead: symbolList.optional(),
      onTrack: symbolList.optional(),
      behind: symbolList.optional(),
      notAssessable: symbolList.optional(),
      allowNotAssessable: z.boolean().optional(),
    })
    .optional(),
  counters: z.array(z.string().min(1).max(10)).min(1).optional(),
  targetBehindThreshold: z.number().gt(0).lte(1).optional(),
  headerSearchRows: z.number().int().min(1).max(100).optional(),
});

// The hand-written input type and the schema must agree.
type SchemaInput = z.infer<typeof configSchema>;
const agree: [SchemaInput extends ConfigInput ? true : false, ConfigInput extends SchemaInput ? true : false] = [true, true];
void agree;

/** A configuration that cannot be used; `key` is the dotted path of the first bad key. */
export class ConfigError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    readonly key: string,
  ) {
    super(`${ja} / ${en}`);
    this.name = 'ConfigError';
  }
}

const TYPE_JA: Record<string, string> = {
  number: '数値',
  string: '文字列',
  boolean: 'true か false',
  array: '配列（[…]）',
  object: 'オブジェクト（{…}）',
};

/** What is wrong with a key, in plain words (zod's own text is English and terse). */
function describe(issue: z.core.$ZodIssue): { ja: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { ja: `${TYPE_JA[issue.expected] ?? issue.expected}で指定してください`, en: `expected ${issue.expected}` };
    case 'invalid_value':
      return {
        ja: `${issue.values.map((v) => JSON.stringify(v)).join('、')} のいずれかを指定してください`,
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? { ja: `${issue.minimum} 個（文字）以上にしてください`, en: `needs at least ${issue.minimum} item(s)/character(s)` }
        : {
            ja: `${issue.minimum} ${issue.inclusive ? '以上' : 'より大きい値'}にしてください`,
            en: `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`,
          };
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? { ja: `${issue.maximum} 個（文字）以下にしてください`, en: `allows at most ${issue.maximum} item(s)/character(s)` }
        : {
            ja: `${issue.maximum} ${issue.inclusive ? '以下' : '未満'}にしてください`,
            en: `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`,
          };
    default:
      return { ja: issue.message, en: issue.message };
  }
}

/** Checks an object read from JSON; throws a ConfigError naming the first bad key. */
export function parseConfig(raw: unknown): Config {
  const r = configSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    let path = first.path.map(String).join('.');
    if (first.code === 'unrecognized_keys') {
      path = [path, first.keys[0]].filter(Boolean).join('.');
      throw new ConfigError(`設定のキー「${path}」は使えません`, `unknown configuration key "${path}"`, path);
    }
    const at = path || '(root)';
    const what = describe(first);
    throw new ConfigError(`設定のキー「${at}」が不正です: ${what.ja}`, `invalid configuration key "${at}": ${what.en}`, path);
  }
  return resolveConfig(r.data);
}
