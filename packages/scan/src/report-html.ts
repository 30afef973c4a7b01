// The standalone HTML report: one file with no outside requests (styles inline, each phase's
// screenshot embedded as a data: URL), to attach to an audit or a CI run.
import { PHASE_PHRASES, PHASE_TITLES, type Phase, type ScanReport } from './report';
import { findingTitle } from './report-text';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
.verdict{padding:.75rem 1rem;border-radius:6px;font-weight:600}
.compliant{background:#e3f6e8}.violations{background:#fde7e7}.incomplete{background:#fff4d6}
.finding{border-left:4px solid #c62828;padding:.25rem 1rem;margin:1rem 0}.warning{border-color:#e0a100}
.finding dt{font-weight:600}.finding dd{margin:0 0 .5rem}
code{background:#f1f1f4;padding:0 .25rem;border-radius:3px;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
figure{margin:1rem 0}figure img{max-width:100%;border:1px solid #ccc}pre{background:#f1f1f4;padding:1rem;overflow:auto}
`;

export function formatHtmlReport(report: ScanReport, screenshots: Partial<Record<Phase, Buffer>>): string {
  // Violations first, as in the terminal report.
  const findings = [...report.findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'violation' ? -1 : 1))
    .map(
      (finding) => `<div class="finding ${finding.severity}">
<h3>${finding.severity === 'violation' ? 'Violation' : 'Warning'}: ${escapeHtml(findingTitle(finding))}, ${escapeHtml(PHASE_PHRASES[finding.phase])}</h3>
<dl><dt>Where</dt><dd>${escapeHtml(finding.where)}</dd><dt>Why it matters</dt><dd>${escapeHtml(finding.why)}</dd><dt>How to fix</dt><dd><code>${escapeHtml(finding.fix)}</code></dd></dl></div>`,
    )
    .join('\n');
  const phases = report.phases
    .map((phase) => {
      const shot = screenshots[phase.phase];
      const rows = [
        ...phase.cookies.map((cookie) => [`cookie`, cookie.name, cookie.classification.category, `${cookie.domain}${cookie.path}`]),
        ...phase.storage.map((entry) => [entry.area, entry.key, entry.classification.category, entry.origin]),
        ...phase.requests.map((request) => [`request (${request.type})`, request.host, request.classification.category, request.url]),
      ];
      return `<section><h2>${escapeHtml(PHASE_TITLES[phase.phase])}</h2>
<p>${phase.error ? `Not scanned: ${escapeHtml(phase.error)}` : `${escapeHtml(phase.decision ?? 'No decision made.')} Pages: ${phase.pages.map((page) => `<code>${escapeHtml(page)}</code>`).join(', ')}`}</p>
${phase.blockedNavigations ? `<p>Kept from leaving the site for ${phase.blockedNavigations.map((url) => `<code>${escapeHtml(url)}</code>`).join(', ')} (never loaded).</p>` : ''}
${shot ? `<figure><img alt="The page ${escapeHtml(PHASE_PHRASES[phase.phase])}" src="data:image/jpeg;base64,${shot.toString('base64')}"><figcaption>${escapeHtml(PHASE_TITLES[phase.phase])}</figcaption></figure>` : ''}
${rows.length > 0 ? `<table><thead><tr><th>What</th><th>Name</th><th>Category</th><th>Where</th></tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>` : '<p>Nothing stored or sent to other sites.</p>'}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consentry scan of ${escapeHtml(report.url)}</title><style>${STYLE}</style></head>
<body><main>
<h1>Consentry scan of <code>${escapeHtml(report.url)}</code></h1>
<p>${escapeHtml(report.scannedAt)} · ${escapeHtml(report.browser)}</p>
<p class="verdict ${report.verdict}">${escapeHtml(report.verdict === 'compliant' ? 'Compliant' : report.verdict === 'violations' ? `${report.findings.filter((finding) => finding.severity === 'violation').length} violations` : 'Incomplete scan')}</p>
<h2>Findings</h2>
${findings || '<p>None.</p>'}
${phases}
<h2>Suggested Consentry configuration</h2>
<pre>${escapeHtml(JSON.stringify(report.suggestedConfig, null, 2))}</pre>
</main></body></html>
`;
}
