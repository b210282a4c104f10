import { ComponentType, lazy, LazyExoticComponent } from 'react';
import type { UiStrings } from '../i18n';

/**
 * The pane's tabs, each loaded lazily on first use (its chunk is fetched as soon as the pane
 * starts, see `preloadTabs`). A tab is a component without props that takes what it shares with
 * the others from `usePane()`. Adding a tab is one entry here.
 */
export interface TabSpec {
  key: string;
  label(strings: UiStrings): string;
  load(): Promise<{ default: ComponentType }>;
}

export const TABS: readonly TabSpec[] = [
  { key: 'validate', label: (t) => t.tabValidate, load: () => import(/* webpackChunkName: "tab-validate" */ '../validate/ValidateTab') },
  { key: 'insert', label: (t) => t.tabInsert, load: () => import(/* webpackChunkName: "tab-insert" */ '../insert/InsertTab') },
  {
    key: 'consolidate',
    label: (t) => t.tabConsolidate,
    load: () => import(/* webpackChunkName: "tab-consolidate" */ '../consolidate/ConsolidateTab'),
  },
];

const components = new Map<string, LazyExoticComponent<ComponentType>>();

/** The lazily loaded component of a tab (one per tab, so React keeps its state). */
export function tabComponent(spec: TabSpec): LazyExoticComponent<ComponentType> {
  let c = components.get(spec.key);
  if (!c) components.set(spec.key, (c = lazy(spec.load)));
  return c;
}

/** Starts fetching every tab's chunk at once, so switching tabs never waits for the network. */
export function preloadTabs(): Promise<unknown> {
  return Promise.all(TABS.map((t) => t.load().catch(() => undefined)));
}
