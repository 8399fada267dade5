// Photographs index.html with Debian's Chromium (no browser download): npm run shot.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
(async () => {
  const templates = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--allow-file-access-from-files'] });
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto('file://' + __dirname + '/index.html');
  await page.evaluate((t) => window.start(t, 'cn.xinfang.send-deadline-reminder'), templates);
  await page.waitForFunction('window.done === true');
  await new Promise((r) => setTimeout(r, 800));
  // open the template's groups: its description and its Chinese fields
  await page.evaluate(() => document.querySelectorAll('.bio-properties-panel-group-header').forEach((h) => {
    if (/期限|提醒|Template|模板|环节|Custom|自定义|信访/.test(h.textContent) && !h.classList.contains('open')) h.click();
  }));
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: process.argv[3] });
  await browser.close();
})();
