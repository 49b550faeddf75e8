import { error } from '../log';
import type { ConsentryEvent, ConsentryEventMap, ConsentryListener } from '../types';

const EVENTS = ['ready', 'consent', 'change', 'show', 'hide', 'cleared', 'record'];
/** Any listener, whatever its event's arguments. */
type Listener = (...args: any[]) => void;

export interface Emitter {
  on<E extends ConsentryEvent>(event: E, fn: ConsentryListener<E>): () => void;
  emit<E extends ConsentryEvent>(event: E, ...args: ConsentryEventMap[E]): void;
}

/**
 * Event hub of one instance. Each event also goes to `window` as `consentry:<event>` (through
 * `dispatch`). One throwing listener is logged and never stops the others. `ready` is sticky:
 * a listener added after it fired is called at once.
 */
export function createEmitter(dispatch: (name: string, detail: unknown) => void, problem: (code: string, ...args: unknown[]) => void): Emitter {
  const listeners: Record<string, Listener[]> = {};
  let ready: unknown[] | undefined;
  const call = (event: string, fn: Listener, args: unknown[]) => {
    try {
      fn(...args);
    } catch (e) {
      error(`a "${event}" listener threw:`, e);
    }
  };
  return {
    on(event, fn) {
      if (!EVENTS.includes(event) || typeof fn != 'function') {
        problem('event', event);
        return () => {};
      }
      (listeners[event] ||= []).push(fn);
      if (event == 'ready' && ready) call(event, fn, ready);
      return () => {
        listeners[event] = listeners[event].filter((f) => f !== fn);
      };
    },
    emit(event, ...args) {
      if (event == 'ready') ready = args;
      for (const fn of listeners[event]?.slice() || []) call(event, fn, args);
      // Window listeners cannot throw through dispatchEvent; a test env's dispatch might.
      call('consentry:' + event, dispatch, ['consentry:' + event, args[0]]);
    },
  };
}
