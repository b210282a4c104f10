// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for reflow.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
export {};
