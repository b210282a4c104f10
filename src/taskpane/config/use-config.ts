import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../host/port';
import { DEFAULT_CONFIG } from '../../core/config';
import { FetchText, loadPaneConfig, PaneConfig } from './pane-config';

/** The configuration in force, loaded once per port; undefined while loading. */
export function useConfig(port: WorkbookPort, fetchText?: FetchText): PaneConfig | undefined {
  const [config, setConfig] = useState<PaneConfig | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadPaneConfig(port, fetchText).then(
      (c) => live && setConfig(c),
      // The schema's chunk could not load: the defaults, said plainly.
      (e: unknown) =>
        live &&
        setConfig({
          config: DEFAULT_CONFIG,
          source: 'default',
          problems: [{ source: 'server', ja: `設定を読み込めません（${String(e)}）`, en: `cannot load the configuration (${String(e)})` }],
        }),
    );
    return () => {
      live = false;
    };
  }, [port, fetchText]);
  return config;
}
