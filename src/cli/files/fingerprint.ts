import { createHash } from 'crypto';
import type { BigIntStats } from 'fs';

/**
 * What identifies the content of a file as it was read: the inode (which a replacement by
 * rename changes), size, modification time, permission bits and a SHA-256 of the bytes (which
 * catches an edit that kept the size and had its modification time put back).
 *
 * The change time (ctime) is deliberately left out: it moves on metadata-only events (a new
 * hard link, an owner change, a backup tool setting an attribute) that do not touch the data,
 * and the hash already decides whether the data changed. Times are nanoseconds and inode numbers
 * are bigints, so nothing is rounded (Windows file ids do not fit in a double).
 */
export interface Fingerprint {
  size: number;
  mtimeNs: bigint;
  ino: bigint;
  dev: bigint;
  /** Permission bits (`mode & 0o7777`). */
  mode: number;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fingerprintOf(st: BigIntStats, bytes: Uint8Array): Fingerprint {
  return { size: Number(st.size), mtimeNs: st.mtimeNs, ino: st.ino, dev: st.dev, mode: Number(st.mode) & 0o7777, sha256: sha256(bytes) };
}

/** The stat part of the fingerprint matches (cheap: no read). */
export function sameStat(a: Fingerprint, st: BigIntStats): boolean {
  return a.size === Number(st.size) && a.mtimeNs === st.mtimeNs && a.ino === st.ino && a.dev === st.dev && a.mode === (Number(st.mode) & 0o7777);
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ino === b.ino && a.dev === b.dev && a.mode === b.mode && a.sha256 === b.sha256;
}
