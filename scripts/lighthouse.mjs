// Lighthouse 12.2.3 on the home, a news post, a child's page and the look-up, on a phone
// (Lighthouse's default) and on a desktop. Prints the four category scores per page and what
// keeps any of them under 1, writes the reports to scripts/out/lighthouse/, and exits 1 when a
// score is under the minimum (0.95).
//
//   node scripts/lighthouse.mjs [--preset mobile|desktop|both] [--runs N] [--min 0.95]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_FLAGS, OUT, SCRIPTS, buildAndServe, chromePath, pages, run } from './lib/site.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function options(argv) {
  const o = { preset: 'both', runs: 1, min: 0.95 };
  for (let i = 0; i < argv.length; i++) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (key === '--preset' && ['mobile', 'desktop', 'both'].includes(value)) o.preset = value;
    else if (key === '--runs' && Number(value) >= 1) o.runs = Math.floor(Number(value));
    else if (key === '--min' && Number(value) >= 0 && Number(value) <= 1) o.min = Number(value);
    else {
      console.error('usage: lighthouse.sh [--preset mobile|desktop|both] [--runs N] [--min 0.95]');
      process.exit(2);
    }
    i++;
  }
  return o;
}

/**
 * Runs the Lighthouse command line once (a second time if the browser failed under it, which
 * happens now and then on a busy machine); returns the parsed JSON report.
 */
async function lighthouse(url, preset, outBase, chrome) {
  const args = [join(SCRIPTS, 'node_modules', 'lighthouse', 'cli', 'index.js'), url,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--only-categories=' + CATEGORIES.join(','),
    '--output=json', '--output=html', `--output-path=${outBase}`, '--quiet'];
  if (preset === 'desktop') args.push('--preset=desktop');
  let problem = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (attempt > 1) console.error(`  ${problem}; trying once more`);
    const code = await run(process.execPath, args, { ...process.env, CHROME_PATH: chrome });
    if (code !== 0) {
      problem = `Lighthouse failed on ${url} (exit ${code})`;
      continue;
    }
    const report = JSON.parse(readFileSync(`${outBase}.report.json`, 'utf8'));
    if (report.runtimeError) {
      problem = `Lighthouse could not measure ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`;
      continue;
    }
    return report;
  }
  throw new Error(problem);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What an audit's details point at: elements (selector and snippet), resources or labels. */
function pointers(audit, base) {
  const items = audit.details?.items ?? [];
  const out = [];
  for (const item of items) {
    const node = item.node ?? (item.source?.type === 'node' ? item.source : null)
      ?? (item.type === 'node' ? item : null);
    if (node && (node.selector || node.snippet)) {
      out.push(`${node.selector ?? ''} ${node.snippet ?? ''}`.trim());
    } else if (item.url || item.source?.url) {
      const line = typeof item.source?.line === 'number' ? `:${item.source.line + 1}` : '';
      const url = String(item.url ?? item.source.url).replace(base, '/') + (item.url ? '' : line);
      const extra = ['totalBytes', 'wastedBytes', 'wastedMs', 'cacheLifetimeMs']
        .filter((k) => typeof item[k] === 'number').map((k) => `${k} ${Math.round(item[k])}`);
      out.push([url, ...extra].join(' '));
    } else if (item.description || item.label || item.text) {
      out.push(String(item.description ?? item.label ?? item.text));
    } else if (Array.isArray(item.subItems?.items)) {
      for (const sub of item.subItems.items) out.push(JSON.stringify(sub).slice(0, 200));
    }
  }
  return out.map((s) => s.replace(/\s+/g, ' ').slice(0, 240));
}

/** The audits of the four categories that score under 1 (and are not merely informative). */
function shortfalls(report, base) {
  const seen = new Set();
  const found = [];
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id].auditRefs) {
      const audit = report.audits[ref.id];
      if (seen.has(ref.id) || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      seen.add(ref.id);
      found.push({ category: id, id: ref.id, weight: ref.weight, score: audit.score,
        title: audit.title, value: audit.displayValue ?? '', at: pointers(audit, base) });
    }
  }
  return found.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

/**
 * A child's page is kept out of search engines on purpose (noindex and robots.txt: the club's
 * safeguarding rules), which Lighthouse's SEO audit is-crawlable scores 0. This is the SEO score
 * of the same report with that one audit left out, so that every other SEO rule still counts.
 */
const NOINDEX_BY_DESIGN = 'is-crawlable';

