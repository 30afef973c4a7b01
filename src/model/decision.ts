/** The category that is always granted (SPEC §3): it is in every state and never asked about. */
export const NECESSARY = 'necessary';

/**
 * How a decision was made (SPEC §7). The order is part of the stored cookie's format (a method is
 * stored as its index): append new methods, never reorder.
 */
export const METHODS = ['banner.accept_all', 'banner.reject_all', 'preferences.save', 'preferences.accept_all', 'preferences.reject_all', 'placeholder', 'api', 'gpc'] as const;

export type Method = (typeof METHODS)[number];

/**
 * The visitor's consent as the page sees it (SPEC §5). `Category` is the optional categories' names
 * (see `createConsent`), `string` when they are not known to the type system.
 */
export interface ConsentState<Category extends string = string, Service extends string = string> {
  /** Whether a valid decision for the current revision is stored. */
  decided: boolean;
  /** Every category, `necessary` included, with whether it is granted. */
  categories: Record<typeof NECESSARY | Category, boolean>;
  /**
   * Every service (SPEC §9) with whether it is granted; empty when the site declares none. A
   * category with services is granted while any of its services is.
   */
  services: Record<Service, boolean>;
  /** The policy revision this state applies to. */
  revision: string;
  /** When the decision was recorded (ISO 8601), or null before any decision. */
  updatedAt: string | null;
  /** The pseudonymous id that links this visitor's receipts. */
  subjectId: string;
  /** How the decision was made, or null before any decision. */
  method: Method | null;
}
