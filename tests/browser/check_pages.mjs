// Renders every sample (and the hostile fixture) to an HTML report, loads each page in headless
// Chromium and runs the Nu HTML Checker over them. A page fails on a console error, an uncaught
// exception, a dialog, any request besides the page itself, or a screenshot with next to nothing
// on it; the checker fails on any error it reports.
//
//   node tests/browser/check_pages.mjs path/to/postmortem
//
// Prints "SKIPPED: ..." and exits 0 when Chromium, Java or the npm packages (npm ci --prefix
// tests/browser) are missing, so that ctest lists the test as skipped.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const vnuJar = join(here, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const today = '2026-07-01';

function skip(reason) {
  console.log(`SKIPPED: ${reason}`);
  process.exit(0);
}

function hasJava() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

async function loadPlaywright() {
  if (!existsSync(join(here, 'node_modules', 'playwright-core'))) return null;
  return import('playwright-core');
}

function documentsToRender() {
  const samples = readdirSync(join(root, 'samples'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'samples', name));
  return [...samples, join(root, 'tests', 'render', 'hostile.md')];
}

function renderAll(binary, folder) {
  const pages = [];
  for (const document of documentsToRender()) {
    const page = join(folder, basename(document, '.md') + '.html');
    const run = spawnSync(binary, ['render', '--today', today, '--format', 'html', document, '-o', page], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`render ${document} exited ${run.status}: ${run.stderr}`);
    pages.push(page);
  }
  // The site's own pages: its index and the tracker it publishes beside the reports.
  const site = join(folder, 'site');
  const run = spawnSync(binary, ['site', '--today', today, '--include-drafts', join(root, 'samples'), '-o', site], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`site exited ${run.status}: ${run.stderr}`);
  pages.push(join(site, 'index.html'), join(site, 'actions.html'));
  return pages;
}

// Distinct colours and the share of pixels that are not the background, counted in a blank tab
// of the same browser: the report's own policy rightly forbids scripts, canvases are allowed here.
async function measureScreenshot(blankTab, png) {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return blankTab.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    let inked = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      const rgb = (pixels[at] << 16) | (pixels[at + 1] << 8) | pixels[at + 2];
      colours.add(rgb);
      if (rgb !== 0xffffff) inked += 1;
    }
    return { colours: colours.size, inkedShare: inked / (pixels.length / 4) };
  }, dataUrl);
}

async function checkPage(context, blankTab, file) {
  const problems = [];
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`a script opened a ${dialog.type()} dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) problems.push(`unexpected request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || !response.ok()) problems.push('the page did not load');
  await page.waitForTimeout(200);
  const screenshot = await page.screenshot({ fullPage: true });
  const { colours, inkedShare } = await measureScreenshot(blankTab, screenshot);
  if (colours < 8 || inkedShare < 0.01) {
    problems.push(`the screenshot looks blank: ${colours} colours, ${(inkedShare * 100).toFixed(2)}% not white`);
  }
  await page.close();
  return problems;
}

function runChecker(pages) {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'text', ...pages], {
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

async function main() {
  const binary = process.argv[2];
  if (!binary || !existsSync(binary)) {
    console.error('usage: node tests/browser/check_pages.mjs path/to/postmortem');
    process.exit(2);
  }
  if (!existsSync(chromiumPath)) skip(`${chromiumPath} is missing (apt-get install chromium)`);
  if (!hasJava()) skip('java is missing (apt-get install default-jre-headless)');
  const playwright = await loadPlaywright();
  if (!playwright || !existsSync(vnuJar)) skip('tests/browser/node_modules is missing (npm ci --prefix tests/browser)');

  const folder = mkdtempSync(join(tmpdir(), 'postmortem-pages-'));
  let failed = false;
  try {
    const pages = renderAll(binary, folder);
    // Root (as in containers) cannot use Chromium's sandbox.
    const browser = await playwright.chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const blankTab = await context.newPage();
      for (const page of pages) {
        const problems = await checkPage(context, blankTab, page);
        for (const problem of problems) console.log(`${basename(page)}: ${problem}`);
        if (problems.length === 0) console.log(`${basename(page)}: loaded cleanly`);
        failed ||= problems.length > 0;
      }
    } finally {
      await browser.close();
    }
    const checker = runChecker(pages);
    console.log(checker.ok ? `Nu HTML Checker: no errors in ${pages.length} pages` : checker.output);
    failed ||= !checker.ok;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
