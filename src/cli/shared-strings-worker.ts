/**
 * The worker thread of strings-thread.ts: reads the shared strings part of the workbooks it is sent with the file
 * layer's own reader (readSharedStringsOf: sizes, CRC-32, budget, XML, no DTD) and posts them back, then counts one
 * more answer in the shared signal so that the main thread, waiting on it, wakes up.
 */
import { parentPort, workerData, type MessagePort } from 'worker_threads';
// The modules it needs, not the file layer's index: the thread starts sooner without the writers.
import { readSharedStringsOf } from '../host/file/xlsx/book';
import { XlsxError } from '../host/file/xlsx/errors';
import { packStrings } from './packed-strings';
import type { StringsAnswer, StringsJob } from './strings-thread';
import { OPEN_OPTIONS } from './workbook-file';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

parentPort!.on('message', (job: StringsJob) => {
  let answer: StringsAnswer;
  const transfer: ArrayBuffer[] = [];
  try {
    const strings = packStrings(readSharedStringsOf(job.bytes, job.part, job.size, OPEN_OPTIONS));
    transfer.push(strings.units.buffer as ArrayBuffer, strings.ends.buffer as ArrayBuffer);
    answer = { id: job.id, strings };
  } catch (e) {
    answer = {
      id: job.id,
      failure:
        e instanceof XlsxError
          ? { reason: e.reason, detail: e.detail, part: e.part, cell: e.cell, sheet: e.sheet }
          : { detail: e instanceof Error ? e.message : String(e) },
    };
  }
  port.postMessage(answer, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
