// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for reflow.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
export {};
// jsdom lacks TextDecoder and TextEncoder, which the file layer reads .xlsx parts with (browsers have them).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
