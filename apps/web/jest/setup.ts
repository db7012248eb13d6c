import '@testing-library/jest-dom';

// Mantine reads these browser APIs that jsdom does not implement.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', {
  writable: true,
  configurable: true,
  value: ResizeObserverStub,
});

Object.defineProperty(window, 'scrollTo', { writable: true, configurable: true, value: () => {} });
Element.prototype.scrollIntoView = () => {};

// The environment lends jsdom Node's AbortController (Node's Request needs it), but jsdom's
// addEventListener accepts only its own AbortSignal in `{ signal }` (Mantine's notifications use it).
// Bridge: listen without the option and remove the listener when Node's signal aborts.
const jsdomAddEventListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function addEventListener(
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (typeof options === 'object' && options?.signal) {
    const { signal, ...rest } = options;
    if (signal.aborted) return;
    jsdomAddEventListener.call(this, type, listener, rest);
    signal.addEventListener('abort', () => this.removeEventListener(type, listener, rest), { once: true });
    return;
  }
  jsdomAddEventListener.call(this, type, listener, options);
};
