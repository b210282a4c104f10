import { ColumnKey } from '../columns';
import { Config } from '../config';

/** The column's name as the configuration spells it (the canonical name by default). */
export function columnName(config: Config, key: ColumnKey): string {
  return config.columns.find((c) => c.key === key)?.name ?? key;
}
