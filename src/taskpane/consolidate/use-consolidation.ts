import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Config } from '../../core/config';
import type { ConsolidationInput } from '../../core/consolidate';
import { WORDS } from '../../core/consolidate/i18n';
import type { Lang } from '../../core/types';
import type { ConsolidationDocument, WorkbookPort } from '../../host/port';
import { consolidationDocument } from './consolidation-document';
import { ConsolidationAction, ConsolidationState, initialConsolidation, reduceConsolidation } from './consolidation-state';
import type { ReadFile } from './file-layer';
import type { FileSource } from './file-source';
import { FileLayer, loadFileLayer } from './load-file-layer';
import { errorText } from '../error-text';

/** Lets the pane draw between two files (a file takes tens of milliseconds to read). */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export interface ConsolidationSettings {
  lang: Lang;
  config: Config;
  /** The pane's reporting month (undefined: each file's own, inferred). */
  month?: number;
  chartTitle: string;
}

/**
 * The consolidation of one workbook's pane, kept outside the tab so that it lasts while another
 * tab is shown (and the files go on being read): reading department files one after another with
 * the file layer (loaded lazily), yielding to the pane between files so each result shows as it
 * comes; cancelling between two files; consolidating those read; writing the three sheets and the
 * chart into the open workbook, asking first when sheets written earlier would be replaced. The
 * files are read again when the pane's reporting month or configuration changes.
 */
export class ConsolidationSession {
  private state: ConsolidationState = initialConsolidation;
  private readonly listeners = new Set<() => void>();
  private readonly sources = new Map<string, FileSource>();
  private readonly results = new Map<string, ReadFile>();
  private cancelled = false;
  private running = false;
  private doc: ConsolidationDocument | undefined;
  private settings: ConsolidationSettings | undefined;
  /** The settings the results were read with. */
  private readWith: ConsolidationSettings | undefined;

  constructor(
    private readonly port: WorkbookPort,
    private readonly loadLayer: () => Promise<FileLayer> = loadFileLayer,
  ) {}

  readonly getState = (): ConsolidationState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private dispatch(action: ConsolidationAction): void {
    this.state = reduceConsolidation(this.state, action);
    for (const listener of [...this.listeners]) listener();
  }

  /** The pane's language, configuration and month; a change of month or configuration reads the files again. */
  configure(settings: ConsolidationSettings): void {
    this.settings = settings;
    if (this.running || !this.readWith || this.state.files.length === 0) return;
    if (this.readWith.config === settings.config && this.readWith.month === settings.month && this.readWith.lang === settings.lang) return;
    this.results.clear();
    this.dispatch({ type: 'requeue', all: true });
    void this.readAll();
  }

  /** Adds files to the list (a file already there, same name and size, is left out) and reads them. */
  readonly add = (files: FileSource[]): void => {
    const known = [...this.state.files];
    const added: { id: string; name: string; size: number }[] = [];
    const duplicates: string[] = [];
    for (const file of files) {
      if (file.size > 0 && known.some((f) => f.name === file.name && f.size === file.size)) {
        duplicates.push(file.name);
        continue;
      }
      let id = file.name;
      for (let n = 2; known.some((f) => f.id === id); n++) id = `${file.name}#${n}`;
      this.sources.set(id, file);
      const entry = { id, name: file.name, size: file.size };
      added.push(entry);
      known.push({ ...entry, status: 'waiting' });
    }
    this.dispatch({ type: 'add', files: added, duplicates });
    if (added.length) void this.readAll();
  };

  readonly cancel = (): void => {
    if (!this.running) return;
    this.cancelled = true;
    this.dispatch({ type: 'cancel' });
  };

  /** Reads the files a cancel left unread. */
  readonly resume = (): void => {
    if (this.running) return;
    this.dispatch({ type: 'requeue', all: false });
    void this.readAll();
  };

  readonly clear = (): void => {
    if (this.running) return;
    this.sources.clear();
    this.results.clear();
    this.doc = undefined;
    this.readWith = undefined;
    this.dispatch({ type: 'clear' });
  };

  /** Writes the sheets; asks first (state.confirm) when sheets written earlier would be replaced. */
  readonly write = (): Promise<void> => this.send();

