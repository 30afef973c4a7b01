// The README's Svelte recipe: a readable store. Svelte calls the start function on the first
// subscriber and the function it returns (consent.on's unsubscribe) after the last one.
import { readable } from 'svelte/store';
import { consent } from './consent';

export const consentState = readable(consent.state, (set) => consent.on('change', set));
