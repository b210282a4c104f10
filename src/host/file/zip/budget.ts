/**
 * How many unpacked bytes the reads of one file may still produce, all entries together.
 * One ByteBudget is shared by every readEntry/streamEntry of one archive: a file whose entries
 * together inflate beyond the limit fails with a ZipError 'too-large', however they are read.
 */
import { ZipError } from './errors';

/** 1 GiB: the default limit of unpacked bytes per file. */
export const DEFAULT_BUDGET_BYTES = 1024 * 1024 * 1024;

export class ByteBudget {
  private left: number;

  constructor(readonly limit: number = DEFAULT_BUDGET_BYTES) {
    if (!(limit >= 0)) throw new RangeError(`ByteBudget limit must be a non-negative number, got ${limit}`);
    this.left = limit;
  }

  /** Bytes that may still be produced. */
  get remaining(): number {
    return this.left;
  }

  /** Bytes produced so far. */
  get used(): number {
    return this.limit - this.left;
  }

  /** Accounts for `bytes` just produced; throws 'too-large' (and keeps nothing) if they do not fit. */
  take(bytes: number, entry?: string): void {
    if (bytes > this.left) {
      throw new ZipError('too-large', `unpacking exceeds the limit of ${this.limit} bytes for this file`, entry);
    }
    this.left -= bytes;
  }

  /** Throws 'too-large' if `bytes` cannot fit, without taking them (to refuse an entry before unpacking it). */
  require(bytes: number, entry?: string): void {
    if (bytes > this.left) {
      throw new ZipError('too-large', `the entry declares ${bytes} bytes, more than the ${this.left} left of the ${this.limit}-byte limit`, entry);
    }
  }
}
