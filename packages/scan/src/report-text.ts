// The terminal report: the verdict first, then each finding (what, where, which phase, why it
// matters, how to fix), a summary of each phase, and the suggested configuration. Every line is
// made printable: names, URLs and labels are the scanned site's own bytes.
import { printable, printableJson } from './printable';
import { PHASE_PHRASES, PHASE_TITLES, type Finding, type PhaseReport, type ScanReport } from './report';

const VERDICTS: Record<ScanReport['verdict'], string> = {
  compliant: 'COMPLIANT: nothing that needs consent was stored or sent before a decision or after a refusal.',
  violations: 'VIOLATIONS: the site stores or sends what needs consent without it.',
  incomplete: 'INCOMPLETE: a phase of the scan could not be completed (see below); nothing else was found.',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The subject of a finding as a short title: "Cookie _ga (Google Analytics, analytics)". */
export function findingTitle(finding: Finding): string {
  const subject = { cookie: 'Cookie', storage: 'Storage key', request: 'Request to', banner: 'Banner:' }[finding.subject];
  if (finding.subject === 'banner') return `${subject} ${finding.severity === 'violation' ? 'refusal is not as easy as acceptance' : 'none found'}`;
  const kind = [finding.platform, finding.category].filter(Boolean).join(', ');
  return `${subject} ${finding.name} (${kind})`;
}

function phaseSummary(phase: PhaseReport): string {
  const blocked = phase.blockedNavigations ? `; kept from leaving the site for ${phase.blockedNavigations.join(', ')}` : '';
  if (phase.error) return `${PHASE_TITLES[phase.phase]}: not scanned, ${phase.error}${blocked}`;
  const decision = phase.decision ? ` (${phase.decision})` : '';
  return `${PHASE_TITLES[phase.phase]}${decision}: ${plural(phase.pages.length, 'page')}, ${plural(phase.cookies.length, 'cookie')}, ${plural(phase.storage.length, 'storage key')}, ${plural(phase.requests.length, 'request')} to other sites${blocked}`;
}

function bannerSummary(report: ScanReport): string {
  const { banner } = report;
  if (!banner.found) return banner.consentry ? 'Banner: Consentry is on the page (its API was used to decide).' : 'Banner: none found.';
  const names = [banner.accept && `"${banner.accept.name}"`, banner.reject && `"${banner.reject.name}"`].filter(Boolean).join(' and ');
  return `Banner: ${names} on the first layer${banner.lessProminent.length > 0 ? '; reject is less prominent' : ''}.`;
}

export function formatTextReport(report: ScanReport): string {
  const lines = [`Consentry scan of ${report.url}`, `${report.scannedAt}, ${report.browser}`, '', VERDICTS[report.verdict], bannerSummary(report), ''];
  for (const severity of ['violation', 'warning'] as const) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push(severity === 'violation' ? `Violations (${findings.length})` : `Warnings (${findings.length})`);
    for (const [index, finding] of findings.entries()) {
      lines.push(`  ${index + 1}. ${findingTitle(finding)}, ${PHASE_PHRASES[finding.phase]}`, `     where: ${finding.where}`, `     why:   ${finding.why}`, `     fix:   ${finding.fix}`);
    }
    lines.push('');
  }
  lines.push('Phases', ...report.phases.map((phase) => `  ${phaseSummary(phase)}`), '');
  if (report.unclassified.length > 0) lines.push(`Not in the Open Cookie Database (decide their category): ${report.unclassified.join(', ')}`, '');
  if (Object.keys(report.suggestedConfig.categories).length > 0) {
    lines.push('Suggested Consentry configuration (<script type="application/json" id="consentry-config">):', ...printableJson(report.suggestedConfig).split('\n'), '');
  }
  return lines.map(printable).join('\n');
}
