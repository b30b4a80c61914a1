import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import sirv from 'sirv';
const server = createServer(sirv('/work/main/out/web', { dev: true }));
await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('request', r => { if (!r.url().startsWith(origin)) console.log('request', r.url().slice(0, 100)); });
await page.goto(origin + '/');
await page.waitForFunction(() => document.querySelector('#status').textContent.includes('Ready'));
await page.locator('.cm-content').click();
await page.keyboard.press('ControlOrMeta+a');
await page.keyboard.press('Delete');
await page.keyboard.insertText(`plan typed "T" {
    condition plantar-fasciitis
    patient { red-flags none }
    monitor {
        pain during activity at most 3/10
        pain settles within 24 h
    }
    stop when first-step pain rises
    review at week 6
    phase strength weeks 1-12 {
        do heel-raise 3 x 10 reps tempo 3-0-3, every other day
        do calf-stretch 3 x 30 s hold, 2 times daily
    }
    phase run weeks 13-20 {
        entry when first-step pain at most 2/10 and walk 30 min without worsening
        do walk-run 10 x (1 min run + 2 min walk), 3 times weekly on soft-surface {
            progress run-time +25 % every week
            rest 1 day between sessions
        }
    }
}
`);
await page.waitForTimeout(3000);
console.log(await page.innerHTML('#problems'));

const box = await page.evaluate(() => { const line=[...document.querySelectorAll('.cm-line')].find(l => l.textContent.includes('do calf-stretch 3 x 30 s hold, 2 times daily')); const r=line.getBoundingClientRect(); return {x:r.right-5,y:r.top+r.height/2}; });
await page.mouse.click(box.x, box.y);
await page.keyboard.press('End');
await page.keyboard.press('Enter');
await page.keyboard.type('do heel-r');
await page.waitForTimeout(1500); console.log('popup?', await page.locator('.cm-tooltip-autocomplete li').count()); await page.screenshot({path:'/tmp/dbg.png'}); await page.keyboard.press('Control+Space'); await page.waitForSelector('.cm-tooltip-autocomplete li');
console.log(await page.locator('.cm-tooltip-autocomplete li').allTextContents());
await page.keyboard.press('Escape');
console.log('focused', await page.evaluate(() => document.activeElement?.className));
await page.keyboard.press('ControlOrMeta+z');
console.log('after undo 1', (await page.locator('.cm-content').textContent()).includes('do heel-r'));
await page.keyboard.press('ControlOrMeta+z');
console.log('after undo 2', (await page.locator('.cm-content').textContent()).includes('do heel-r'));
await browser.close();
server.close();
