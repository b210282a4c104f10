import { createContext, useContext } from 'react';
import type { Config } from '../../core/config';
import type { WorkbookPort } from '../../host/port';
import type { Lang, UiStrings } from '../i18n';
import type { Validation } from '../validate/use-validation';
import type { Session } from './use-session';

/**
 * What every tab shares: the port, the language, the configuration in force, the session (sheet,
 * month, sheets of the workbook) and the 点検 result, whose freshness the other tabs affect, and
 * whether the pane runs as the demo.
 */
export interface PaneContextValue {
  port: WorkbookPort;
  lang: Lang;
  strings: UiStrings;
  config: Config;
  session: Session;
  validation: Validation;
  /** The pane runs as the demo, outside Excel (the 集約 tab then offers its sample files). */
  demo: boolean;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane outside the pane');
  return value;
}
