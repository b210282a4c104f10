/**
 * Damaged department files through the whole read (zip, parts, sheet choice, validation): each gives
 * a report — file-unreadable with a plain reason, or a valid read — never an exception, and a good
 * file beside it is still reported in full. Bounded: fixed seeds, a few hundred cases.
 */
import { readFileSync } from 'fs';
import { unzipSync, zipSync } from 'fflate';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { buildReport } from '../../src/core/validate';
import { readDepartmentFile } from '../../src/host/file/department-file';
import { FIXTURE_XLSX } from '../helpers/fixture';

const good = new Uint8Array(readFileSync(FIXTURE_XLSX));
const options = { month: 10, lang: 'ja' as const, config: DEFAULT_CONFIG };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Library words that must never reach a clerk. */
const INTERNAL = /Bug :|invalid (block|distance|length)|unexpected EOF|saxes|TypeError|RangeError|undefined|NaN|at [A-Za-z]+ \(/;

function check(bytes: Uint8Array): 'ok' | 'unreadable' {
  const r = readDepartmentFile('damaged.xlsx', bytes, options);
  if (r.unreadable) {
    expect(r.report.issues).toHaveLength(1);
    expect(r.report.issues[0].code).toBe('file-unreadable');
    expect(r.report.issues[0].message).not.toMatch(INTERNAL);
    expect(r.unreadable.en).not.toMatch(INTERNAL);
    return 'unreadable';
  }
  expect(r.report.sheet).toBeDefined();
  return 'ok';
}

describe('damaged files are unreadable with a plain reason, never a crash', () => {
  test('truncated at every 97th byte', () => {
    for (let n = 0; n < good.length; n += 97) expect(check(good.subarray(0, n))).toBe('unreadable');
  });

  test('random bit flips (headers and compressed data alike)', () => {
    const rand = rng(11);
    const seen = new Set<string>();
    for (let k = 0; k < 300; k++) {
      const b = good.slice();
      const flips = 1 + Math.floor(rand() * 3);
      for (let f = 0; f < flips; f++) b[Math.floor(rand() * b.length)] ^= 1 << Math.floor(rand() * 8);
      seen.add(check(b));
    }
    // Almost every flip is caught (CRC-32, sizes, structure); a flip in unused header bytes may not matter.
    expect(seen.has('unreadable')).toBe(true);
  });

  test('entries missing or renamed, parts with DTDs and deep nesting', () => {
    const parts = unzipSync(good);
    const variants: Record<string, Uint8Array>[] = [];
    const without = (name: string) => Object.fromEntries(Object.entries(parts).filter(([n]) => n !== name));
    variants.push(without('xl/workbook.xml'), without('xl/worksheets/sheet1.xml'), without('_rels/.rels'), without('xl/_rels/workbook.xml.rels'));
    variants.push({ ...without('xl/worksheets/sheet1.xml'), 'xl/worksheets/sheetX.xml': parts['xl/worksheets/sheet1.xml'] });
    const enc = new TextEncoder();
    variants.push({ ...parts, 'xl/worksheets/sheet1.xml': enc.encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>') });
    variants.push({ ...parts, 'xl/worksheets/sheet1.xml': enc.encode('<worksheet>' + '<x>'.repeat(100_000) + '</worksheet>') });
    variants.push({ ...parts, 'xl/sharedStrings.xml': enc.encode('<sst><si><t>unclosed</sst>') });
    for (const v of variants) expect(['ok', 'unreadable']).toContain(check(zipSync(v)));
    // A broken sheet is never silently read as empty: these are unreadable.
    expect(check(zipSync(without('xl/worksheets/sheet1.xml')))).toBe('unreadable');
    expect(check(zipSync(variants[5]))).toBe('unreadable');
  });

  test('a good file beside a damaged one is still reported in full', () => {
    const damaged = readDepartmentFile('damaged.xlsx', good.subarray(0, good.length / 2), options);
    const fine = readDepartmentFile('welfare-r7.xlsx', good, options);
    const report = buildReport([damaged.report, fine.report], 10);
    expect(report.files[0].issues.map((i) => i.code)).toEqual(['file-unreadable']);
    expect(report.files[1].dataRows).toBe(11);
    expect(report.files[1].summary.error).toBe(4);
  });
});
