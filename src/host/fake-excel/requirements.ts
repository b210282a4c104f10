/**
 * Requirement sets of the fake host, the way `Office.context.requirements.isSetSupported` answers:
 * a set is supported when the host declares the same set at that version or a later one.
 * Declared as `"ExcelApi 1.13"` (or `"ExcelApi:1.13"`).
 */

export const DEFAULT_REQUIREMENT_SETS = ['ExcelApi 1.18'];

function versionParts(version: string | number | undefined): number[] {
  if (version === undefined || version === '') return [1, 1];
  return String(version)
    .split('.')
    .map((p) => Number(p) || 0);
}

export function compareVersions(a: string | number, b: string | number): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequirementSets {
  private readonly sets = new Map<string, string>();

  constructor(declared: string[] = DEFAULT_REQUIREMENT_SETS) {
    for (const entry of declared) {
      const [name, version = '1.1'] = entry.trim().split(/[\s:]+/);
      const key = name.toLowerCase();
      const known = this.sets.get(key);
      if (known === undefined || compareVersions(version, known) > 0) this.sets.set(key, version);
    }
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const version = this.sets.get(name.toLowerCase());
    if (version === undefined) return false;
    return compareVersions(version, minVersion ?? '1.1') >= 0;
  }

  /** The declared sets, for display (`ExcelApi 1.13`). */
  list(): string[] {
    return [...this.sets.entries()].map(([k, v]) => `${k === 'excelapi' ? 'ExcelApi' : k} ${v}`);
  }
}
