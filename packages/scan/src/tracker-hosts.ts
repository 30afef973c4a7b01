// Requests are classified by host with this short list, maintained here by hand from the vendors'
// own documentation of the hosts their tags load from and send to (data/SOURCE.md). A host
// matches an entry when it is that host or a subdomain of it. Hosts not listed are "unknown".
import type { Classification, ScanCategory } from './report';

type Entry = readonly [host: string, category: ScanCategory, platform: string];

const HOSTS: readonly Entry[] = [
  ['google-analytics.com', 'analytics', 'Google Analytics'],
  ['analytics.google.com', 'analytics', 'Google Analytics'],
  ['googletagmanager.com', 'analytics', 'Google Tag Manager'],
  ['doubleclick.net', 'marketing', 'Google Ads'],
  ['googleadservices.com', 'marketing', 'Google Ads'],
  ['googlesyndication.com', 'marketing', 'Google AdSense'],
  ['adservice.google.com', 'marketing', 'Google Ads'],
  ['connect.facebook.net', 'marketing', 'Meta Pixel'],
  ['facebook.com', 'marketing', 'Meta Pixel'],
  ['bat.bing.com', 'marketing', 'Microsoft Advertising'],
  ['clarity.ms', 'analytics', 'Microsoft Clarity'],
  ['hotjar.com', 'analytics', 'Hotjar'],
  ['hotjar.io', 'analytics', 'Hotjar'],
  ['fullstory.com', 'analytics', 'FullStory'],
  ['mouseflow.com', 'analytics', 'Mouseflow'],
  ['smartlook.com', 'analytics', 'Smartlook'],
  ['mixpanel.com', 'analytics', 'Mixpanel'],
  ['segment.io', 'analytics', 'Segment'],
  ['segment.com', 'analytics', 'Segment'],
  ['amplitude.com', 'analytics', 'Amplitude'],
  ['heapanalytics.com', 'analytics', 'Heap'],
  ['plausible.io', 'analytics', 'Plausible'],
  ['matomo.cloud', 'analytics', 'Matomo'],
  ['stats.wp.com', 'analytics', 'Jetpack Stats'],
  ['hs-analytics.net', 'analytics', 'HubSpot'],
  ['hs-scripts.com', 'marketing', 'HubSpot'],
  ['linkedin.com', 'marketing', 'LinkedIn Insight'],
  ['licdn.com', 'marketing', 'LinkedIn Insight'],
  ['ads-twitter.com', 'marketing', 'X (Twitter) Ads'],
  ['analytics.tiktok.com', 'marketing', 'TikTok Pixel'],
  ['ct.pinterest.com', 'marketing', 'Pinterest Tag'],
  ['snap.licdn.com', 'marketing', 'LinkedIn Insight'],
  ['criteo.com', 'marketing', 'Criteo'],
  ['criteo.net', 'marketing', 'Criteo'],
  ['taboola.com', 'marketing', 'Taboola'],
  ['outbrain.com', 'marketing', 'Outbrain'],
  ['adnxs.com', 'marketing', 'Xandr'],
  ['hubspot.com', 'marketing', 'HubSpot'],
  ['youtube.com', 'personalization', 'YouTube'],
  ['youtube-nocookie.com', 'personalization', 'YouTube'],
  ['ytimg.com', 'personalization', 'YouTube'],
  ['vimeo.com', 'personalization', 'Vimeo'],
  ['player.vimeo.com', 'personalization', 'Vimeo'],
  ['maps.googleapis.com', 'personalization', 'Google Maps'],
  ['maps.google.com', 'personalization', 'Google Maps'],
  ['platform.twitter.com', 'personalization', 'X (Twitter) embeds'],
  ['fonts.googleapis.com', 'functional', 'Google Fonts'],
  ['fonts.gstatic.com', 'functional', 'Google Fonts'],
];

/** The category of a request's host, by the longest listed host it falls under. */
export function classifyHost(host: string): Classification {
  const bare = host.toLowerCase();
  let best: Entry | undefined;
  for (const entry of HOSTS) {
    if ((bare === entry[0] || bare.endsWith('.' + entry[0])) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? { category: best[1], platform: best[2], source: 'tracker-hosts' } : { category: 'unknown', source: 'none' };
}
