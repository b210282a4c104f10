import { DEFAULT_PAYLOAD_LIMIT } from '../office/payload';
import { fakeError } from './errors';
import { RequirementSets } from './requirements';
import type { FakeWorkbook } from './workbook';
import { FakeWorkbookState } from './workbook-state';

/**
 * The request context of the fake host. Like the real one it queues every call (object
 * creation, loads, writes, methods) and runs the queue on the host side only at `sync()`:
 * writes land then, loaded values are snapshots taken then, and reading a property before a
 * load + sync throws PropertyNotLoaded.
 */

export interface FakeEvent {
  /** The sync (1-based, counted over the host's life) that carried the operation. */
  sync: number;
  op: string;
  target: string;
}

/** What the context needs from the host it talks to (implemented by FakeExcel). */
export interface FakeHostCore {
  readonly state: FakeWorkbookState;
  readonly requirements: RequirementSets;
  readonly payloadLimit: number;
  /** Called at each sync; returns the sync's number. */
  beginSync(): number;
  endSync(record: { request: number; response: number; failed?: string; changes: string[] }): void;
  record(event: FakeEvent): void;
}

export interface SyncScope {
  readonly state: FakeWorkbookState;
  readonly syncNumber: number;
  addResponse(bytes: number): void;
  afterSuccess(commit: () => void): void;
  changed(kind: string): void;
  log(op: string, target: string): void;
}

interface Action {
  run(scope: SyncScope): void;
  requestBytes: number;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** The scope of the sync under way, so objects created while it runs bind at once. */
  activeScope: SyncScope | undefined;
  /** Syncs made through this context. */
  syncCount = 0;
  private queue: Action[] = [];
  private closed = false;

  constructor(
    readonly host: FakeHostCore,
    makeWorkbook: (ctx: FakeRequestContext) => FakeWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  enqueue(run: (scope: SyncScope) => void, requestBytes = 0): void {
    if (this.closed) throw fakeError('InvalidObjectPath', 'The request context is no longer valid (Excel.run has ended).');
    if (this.activeScope) {
      run(this.activeScope);
      return;
    }
    this.queue.push({ run, requestBytes });
  }

  /** Queues a failure at sync time when the host lacks the API's requirement set, as the real host does. */
  requireApi(version: string, api: string): void {
    if (this.host.requirements.isSetSupported('ExcelApi', version)) return;
    this.enqueue(() => {
      throw fakeError('ApiNotFound', `${api} needs ExcelApi ${version}, which this host does not support.`);
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw fakeError('InvalidObjectPath', 'The request context is no longer valid (Excel.run has ended).');
    this.syncCount++;
    const syncNumber = this.host.beginSync();
    const actions = this.queue;
    this.queue = [];
    const request = actions.reduce((n, a) => n + a.requestBytes, 0);
    const limit = this.host.payloadLimit;
    await Promise.resolve();
    if (request > limit) {
      this.host.endSync({ request, response: 0, failed: 'RequestPayloadSizeLimitExceeded', changes: [] });
      throw fakeError('RequestPayloadSizeLimitExceeded', `The request payload size (${request} bytes) has exceeded the limit (${limit} bytes).`);
    }
    let response = 0;
    const commits: (() => void)[] = [];
    const changes = new Set<string>();
    const scope: SyncScope = {
      state: this.host.state,
      syncNumber,
      addResponse: (bytes) => {
        response += bytes;
      },
      afterSuccess: (commit) => {
        commits.push(commit);
      },
      changed: (kind) => {
        changes.add(kind);
      },
      log: (op, target) => this.host.record({ sync: syncNumber, op, target }),
    };
    this.activeScope = scope;
    try {
      for (const action of actions) action.run(scope);
    } catch (e) {
      this.activeScope = undefined;
      this.host.endSync({ request, response, failed: (e as { code?: string }).code ?? 'GeneralException', changes: [...changes] });
      throw e;
    }
    this.activeScope = undefined;
    if (response > limit) {
      // The host has done the work (writes stay) but cannot send the answer back.
      this.host.endSync({ request, response, failed: 'ResponsePayloadSizeLimitExceeded', changes: [...changes] });
      throw fakeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) has exceeded the limit (${limit} bytes).`);
    }
    for (const commit of commits) commit();
    this.host.endSync({ request, response, changes: [...changes] });
    return passThroughValue as T;
  }

  /** Ends the context when its Excel.run finishes. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }
}

export { DEFAULT_PAYLOAD_LIMIT };