  /** The user agreed to replace the sheets named. */
  readonly confirm = (): Promise<void> => this.send(this.state.confirm?.map((s) => s.id) ?? []);

  readonly decline = (): void => this.dispatch({ type: 'declined' });

  private async send(replace?: string[]): Promise<void> {
    const doc = this.doc;
    if (!doc || this.state.phase === 'writing') return;
    this.dispatch({ type: 'writing' });
    try {
      const result = await this.port.writeConsolidation(doc, replace ? { replace } : {});
      if (!result.ok && result.refusal.reason === 'confirm') this.dispatch({ type: 'ask', sheets: result.refusal.sheets });
      else this.dispatch({ type: 'written', result });
    } catch (e) {
      this.dispatch({ type: 'written', result: { ok: false, error: errorText(e) } });
    }
  }

  /** Reads every waiting file, in list order, then consolidates the files read. */
  private async readAll(): Promise<void> {
    const settings = this.settings;
    if (this.running || !settings) return;
    this.running = true;
    this.cancelled = false;
    this.dispatch({ type: 'start' });
    try {
      const layer = await this.loadLayer();
      const { lang, config, month } = settings;
      this.readWith = settings;
      for (;;) {
        const next = this.state.files.find((f) => f.status === 'waiting');
        if (!next || this.cancelled) break;
        this.dispatch({ type: 'reading', id: next.id });
        let read: ReadFile;
        try {
          const bytes = await this.sources.get(next.id)!.bytes();
          read = layer.readFile(next.name, bytes, { month, lang, config });
        } catch (e) {
          // readFile never throws: the bytes could not be had.
          read = layer.unobtainable(next.name, errorText(e), lang);
        }
        this.results.set(next.id, read);
        if (read.reason) this.dispatch({ type: 'unreadable', id: next.id, reason: read.reason, skipped: read.skipped });
        else {
          const { sheet, dataRows, summary } = read.report;
          this.dispatch({
            type: 'read',
            id: next.id,
            entry: { sheet, initiatives: dataRows, counts: { error: summary.error, warning: summary.warning, info: summary.info } },
          });
        }
        await yieldToUi();
      }
      this.dispatch({ type: 'stopped' });
      const inputs: ConsolidationInput[] = [];
      for (const f of this.state.files) {
        const r = this.results.get(f.id);
        if (!r || r.skipped || (f.status !== 'read' && f.status !== 'unreadable')) continue;
        inputs.push({ file: f.name, table: r.table, report: r.report });
      }
      const result = inputs.length ? layer.consolidate(inputs, config, { lang }) : undefined;
      this.doc = result ? consolidationDocument(result, { chartTitle: settings.chartTitle, departmentColumn: WORDS[lang].summary.department }) : undefined;
      this.dispatch({ type: 'consolidated', result });
    } finally {
      this.running = false;
    }
    // The month or the configuration changed while the files were being read.
    if (this.settings && this.settings !== settings) this.configure(this.settings);
  }
}

const sessions = new WeakMap<WorkbookPort, ConsolidationSession>();

/** The consolidation of the pane on `port`: one per workbook, kept across tab switches. */
export function consolidationSessionFor(port: WorkbookPort): ConsolidationSession {
  let session = sessions.get(port);
  if (!session) sessions.set(port, (session = new ConsolidationSession(port)));
  return session;
}

export interface ConsolidationDeps extends ConsolidationSettings {
  port: WorkbookPort;
  /** The session to use (tests give theirs); the pane's own for `port` otherwise. */
  session?: ConsolidationSession;
}

/** The 集約 tab's view of the consolidation session, told the pane's language, configuration and month. */
export function useConsolidation({ port, session: given, lang, config, month, chartTitle }: ConsolidationDeps) {
  const session = useMemo(() => given ?? consolidationSessionFor(port), [given, port]);
  const settings = useMemo(() => ({ lang, config, month, chartTitle }), [lang, config, month, chartTitle]);
  // Told once the tab is shown (before any file can be chosen), and again whenever they change.
  useEffect(() => session.configure(settings), [session, settings]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return {
    state,
    add: session.add,
    cancel: session.cancel,
    resume: session.resume,
    clear: session.clear,
    write: session.write,
    confirm: session.confirm,
    decline: session.decline,
  };
}

export type ConsolidationHook = ReturnType<typeof useConsolidation>;
