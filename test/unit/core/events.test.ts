import { expect, test, vi } from 'vitest';
import { createEmitter } from '../../../src/instance/events';

test('unsubscribing after clear is harmless', () => {
  const emitter = createEmitter<{ tick: number }>();
  const off = emitter.on('tick', () => {});
  emitter.clear();
  expect(() => off()).not.toThrow();
});

test('a listener added during an emit does not run in that emit', () => {
  const emitter = createEmitter<{ tick: number }>();
  const late = vi.fn();
  emitter.on('tick', () => emitter.on('tick', late));
  emitter.emit('tick', 1);
  expect(late).not.toHaveBeenCalled();
  emitter.emit('tick', 2);
  expect(late).toHaveBeenCalledWith(2);
});
