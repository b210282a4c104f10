import { fakeError } from './errors';
import {
  FAKE_PAYLOAD_LIMIT,
  REQUEST_ENVELOPE_BYTES,
  RESPONSE_ENVELOPE_BYTES,
  WireCall,
  requestTooLarge,
  resultBytes,
  responseTooLarge,
  wireBytes,
} from './payload';
import type { Rect } from '../office/a1';
import { formatRange } from '../office/a1';
import type { FakeEventArgs, FakeEventHub } from './events';
import { RequirementSets } from './requirements';
import type { FakeWorkbook } from './workbook';
import { FakeWorkbookState } from './workbook-state';

/**
 * The request context of the fake host. Like the real one it queues every call (object
 * creation, loads, writes, methods) and runs the queue on the host side only at `sync()`:
 * writes land then, loaded values are snapshots taken then, and reading a property before a
 * load + sync throws PropertyNotLoaded. Each sync's request and response are measured as the JSON
 * that would travel (see payload.ts) and refused over the host's limit.
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
  /** The year Excel gives a typed date without one (`4/1`, `10月1日`). */
  readonly entryYear: number;
  /** Registered event handlers (worksheet activated, changed, added, deleted). */
  readonly events: FakeEventHub;
  /** Called at each sync; returns the sync's number. */
  beginSync(): number;
  endSync(record: { request: number; response: number; failed?: string; changes: string[] }): void;
  record(event: FakeEvent): void;
}

export interface SyncScope {
  readonly state: FakeWorkbookState;
  readonly syncNumber: number;
  readonly entryYear: number;
  /** Adds a result (loaded values, a method's answer) to the response of the call under way. */
  respond(value: unknown): void;
  afterSuccess(commit: () => void): void;
  changed(kind: string): void;
  /** Cell contents of `rect` on the sheet changed: raises WorksheetChanged after the sync. */
  edited(sheetId: string, rect: Rect): void;
  /** An event to raise once the sync is over (a sheet added or deleted). */
  raise(args: FakeEventArgs): void;
  log(op: string, target: string): void;
}

interface Action {
  run(scope: SyncScope): void;
  id: number;
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
  private nextId = 1;
  private currentAction = 0;

  constructor(
    readonly host: FakeHostCore,
    makeWorkbook: (ctx: FakeRequestContext) => FakeWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  /** A new id for an object path or an action (Office.js numbers both from one counter). */
  newId(): number {
    return this.nextId++;
  }

  /**
   * Queues `run` for the next sync. `wire` is what the call puts in the request (nothing for
   * checks the fake adds on its own); `pathId` the object it is called on.
   */
  enqueue(run: (scope: SyncScope) => void, wire?: WireCall, pathId = 0): void {
    if (this.closed) throw fakeError('InvalidObjectPath', 'The request context is no longer valid (Excel.run has ended).');
    if (this.activeScope) {
      run(this.activeScope);
      return;
    }
    const id = this.newId();
    this.queue.push({ run, id, requestBytes: wire ? wireBytes(wire, id, pathId) : 0 });
  }

  /** Queues a failure at sync time when the host lacks the API's requirement set, as the real host does. */
  requireApi(version: string, api: string): void {
    if (this.host.requirements.isSetSupported('ExcelApi', version)) return;
    this.enqueue(() => {
      throw fakeError('ApiNotFound', `${api} needs ExcelApi ${version}, which this host does not support.`, { errorLocation: api });
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw fakeError('InvalidObjectPath', 'The request context is no longer valid (Excel.run has ended).');
    this.syncCount++;
    const syncNumber = this.host.beginSync();
    const actions = this.queue;
    this.queue = [];
    const request = actions.reduce((n, a) => n + a.requestBytes, REQUEST_ENVELOPE_BYTES);
    const limit = this.host.payloadLimit;
    await Promise.resolve();
    if (request > limit) {
      this.host.endSync({ request, response: 0, failed: 'RequestPayloadSizeLimitExceeded', changes: [] });
      throw requestTooLarge(request, limit);
    }
    let response = RESPONSE_ENVELOPE_BYTES;
    const commits: (() => void)[] = [];
    const changes = new Set<string>();
    const activeBefore = this.host.state.activeId;
    const events: FakeEventArgs[] = [];
    const raiseEvents = (): void => {
      if (this.host.state.activeId !== activeBefore && this.host.state.sheetById(this.host.state.activeId)) {
        events.push({ type: 'WorksheetActivated', worksheetId: this.host.state.activeId });
      }
      for (const e of events) this.host.events.raise(e);
    };
    const scope: SyncScope = {
      state: this.host.state,
      syncNumber,
      entryYear: this.host.entryYear,
      respond: (value) => {
        response += resultBytes(this.currentAction, value);
      },
      afterSuccess: (commit) => {
        commits.push(commit);
      },
      changed: (kind) => {
        changes.add(kind);
      },
      edited: (sheetId, rect) => {
        events.push({
          type: 'WorksheetChanged',
          worksheetId: sheetId,
          address: formatRange(rect),
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource: 'ThisLocalAddin',
        });
      },
      raise: (args) => {
        events.push(args);
      },
      log: (op, target) => this.host.record({ sync: syncNumber, op, target }),
    };
    this.activeScope = scope;
    try {
      for (const action of actions) {
        this.currentAction = action.id;
        action.run(scope);
      }
    } catch (e) {
      this.activeScope = undefined;
      this.host.endSync({ request, response, failed: (e as { code?: string }).code ?? 'GeneralException', changes: [...changes] });
      // What the batch did before the failing operation stays done, and is told as such.
      raiseEvents();
      throw e;
    }
    this.activeScope = undefined;
    if (response > limit) {
      // The host has done the work (writes stay) but cannot send the answer back.
      this.host.endSync({ request, response, failed: 'ResponsePayloadSizeLimitExceeded', changes: [...changes] });
      raiseEvents();
      throw responseTooLarge(response, limit);
    }
    for (const commit of commits) commit();
    this.host.endSync({ request, response, changes: [...changes] });
    raiseEvents();
    return passThroughValue as T;
  }

  /** Ends the context when its Excel.run finishes. */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  /** `Excel.run(context, batch)`: the same context serves another batch (to remove event handlers). */
  reopen(): void {
    this.closed = false;
  }
}

/** The fake's own default limit (5 MB), under the name callers already import. */
export const DEFAULT_PAYLOAD_LIMIT = FAKE_PAYLOAD_LIMIT;