function seoWithoutCrawlable(report) {
  const refs = report.categories.seo.auditRefs.filter((r) => r.id !== NOINDEX_BY_DESIGN && r.weight > 0);
  const weight = refs.reduce((sum, r) => sum + r.weight, 0);
  return weight === 0 ? 0 : refs.reduce((sum, r) => sum + r.weight * (report.audits[r.id].score ?? 0), 0) / weight;
}

/** The audits of the four categories that Lighthouse could not run, with its message. */
function errored(report) {
  const ids = new Set(CATEGORIES.flatMap((c) => report.categories[c].auditRefs.map((r) => r.id)));
  return [...ids].filter((id) => report.audits[id].scoreDisplayMode === 'error')
    .map((id) => `${id}: ${report.audits[id].errorMessage}`);
}

async function main() {
  const o = options(process.argv.slice(2));
  const chrome = chromePath();
  const chromeVersion = spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const dir = join(OUT, 'lighthouse');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const { server, baseUrl, root } = await buildAndServe();
  const rows = [];
  const details = [];
  const failedAudits = new Set();
  try {
    const list = pages(root);
    const presets = o.preset === 'both' ? ['mobile', 'desktop'] : [o.preset];
    for (const preset of presets) {
      for (const page of list) {
        const url = baseUrl + page.path;
        const runs = [];
        for (let r = 1; r <= o.runs; r++) {
          const outBase = join(dir, `${preset}-${page.name}${o.runs > 1 ? '-' + r : ''}`);
          console.error(`Lighthouse ${preset} ${url}${o.runs > 1 ? ` (run ${r} of ${o.runs})` : ''}`);
          runs.push(await lighthouse(url, preset, outBase, chrome));
        }
        const scores = Object.fromEntries(CATEGORIES.map((c) =>
          [c, median(runs.map((rep) => rep.categories[c].score ?? 0))]));
        const row = { preset, page: page.name, path: '/' + page.path, scores };
        if (page.name === 'child') row.seoIndexable = median(runs.map(seoWithoutCrawlable));
        rows.push(row);
        details.push({ preset, page: page.name, found: shortfalls(runs[0], baseUrl) });
        for (const e of runs.flatMap(errored)) failedAudits.add(e);
      }
    }
  } finally {
    server.close();
  }

  const lines = [];
  lines.push(`Lighthouse ${JSON.parse(readFileSync(join(SCRIPTS, 'node_modules', 'lighthouse', 'package.json'))).version}, ${chromeVersion}, ${new Date().toISOString().slice(0, 10)}`
    + (o.runs > 1 ? `, median of ${o.runs} runs` : ''));
  lines.push('');
  lines.push('| device | page | address | performance | accessibility | best practices | SEO |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    lines.push(`| ${r.preset} | ${r.page} | \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c].toFixed(2)
      + (c === 'seo' && r.seoIndexable !== undefined ? ` (${r.seoIndexable.toFixed(2)} without ${NOINDEX_BY_DESIGN})` : '')).join(' | ')} |`);
  }
  if (rows.some((r) => r.seoIndexable !== undefined)) {
    lines.push('');
    lines.push(`A child's page is noindex by the safeguarding rules, so its SEO score is checked without ${NOINDEX_BY_DESIGN}.`);
  }
  lines.push('');
  for (const d of details) {
    if (!d.found.length) continue;
    lines.push(`${d.preset} ${d.page}:`);
    for (const f of d.found) {
      lines.push(`- ${f.category} ${f.id} (score ${f.score}, weight ${f.weight})${f.value ? ' ' + f.value : ''}: ${f.title}`);
      for (const at of f.at.slice(0, 6)) lines.push(`    ${at}`);
      if (f.at.length > 6) lines.push(`    … and ${f.at.length - 6} more`);
    }
  }
  if (failedAudits.size) {
    lines.push('');
    lines.push('Audits Lighthouse could not run (not counted in the scores):');
    for (const e of failedAudits) lines.push(`- ${e}`);
  }
  const text = lines.join('\n') + '\n';
  writeFileSync(join(dir, 'summary.md'), text);
  process.stdout.write(text);

  const checked = (r, c) => (c === 'seo' && r.seoIndexable !== undefined ? r.seoIndexable : r.scores[c]);
  const low = rows.flatMap((r) => CATEGORIES.filter((c) => checked(r, c) < o.min)
    .map((c) => `${r.preset} ${r.page} ${c} ${checked(r, c).toFixed(2)}`));
  if (low.length) {
    console.error(`\nUnder ${o.min}: ${low.join('; ')}`);
    process.exit(1);
  }
  console.error(`\nEvery score is at least ${o.min}. Reports: scripts/out/lighthouse/`);
}

main().catch((e) => {
  console.error(`lighthouse: ${e.message}`);
  process.exit(3);
});
