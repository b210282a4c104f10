import { FakeRequestContext, SyncScope } from './context';
import { fakeError, propertyNotLoaded } from './errors';
import type { WireCall } from './payload';

/**
 * The proxy side of the fake: objects bound to host-side targets when their creation runs at
 * sync, properties that throw PropertyNotLoaded until loaded, loaded values as snapshots.
 */

export type LoadSpec = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** Load paths (`values`, `protection/protected`, `items/name`) of any of the forms `load()` takes. */
export function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s) ?? []);
  const select = (spec as { select?: unknown }).select;
  const expand = (spec as { expand?: unknown }).expand;
  if (typeof select === 'string' || typeof expand === 'string') {
    return [...(loadPaths(select as string | undefined) ?? []), ...(loadPaths(expand as string | undefined) ?? [])];
  }
  const paths: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (k.startsWith('$')) continue;
      if (v === true) paths.push(prefix + k);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(spec as Record<string, unknown>, '');
  return paths;
}

export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneValue(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneValue(v);
    return out as T;
  }
  return value;
}

type Binder<T> = (scope: SyncScope) => T | null;

/** How an object was reached (`getRange("A1")` on its parent), for the request's object paths. */
export interface ObjectPath {
  name: string;
  args?: unknown[];
  parent?: number;
}

/** A set or call queued on an object. */
export type WriteCall = Extract<WireCall, { kind: 'set' } | { kind: 'call' }>;

export abstract class FakeClientObject<T> {
  private bound = false;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, FakeClientObject<unknown>>();
  /** The object's id in the request's object paths. */
  readonly pathId: number;

  protected constructor(
    protected readonly ctx: FakeRequestContext,
    bind: Binder<T>,
    path: ObjectPath = { name: '' },
  ) {
    this.pathId = ctx.newId();
    ctx.enqueue(
      (scope) => {
        this.target = bind(scope);
        this.bound = true;
      },
      { kind: 'path', ...path },
      this.pathId,
    );
  }

  /** The path of a child object reached through `name(args)` on this one. */
  protected path(name: string, ...args: unknown[]): ObjectPath {
    return { name, args, parent: this.pathId };
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /** Readable after the sync that created the object, as in Office.js. */
  get isNullObject(): boolean {
    if (!this.bound) throw propertyNotLoaded('isNullObject');
    return this.target === null;
  }

  /** Scalar properties `load()` without arguments loads. */
  protected abstract scalarProperties(): string[];

  /** A property's current host-side value (called at sync). */
  protected abstract readProperty(name: string, target: T, scope: SyncScope): unknown;

  /** Navigation properties (`protection`, `format`) for load paths; undefined when unknown. */
  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  /** The bound target during a sync; null for a null object. */
  protected targetNow(): T | null {
    if (!this.bound) throw fakeError('InvalidObjectPath', 'The object is not bound yet.');
    return this.target;
  }

  /** The bound target during a sync, throwing ItemNotFound for a null object. */
  protected requireTarget(what: string): T {
    const t = this.targetNow();
    if (t === null) throw fakeError('ItemNotFound', `${what} does not exist.`);
    return t;
  }

  /** A child proxy kept per property name (the same object on each access, like Office.js). */
  protected child<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name) as C | undefined;
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c;
  }

  /** Builds a binder for a child object from this object's target. */
  protected derive<C>(fn: (target: T, scope: SyncScope) => C | null): Binder<C> {
    return (scope) => {
      const t = this.targetNow();
      return t === null ? null : fn(t, scope);
    };
  }

  protected markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a write of host-side effect `apply`; `call` is what it puts in the request. */
  protected write(apply: (target: T, scope: SyncScope) => void, call: WriteCall): void {
    this.ctx.enqueue(
      (scope) => {
        const t = this.targetNow();
        if (t === null) return;
        apply(t, scope);
      },
      call,
      this.pathId,
    );
  }

  /** Queues a method whose host-side effect is `run` (an answer, a check), with what it puts in the request. */
  protected call(run: (scope: SyncScope) => void, call: WriteCall): void {
    this.ctx.enqueue(run, call, this.pathId);
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue((scope) => this.loadNow(paths, scope), { kind: 'query', select: paths ?? [] }, this.pathId);
    return this;
  }

  /** Runs a load at sync time (also used by collections for their items). */
  loadNow(paths: string[] | undefined, scope: SyncScope): void {
    const t = this.targetNow();
    if (t === null) return;
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const p of paths ?? this.scalarProperties()) {
      const slash = p.indexOf('/');
      if (slash < 0) {
        const nav = this.navigation(p);
        if (nav) nested.set(p, nested.get(p) ?? []);
        else own.add(p);
      } else {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      }
    }
    const values: Record<string, unknown> = {};
    for (const name of own) values[name] = cloneValue(this.readProperty(name, t, scope));
    if (own.size) {
      scope.respond(values);
      scope.afterSuccess(() => {
        for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
      });
    }
    for (const [name, rest] of nested) {
      const nav = this.navigation(name);
      if (!nav) throw fakeError('InvalidArgument', `Cannot load '${name}'.`);
      nav.loadNow(rest.length ? rest : undefined, scope);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Office.js releases tracked objects; the fake has nothing to release. */
  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }
}

/** The answer of a method such as `getCellProperties`, readable after sync. */
export class FakeClientResult<V> {
  private ready = false;
  private result: V | undefined;

  get value(): V {
    if (!this.ready) throw propertyNotLoaded('value');
    return this.result as V;
  }

  settle(value: V, scope: SyncScope): void {
    const snapshot = cloneValue(value);
    scope.respond(snapshot);
    scope.afterSuccess(() => {
      this.result = snapshot;
      this.ready = true;
    });
  }
}

/** A collection proxy: `items` is loaded with the properties named after `items/`. */
export abstract class FakeCollection<T, I extends FakeClientObject<unknown>> extends FakeClientObject<T> {
  protected scalarProperties(): string[] {
    return ['items'];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  /** Item proxies for the targets present at sync. */
  protected abstract itemsNow(target: T, scope: SyncScope): I[];

  get items(): I[] {
    return this.get<I[]>('items');
  }

  override loadNow(paths: string[] | undefined, scope: SyncScope): void {
    const t = this.targetNow();
    if (t === null) return;
    const itemPaths = (paths ?? ['items']).map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== '');
    const items = this.itemsNow(t, scope);
    for (const item of items) item.loadNow(itemPaths.length ? itemPaths : undefined, scope);
    scope.afterSuccess(() => this.markLoaded('items', items));
  }
}
