// The Consentry configuration a site owner can start from (SPEC §1, §9): one category per kind of
// thing found, one service per product, each with the cookies to declare (names, or /patterns/ for
// names the database matches by prefix) so the preferences list them and a withdrawal deletes them.
import type { CategoryConfig, CookieDeclaration } from 'consentry/protocol';
import type { PhaseReport, ScanCategory, SuggestedConfig } from './report';

interface Service {
  label: string;
  cookies: CookieDeclaration[];
}

/** A service id from a product name: "Google Analytics" → "google-analytics". */
const serviceId = (platform: string) =>
  platform
    .normalize('NFKD')
    // The accents NFKD splits off, so "Ünïcode" gives "unicode", not "u-ni-code".
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'service';

/** Consentry's built-in categories need no label; `marketing` is a custom one (SPEC §3, §5). */
const MARKETING = {
  label: { en: 'Marketing' },
  description: { en: 'Show you advertising that matches your interests, and measure it, with our advertising partners.' },
};

/** The configuration for everything non-necessary the scan saw in any phase. */
export function suggestedConfig(phases: PhaseReport[]): SuggestedConfig {
  const byCategory = new Map<ScanCategory, Map<string, Service>>();
  const serviceFor = (category: ScanCategory, platform: string) => {
    const services = byCategory.get(category) ?? byCategory.set(category, new Map()).get(category)!;
    const id = serviceId(platform);
    return services.get(id) ?? services.set(id, { label: platform, cookies: [] }).get(id)!;
  };
  for (const phase of phases) {
    for (const cookie of phase.cookies) {
      const { category, platform, provider, retention, prefix } = cookie.classification;
      if (category === 'necessary' || category === 'unknown' || !platform) continue;
      const service = serviceFor(category, platform);
      const declaration: CookieDeclaration = prefix
        ? `/^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`
        : { name: cookie.name, ...(provider ? { provider } : {}), ...(retention ? { duration: retention } : {}) };
      const key = typeof declaration === 'string' ? declaration : declaration.name;
      if (!service.cookies.some((known) => (typeof known === 'string' ? known : known.name) === key)) service.cookies.push(declaration);
    }
    for (const request of phase.requests) {
      const { category, platform } = request.classification;
      if (category !== 'necessary' && category !== 'unknown' && platform) serviceFor(category, platform);
    }
  }
  const categories: Record<string, CategoryConfig> = {};
  for (const category of ['functional', 'personalization', 'analytics', 'marketing'] as const) {
    const services = byCategory.get(category);
    if (!services) continue;
    categories[category] = { ...(category === 'marketing' ? MARKETING : {}), services: Object.fromEntries(services) };
  }
  return { categories };
}
