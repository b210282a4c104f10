import { existsSync, statSync } from 'fs';
import path from 'path';
import { MessageChannel, Worker, type MessagePort } from 'worker_threads';

/**
 * Starting the shared-strings worker of strings-thread.ts. Kept apart from it (nothing here loads the file layer)
 * so that `psheet` can start the thread first thing, before it loads the command's modules: a thread takes tens of
 * milliseconds to start, and on a big workbook the main thread would otherwise wait for its strings.
 */

/** The worker script beside this module (absent when running from the TypeScript sources). */
export const STRINGS_WORKER_SCRIPT = path.join(__dirname, 'shared-strings-worker.js');

/** Files from this size on are likely to hold shared strings worth the worker. */
export const BIG_FILE_BYTES = 1024 * 1024;

/** A started worker: its port for answers and the counter it adds one to after each. */
export interface SpawnedWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/** Starts the worker, or undefined when the script is missing or the thread cannot start. Never keeps the process alive. */
export function spawnStringsWorker(script: string = STRINGS_WORKER_SCRIPT): SpawnedWorker | undefined {
  if (!existsSync(script)) return undefined;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { port: port2, signal }, transferList: [port2] });
  } catch {
    return undefined;
  }
  // The main thread waits for answers on the signal, not on events.
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal };
}

let early: SpawnedWorker | undefined;

/** Whether `psheet COMMAND ARGS…` reads a big file through the worker: validate and consolidate name the files they read. */
export function wantsEarlyWorker(command: string, args: readonly string[]): boolean {
  return (command === 'validate' || command === 'consolidate') && args.some((a) => !a.startsWith('-') && isBigFile(a));
}

/** Starts the worker now when the command will want it (it is then handed to the first StringsThread to start). */
export function startEarlyForBigFiles(command: string, args: readonly string[]): void {
  if (!early && wantsEarlyWorker(command, args)) early = spawnStringsWorker();
}

/** The worker started early, if any, handed over once. */
export function takeEarlyWorker(): SpawnedWorker | undefined {
  const w = early;
  early = undefined;
  return w;
}

/** The file is there and of BIG_FILE_BYTES or more. */
export function isBigFile(file: string): boolean {
  try {
    return statSync(file).size >= BIG_FILE_BYTES;
  } catch {
    return false;
  }
}
