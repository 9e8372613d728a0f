import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { signOutIntent } from '../modules/accounts/signOutIntent';

// What jsdom lacks and Mantine uses (see also jsdom-environment.cjs).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe = () => undefined;
  unobserve = () => undefined;
  disconnect = () => undefined;
}
window.ResizeObserver = ResizeObserverStub;
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  window.localStorage.clear();
  signOutIntent.forget();
});

// The machines are shared and often loaded: what a test waits to appear gets 5 s, not 1 s (a test
// that must fail still fails, only later).
configure({ asyncUtilTimeout: 5_000 });
