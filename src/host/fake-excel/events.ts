import type { FakeRequestContext } from './context';
import { fakeError } from './errors';

/**
 * Worksheet events of the fake host, as Office.js delivers them: a handler is registered by
 * `add()` only when the sync that carries it succeeds, it is called later (never inside the sync
 * or the user's action), with the event's arguments, and it is removed by `remove()` in a batch of
 * the same request context (`Excel.run(result.context, …)`), as the Office docs require.
 */

export type FakeEventType = 'WorksheetActivated' | 'WorksheetChanged' | 'WorksheetAdded' | 'WorksheetDeleted';

export interface FakeEventArgs {
  type: FakeEventType;
  worksheetId: string;
  /** WorksheetChanged: the changed range on its sheet (`M9`, `A1:F20`). */
  address?: string;
  changeType?: string;
  source?: 'Local' | 'Remote';
  /** ExcelApi 1.14: `ThisLocalAddin` for changes the add-in made itself. */
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
}

export type FakeEventHandler = (args: FakeEventArgs) => Promise<unknown>;

/** The host side: handlers registered per event type, called after the change. */
export class FakeEventHub {
  private readonly handlers = new Map<FakeEventType, Set<FakeEventHandler>>();
  /** Events raised so far (delivered or not), for tests. */
  readonly raised: FakeEventArgs[] = [];

  register(type: FakeEventType, handler: FakeEventHandler): void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
  }

  unregister(type: FakeEventType, handler: FakeEventHandler): void {
    this.handlers.get(type)?.delete(handler);
  }

  count(type?: FakeEventType): number {
    if (type) return this.handlers.get(type)?.size ?? 0;
    let n = 0;
    for (const set of this.handlers.values()) n += set.size;
    return n;
  }

  /** Calls the handlers registered now, on a later task (Office delivers events asynchronously). */
  raise(args: FakeEventArgs): void {
    this.raised.push(args);
    const targets = [...(this.handlers.get(args.type) ?? [])];
    if (!targets.length) return;
    setTimeout(() => {
      for (const handler of targets) void handler({ ...args }).catch(() => undefined);
    }, 0);
  }
}

/** `EventHandlerResult`: removes its handler in a batch of the context that added it. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly type: FakeEventType,
    private readonly handler: FakeEventHandler,
  ) {}

  remove(): void {
    this.context.enqueue((scope) => scope.afterSuccess(() => this.context.host.events.unregister(this.type, this.handler)), { kind: 'call', name: 'remove' });
  }
}

/** `EventHandlers<T>` on a proxy: `add(handler)` registers at the next sync. */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly type: FakeEventType,
    private readonly version: string,
    private readonly api: string,
  ) {}

  add(handler: FakeEventHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw fakeError('InvalidArgument', 'The event handler must be a function.');
    this.ctx.requireApi(this.version, this.api);
    this.ctx.enqueue((scope) => scope.afterSuccess(() => this.ctx.host.events.register(this.type, handler)), { kind: 'call', name: 'add', args: [this.type] });
    return new FakeEventHandlerResult(this.ctx, this.type, handler);
  }

  remove(handler: FakeEventHandler): void {
    this.ctx.enqueue((scope) => scope.afterSuccess(() => this.ctx.host.events.unregister(this.type, handler)), {
      kind: 'call',
      name: 'remove',
      args: [this.type],
    });
  }
}
