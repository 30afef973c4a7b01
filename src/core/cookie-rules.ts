// The choice cookie's rules (SPEC §6), in one place for the two that must agree on them: the SDK's
// configuration, which decides the cookie's name, domain and lifetime, and the collector, which
// sets the same cookie again from the server (Safari) and must refuse anything outside them.

/** A cookie name Consentry accepts: 1–64 of `A-Z a-z 0-9 _ -`. */
export const COOKIE_NAME = /^[\w-]{1,64}$/;

/** A `Domain` attribute: a host name, optionally with its leading dot. */
export const COOKIE_DOMAIN = /^\.?([a-z0-9-]+\.)*[a-z0-9-]+$/i;

/** The lifetime of a decision in days: at most 13 months, the CNIL's limit for a consent cookie. */
export const MAX_AGE_DAYS = { min: 1, max: 395 } as const;
