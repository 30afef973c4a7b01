// The README's Vue recipe: the state as a shallow ref, replaced (not mutated) after every decision,
// with the listener removed when the component's scope ends.
import { onScopeDispose, shallowRef } from 'vue';
import { consent } from './consent';

export function useConsentState() {
  const state = shallowRef(consent.state);
  onScopeDispose(
    consent.on('change', (next) => {
      state.value = next;
    }),
  );
  return state;
}
