/** The file layer's chunk, fetched the first time the 集約 tab reads a file. */
export type FileLayer = typeof import('./file-layer');

export function loadFileLayer(): Promise<FileLayer> {
  return import(/* webpackChunkName: "file-layer" */ './file-layer');
}
