import { receiveMessageOnPort } from 'worker_threads';
import { readSharedStringsOf, XlsxError, type SharedStringsElsewhere, type XlsxProblem } from '../host/file/xlsx';
import { unpackStrings, type PackedStrings } from './packed-strings';
import { spawnStringsWorker, STRINGS_WORKER_SCRIPT, takeEarlyWorker, type SpawnedWorker } from './strings-worker-spawn';
import { OPEN_OPTIONS } from './workbook-file';

/**
 * The shared strings of big workbooks read in a worker thread while the main thread reads the sheet (the two parts
 * take about as long to parse; on two cores they are parsed at once). The file layer takes this as
 * OpenOptions.sharedStrings and calls it synchronously, so the main thread waits for the strings on a shared counter
 * (Atomics.wait) and takes them off the port (receiveMessageOnPort) when the sheet is read.
 *
 * - Parts that unpack to less than `minBytes` are read in place: starting a thread and copying the strings back
 *   cost more than they save on a small workbook.
 * - The worker reads the same bytes with the same reader: nothing is trusted from it but the strings.
 * - Without the compiled worker script (running from the TypeScript sources, as the unit tests do), or once the
 *   thread has failed, everything is read in place.
 */

/** Shared strings parts from this size (unpacked) on are read in the worker. */
export const WORKER_FROM_BYTES = 4 * 1024 * 1024;

/** A read handed to the worker. */
export interface StringsJob {
  id: number;
  /** The whole file (a copy the worker owns). */
  bytes: Uint8Array;
  part: string;
  size: number;
}

/** The worker's answer: the strings (packed-strings.ts), or why they could not be read. */
export interface StringsAnswer {
  id: number;
  strings?: PackedStrings;
  failure?: { reason?: XlsxProblem; detail: string; part?: string; cell?: string; sheet?: string };
}

/** How long to wait for the worker before reading in place (it may have died): 10 s and 1 s a megabyte. */
function patience(size: number): number {
  return 10_000 + size / 1000;
}

export class StringsThread {
  /** The running worker, its port and the count of answers it has posted (strings-worker-spawn.ts). */
  private thread?: SpawnedWorker;
  private nextId = 1;
  private broken = false;

  constructor(
    private readonly script: string = STRINGS_WORKER_SCRIPT,
    private readonly minBytes: number = WORKER_FROM_BYTES,
  ) {}

  /**
   * Starts the worker now, ahead of a big workbook (a thread takes tens of milliseconds to start), or takes the one
   * `psheet` started first thing (strings-worker-spawn.ts); false when there is none to start.
   */
  start(): boolean {
    if (this.thread) return true;
    if (this.broken) return false;
    this.thread = (this.script === STRINGS_WORKER_SCRIPT ? takeEarlyWorker() : undefined) ?? spawnStringsWorker(this.script);
    if (!this.thread) {
      this.broken = true;
      return false;
    }
    this.thread.worker.on('error', () => this.stop(true));
    return true;
  }

  /** Stops the worker (when the command is done, or when it has failed). */
  stop(broken = false): void {
    if (broken) this.broken = true;
    const thread = this.thread;
    this.thread = undefined;
    if (!thread) return;
    thread.port.close();
    void thread.worker.terminate();
  }

  /** OpenOptions.sharedStrings: big parts to the worker, the others declined (read in place). */
  readonly elsewhere: SharedStringsElsewhere = (bytes, part, size) => {
    if (size < this.minBytes || !this.start()) return undefined;
    const id = this.nextId++;
    // A copy the worker owns (a Buffer's slice would be a view of the same memory).
    const copy = new Uint8Array(bytes);
    const job: StringsJob = { id, bytes: copy, part, size };
    this.thread!.worker.postMessage(job, [copy.buffer]);
    return () => this.answer(id, size) ?? readSharedStringsOf(bytes, part, size, OPEN_OPTIONS);
  };

  /** Waits for the answer to a job: its strings (or its failure, thrown), or undefined when the worker is gone or too slow. */
  private answer(id: number, size: number): string[] | undefined {
    const deadline = Date.now() + patience(size);
    for (;;) {
      const thread = this.thread;
      if (!thread) return undefined;
      const seen = Atomics.load(thread.signal, 0);
      const received = receiveMessageOnPort(thread.port);
      if (received) {
        const a = received.message as StringsAnswer;
        // An answer to a job given up on (its sheet failed before it needed the strings): skipped.
        if (a.id !== id) continue;
        if (a.strings) return unpackStrings(a.strings);
        const f = a.failure!;
        if (f.reason) throw new XlsxError(f.reason, f.detail, { part: f.part, cell: f.cell, sheet: f.sheet });
        throw new Error(f.detail);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        this.stop(true);
        return undefined;
      }
      Atomics.wait(thread.signal, 0, seen, Math.min(left, 1000));
    }
  }
}
