// The preview webview bundle in headless Chromium, fed real MapModels built from examples/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { exampleModel, modelOf, modelsOf } from './models.js';
import { bigJourney, openPreview, startBrowser } from './harness.js';
import type { MapModel } from '../../language/model/map-model.js';
import type { FromWebview } from '../../webview/protocol.js';
import { diffModel } from '../../language/model/model-patch.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const taller = () => readFileSync('examples/taller.journey', 'utf8');
// Mermaid draws no section for a phase without touchpoints.
const allTitles = (model: MapModel) =>
    model.journeys.flatMap(j => [j.title, ...j.phases.filter(p => p.touchpoints.length).flatMap(p => [p.title, ...p.touchpoints.map(t => t.title)])]);

describe('preview rendering', () => {
    it("draws the title, personas, every title in Mermaid's SVG, and the summary (taller)", async () => {
        const model = await exampleModel('taller.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        expect(await preview.text('h1.journey-title')).toEqual(['Mantenimiento programado del auto']);
        expect(await preview.text('.persona-title')).toEqual(['Carla Ruiz']);
        const svgTexts = await preview.svgTexts();
        for (const title of allTitles(model)) expect(svgTexts, title).toContain(title);
        expect(svgTexts).toContain('Recibe el diagnóstico: presupuesto y plazo');
        const summary = await preview.page.$$eval('.summary-count', nodes =>
            Object.fromEntries(nodes.map(n => [n.getAttribute('data-severity'), n.textContent])),
        );
        expect(summary).toEqual({ error: '✖ 0 errors', warning: '⚠ 5 warnings', info: 'ℹ 2 info', hint: '✎ 1 hint' });
        expect(preview.pageErrors).toEqual([]);
    });

    it('shows the canvas: owners, the "no owner" marker, findings marked beside the content, not in its text', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        // The rule ids of the findings marked on each cell of a lane.
        const marks = (lane: string) =>
            preview.page.$$eval(`tr.row-${lane} td.cell`, cells =>
                cells.map(cell =>
                    Array.from(cell.querySelectorAll('.finding-mark'))
                        .map(mark => mark.getAttribute('data-rule'))
                        .join(),
                ),
            );
        const owners = await preview.text('tr.row-owner td');
        expect(owners[0]).toBe('Marketing digital');
        expect(owners[1]).toBe('Central telefónica');
        expect(owners[4]).toBe('no owner');
        expect((await marks('owner'))[4]).toBe('missing-owner');
        expect(await preview.page.$$eval('tr.row-owner td .no-owner', nodes => nodes.length)).toBe(1);
        expect((await marks('gaps'))[4]).toBe('gap-without-owner');
        expect((await marks('pains'))[5]).toBe('unaddressed-pain');
        expect((await marks('emotion'))[7]).toBe('missing-emotion');
        expect((await marks('opportunities'))[3]).toBe('opportunity-without-horizon');
        expect((await marks('momentOfTruth'))[2]).toBe('moment-of-truth-without-kpi');
        // A marked cell is outlined; what a stakeholder copies out of the canvas holds no rule id.
        expect(await preview.page.$$eval('tr.row-owner td.has-findings', nodes => nodes.length)).toBe(1);
        const copied = await preview.page.$eval('.grid-host table', table => (table as HTMLElement).innerText);
        for (const rule of ['missing-owner', 'gap-without-owner', 'unaddressed-pain', 'missing-emotion', 'empty-phase']) expect(copied).not.toContain(rule);
        expect(await preview.page.$$eval('th.empty-phase .finding-mark', nodes => nodes.map(node => node.getAttribute('data-rule')))).toEqual(['empty-phase']);
        expect(await preview.page.$eval('.finding-mark[data-rule="missing-owner"]', node => node.getAttribute('aria-label'))).toMatch(
            /^warning missing-owner: /,
        );
        expect((await preview.text('.file-findings')).join()).toContain('unused-declaration');
        expect((await preview.text('tr.row-gaps td'))[1]).toContain('6 min → 1 min');
        expect((await preview.text('tr.row-kpis td'))[1]).toContain('current 6 min → target 1 min');
        expect((await preview.text('tr.row-opportunities td'))[1]).toContain('short term');
        // Empty cells stay blank.
        expect((await preview.text('tr.row-kpis td.cell'))[0]).toBe('');
        expect(await preview.text('.grid-host td.cell')).not.toContain('—');
    });

    it('marks an owner inherited from the phase (seguro) and resolves personas of another file (equipo)', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('seguro.journey'));
        // seguro.journey's keywords are Spanish: so are its labels.
        expect((await preview.text('tr.row-owner td'))[0]).toMatch(/Ventas digitales \(de la fase\)/);
        expect(await preview.text('.summary-none')).toEqual(['ninguno']);
        const [, onboarding] = await modelsOf([
            readFileSync('examples/equipo/people.journey', 'utf8'),
            readFileSync('examples/equipo/onboarding.journey', 'utf8'),
        ]);
        await preview.show(onboarding);
        expect(await preview.text('.persona-title')).toEqual(['Priya Shah', 'Tom Becker'].map(name => expect.stringContaining(name.split(' ')[0])));
        await preview.page.click('.persona-card');
        const posted = await preview.posted();
        const reveal = posted.find(m => m.type === 'reveal') as Extract<FromWebview, { type: 'reveal' }>;
        expect(reveal.uri).toBeDefined();
        expect(reveal.uri).not.toBe(onboarding.uri);
    });

    it("sizes Mermaid's boxes so that every label fits whole: its own size, taller, then wider", async () => {
        const preview = await openPreview(browser);
        // Each label's height against its box's (a label that does not fit overflows its foreignObject).
        const labels = () =>
            preview.page.$$eval('.stage svg foreignObject', nodes =>
                nodes.map(node => ({
                    text: node.textContent ?? '',
                    box: node.getBoundingClientRect().height,
                    label: node.querySelector('.label')!.getBoundingClientRect().height,
                })),
            );
        const taskBoxes = () =>
            preview.page.$$eval('.stage svg rect.task', nodes => [
                ...new Set(nodes.map(node => `${node.getAttribute('width')}×${node.getAttribute('height')}`)),
            ]);
        const diagnostico = 'Recibe el diagnóstico: presupuesto y plazo';
        const cases: [string, string, string][] = [
            // Two lines at most: Mermaid's own 150 × 50.
            ['seguro.journey', readFileSync('examples/seguro.journey', 'utf8'), '150×50'],
            // Three lines at most ("Recibe una llamada de seguimiento"): taller boxes.
            ['three-lines.journey', taller().replace(`"${diagnostico}"`, '"Recibe el diagnóstico"'), '150×65'],
            // Four lines at 150 px (the diagnosis, as Mermaid cut it before): wider boxes.
            ['taller.journey', taller(), '200×50'],
        ];
        for (const [name, text, size] of cases) {
            await preview.show(await modelOf(text, name));
            expect(await taskBoxes(), name).toEqual([size]);
            const drawn = await labels();
            expect(drawn.length, name).toBeGreaterThan(5);
            for (const each of drawn) expect(each.label, `${name}: ${each.text}`).toBeLessThanOrEqual(each.box);
        }
        expect((await labels()).map(each => each.text)).toContain(diagnostico);
        // A title too long for three lines at the widest is cut, in the widest and tallest box.
        const long = 'Recibe el diagnóstico completo del taller con el presupuesto detallado, el plazo de entrega y la lista de repuestos';
        await preview.show(await modelOf(taller().replace(`"${diagnostico}"`, `"${long}"`), 'taller.journey'));
        expect(await taskBoxes()).toEqual(['250×66']);
        expect(await preview.svgTexts()).toContain(long);
        expect(preview.pageErrors).toEqual([]);
    });

    it('keeps every title intact: : ; # %% quotes, accents, emoji', async () => {
        const titles = [
            'Pay: now; or later # maybe',
            '100%% sure %%',
            'She said "hi" \\ it\'s fine',
            'Ñandú, acción — café',
            'Launch 🚀 party 👩‍👩‍👧',
            'a,b , c',
            '#58; literal',
            'Tab{braces}`tick`',
        ];
        const text = [
            'persona P "Pat: the \\"user\\" #1"',
            'team T "T"',
            `journey J "${titles[0].replace(/"/g, '\\"')}" {`,
            '  persona P',
            `  phase A "${titles[1]}" {`,
            '    moment 0',
            '    owner T',
            ...titles.map((title, i) => `    touchpoint X${i} "${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" { emotion ${(i % 5) + 1} }`),
            '  }',
            '}',
        ].join('\n');
        const model = await modelOf(text);
        expect(model.syntaxErrors).toEqual([]);
        const preview = await openPreview(browser);
        await preview.show(model);
        const svgTexts = await preview.svgTexts();
        for (const title of [...titles, ...allTitles(model)]) expect(svgTexts, title).toContain(title);
        // Mermaid wraps a legend entry wider than 360 px, measured with its entity codes still
        // escaped (so the width depends on the machine's fonts): read the entry's lines together.
        const legend = await preview.page.$$eval('.stage svg text.legend', nodes => nodes.map(node => node.textContent ?? '').join(' '));
        expect(legend).toContain('Pat: the "user" #1');
        const gridTitles = await preview.text('th.touchpoint .touchpoint-title');
        expect(gridTitles).toEqual(titles);
    });

    it('keeps hostile titles inert: no element created, no script run', async () => {
        const hostile = [
            '<img src=x onerror="window.__pwned=1">',
            '</script><script>window.__pwned=2</script>',
            'javascript:window.__pwned=3',
            '%%{init: {"securityLevel": "loose", "theme": "forest"}}%%',
            'click X0 call window.__pwned(4)',
            '<a href="javascript:window.__pwned=5">link</a>',
            '<svg onload="window.__pwned=6">',
        ];
        const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        const text = [
            `persona P "${esc(hostile[0])}"`,
            'team T "T"',
            `journey J "${esc(hostile[1])}" {`,
            '  persona P',
            `  description "${esc(hostile[5])}"`,
            `  phase A "${esc(hostile[3])}" {`,
            '    moment 0',
            '    owner T',
            ...hostile.map((title, i) => `    touchpoint X${i} "${esc(title)}" { emotion 3 action "${esc(title)}" }`),
            '  }',
            '}',
        ].join('\n');
        const model = await modelOf(text);
        expect(model.syntaxErrors).toEqual([]);
        const preview = await openPreview(browser);
        await preview.show(model);
        await preview.page.waitForTimeout(200);
        const counts = await preview.page.evaluate(() => ({
            img: document.querySelectorAll('img').length,
            script: document.querySelectorAll('script').length,
            anchors: Array.from(document.querySelectorAll('a')).filter(a => (a.getAttribute('href') ?? '').includes('javascript')).length,
            nestedSvg: document.querySelectorAll('.stage svg svg').length,
            handlers: Array.from(document.querySelectorAll('*')).filter(n => Array.from(n.attributes).some(a => a.name.startsWith('on'))).length,
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        }));
        expect(counts).toEqual({ img: 0, script: 1, anchors: 0, nestedSvg: 0, handlers: 0, pwned: undefined });
        const svgTexts = await preview.svgTexts();
        for (const title of hostile) expect(svgTexts, title).toContain(title);
        expect(await preview.text('th.touchpoint .touchpoint-title')).toEqual(hostile);
        expect(await preview.text('h1.journey-title')).toEqual([hostile[1]]);
        expect(await preview.text('.persona-title')).toEqual([hostile[0]]);
        expect(preview.pageErrors).toEqual([]);
    });
});

describe('language of the preview', () => {
    it('speaks Spanish from the display language, before and after a model arrives', async () => {
        const preview = await openPreview(browser, { language: 'es' });
        expect(await preview.text('.empty-message')).toEqual(['Esperando el mapa del recorrido…']);
        expect(await preview.text('.tool-label')).toEqual(['Exportar:']);
        expect(await preview.text('.fit-width')).toEqual(['Ajustar al ancho']);
        expect(await preview.page.getAttribute('.export-map-svg', 'title')).toBe('Exportar como SVG');
        expect(await preview.page.getAttribute('.export-svg', 'title')).toBe('Exportar como SVG del diagrama');
        const model = { ...(await modelOf(taller().replace('emotion 3 "indiferente"', 'emotion "indiferente" }}'), 'taller.journey')), locale: 'es' as const };
        await preview.show(model);
        const banner = (await preview.text('.error-banner strong')).join();
        expect(banner).toMatch(/^\d+ errores? de sintaxis$/);
        expect((await preview.text('.error-link'))[0]).toMatch(/^Línea \d+, columna \d+: /);
        // The canvas labels itself in the map's language: taller's keywords are English.
        expect(await preview.text('.grid th.row-label')).toContain('Owner');
        expect(preview.pageErrors).toEqual([]);
    });

    it("follows the model's language when it differs from the page's", async () => {
        const preview = await openPreview(browser);
        expect(await preview.text('.tool-label')).toEqual(['Export:']);
        await preview.show({ ...(await exampleModel('taller.journey')), locale: 'es' });
        expect(await preview.text('.tool-label')).toEqual(['Exportar:']);
        expect(await preview.page.getAttribute('.tool[title^="Acercar"]', 'title')).toBe('Acercar (+)');
        await preview.show(await exampleModel('taller.journey'));
        expect(await preview.text('.tool-label')).toEqual(['Export:']);
    });
});

describe('live updates', () => {
    it('keeps the last good rendering under a banner on syntax errors; a click reveals the error', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        await preview.page.evaluate(() => {
            (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 1;
        });
        const broken = await modelOf(taller().replace('emotion 3 "indiferente"', 'emotion "indiferente" }}'), 'taller.journey');
        expect(broken.syntaxErrors.length).toBeGreaterThan(0);
        await preview.show(broken);
        expect(await preview.page.isVisible('.error-banner')).toBe(true);
        expect((await preview.text('.error-banner')).join()).toMatch(/syntax error/);
        expect(await preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark)).toBe(1);
        expect(await preview.text('h1.journey-title')).toEqual(['Mantenimiento programado del auto']);
        expect((await preview.text('tr.row-owner td')).length).toBe(9);
        await preview.page.click('.error-link');
        const reveal = (await preview.posted()).find(m => m.type === 'reveal') as Extract<FromWebview, { type: 'reveal' }>;
        expect(reveal.range).toEqual(broken.syntaxErrors[0].range);
        await preview.show(await exampleModel('taller.journey'));
        expect(await preview.page.isVisible('.error-banner')).toBe(false);
    });

    it('does not re-render Mermaid for a grid-only edit, and does for a diagram edit', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        const mark = () =>
            preview.page.evaluate(() => {
                (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 42;
            });
        const marked = () => preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark === 42);
        await mark();
        await preview.show(await modelOf(taller().replace('owner Marketing\n      action "Lee', 'owner CallCenter\n      action "Lee'), 'taller.journey'));
        expect(await marked()).toBe(true);
        expect((await preview.text('tr.row-owner td'))[0]).toBe('Central telefónica');
        // A persona on a touchpoint changes the diagram's legend (titles and emotions are patched in: webview/diagram-patch.ts).
        await preview.show(
            await modelOf(`persona Ana "Ana Gil"\n${taller().replace('emotion 4 "tranquila"', 'emotion 4 "tranquila"\n      persona Ana')}`, 'taller.journey'),
        );
        expect(await marked()).toBe(false);
    });

    it('patches the grid through touchpoints added, removed and moved exactly as it draws it afresh', async () => {
        const grid = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$eval('.grid-host table', table =>
                Array.from(table.querySelectorAll('tr')).map(row =>
                    Array.from(row.children)
                        .map(cell => `${cell.getAttribute('data-key')}=${cell.textContent}`)
                        .join(' | '),
                ),
            );
        const source = bigJourney(30);
        const edits = [
            source.replace('touchpoint T12 "Touchpoint 12: step"', 'touchpoint T12 "Renamed 12"'),
            // A touchpoint added in the middle of a phase.
            source.replace('    touchpoint T15 ', '    touchpoint New "Added" { channel web owner Ops emotion 2 }\n    touchpoint T15 '),
            // Two touchpoints swapped, and one removed.
            source
                .replace(/    touchpoint T3 [\s\S]*?\n    \}\n/, '')
                .replace('T21 "Touchpoint 21: step"', 'T21 "Touchpoint 22: step"')
                .replace('T22 "Touchpoint 22: step"', 'T22 "Touchpoint 21: step"'),
            source,
        ];
        const preview = await openPreview(browser);
        await preview.show(await modelOf(source, 'big.journey'));
        for (const edited of edits) {
            const model = await modelOf(edited, 'big.journey');
            await preview.show(model);
            const fresh = await openPreview(browser);
            await fresh.show(model);
            expect(await grid(preview)).toEqual(await grid(fresh));
            await fresh.page.close();
        }
        expect((await grid(preview))[1]).toContain('Touchpoint 29: step');
        expect(preview.pageErrors).toEqual([]);
    }, 90_000);

    it('follows models sent as patches exactly as it draws them whole, and asks for the whole model when a patch does not fit', async () => {
        const page = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$eval('.journey-preview', root => [
                root.querySelector('.header-host')!.innerHTML,
                ...Array.from(root.querySelectorAll('.grid-host tr')).map(row => row.innerHTML),
            ]);
        const source = bigJourney(30);
        const edits = [
            source.replace('"Does thing 12"', '"Does another thing 12"'),
            // Lines added above: every later range moves.
            source.replace('  phase Ph1 "Phase 1" {', '  phase Ph1 "Phase 1" {\n    description "new"\n'),
            source.replace('    touchpoint T15 ', '    touchpoint New "Added" { channel web owner Ops emotion 2 }\n    touchpoint T15 '),
            source,
        ];
        const preview = await openPreview(browser);
        let sent = { model: await modelOf(source, 'big.journey'), seq: 1 };
        await preview.send({ type: 'model', model: sent.model, seq: 1, locked: false });
        for (const edited of edits) {
            const model = await modelOf(edited, 'big.journey');
            const patch = diffModel(sent.model, sent.seq, model);
            await preview.send({ type: 'modelPatch', patch, seq: sent.seq + 1, locked: false });
            await preview.settled();
            sent = { model, seq: sent.seq + 1 };
            const fresh = await openPreview(browser);
            await fresh.show(model);
            expect(await page(preview)).toEqual(await page(fresh));
            // The reveal target of a moved touchpoint is its new range.
            await preview.page.click('th.touchpoint >> nth=20');
            const reveal = (await preview.posted()).filter(m => m.type === 'reveal').at(-1) as Extract<FromWebview, { type: 'reveal' }>;
            expect(reveal.range).toEqual(model.journeys[0].phases.flatMap(phase => phase.touchpoints)[20].range);
            await fresh.page.close();
        }
        expect((await preview.posted()).some(m => m.type === 'resync')).toBe(false);
        const before = await page(preview);
        await preview.send({
            type: 'modelPatch',
            patch: diffModel(sent.model, sent.seq + 5, await modelOf(edits[0], 'big.journey')),
            seq: sent.seq + 6,
            locked: false,
        });
        await preview.settled();
        expect((await preview.posted()).filter(m => m.type === 'resync')).toEqual([{ type: 'resync' }]);
        expect(await page(preview)).toEqual(before);
        expect(preview.pageErrors).toEqual([]);
    }, 90_000);

    it('patches a title-only edit into the drawn diagram, exactly as Mermaid draws it', async () => {
        const drawn = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$eval('.stage svg', svg => svg.outerHTML.replace(/journey-diagram-\d+/g, 'ID'));
        const preview = await openPreview(browser);
        await preview.show(await modelOf(taller(), 'taller.journey'));
        await preview.page.evaluate(() => {
            (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 1;
        });
        const renamed = await modelOf(taller().replace('"Agenda la cita"', '"Agenda la cita por teléfono"'), 'taller.journey');
        await preview.show(renamed);
        expect(await preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark)).toBe(1);
        expect(await preview.svgTexts()).toContain('Agenda la cita por teléfono');
        expect(await preview.svgTexts()).not.toContain('Agenda la cita');
        const fresh = await openPreview(browser);
        await fresh.show(renamed);
        expect(await drawn(preview)).toBe(await drawn(fresh));
        // Colons, semicolons, hashes and commas (written as entity codes) too.
        const punctuated = await modelOf(taller().replace('"Agenda la cita"', '"Paso 1: agenda la cita; #2, hoy"'), 'taller.journey');
        await preview.show(punctuated);
        expect(await preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark)).toBe(1);
        expect(await preview.svgTexts()).toContain('Paso 1: agenda la cita; #2, hoy');
        const freshPunctuated = await openPreview(browser);
        await freshPunctuated.show(punctuated);
        expect(await drawn(preview)).toBe(await drawn(freshPunctuated));
        // A title Mermaid does not draw verbatim (an encoded percent sign) is drawn by Mermaid again.
        await preview.show(await modelOf(taller().replace('"Agenda la cita"', '"Agenda 100% la cita"'), 'taller.journey'));
        expect(await preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark)).toBeUndefined();
        expect(await preview.svgTexts()).toContain('Agenda 100% la cita');
        expect(preview.pageErrors).toEqual([]);
    }, 90_000);

    it('draws again when an edited title needs other boxes, and patches when it fits', async () => {
        const marked = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark);
        const mark = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.evaluate(() => {
                (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 1;
            });
        const taskBoxes = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$$eval('.stage svg rect.task', nodes => [
                ...new Set(nodes.map(node => `${node.getAttribute('width')}×${node.getAttribute('height')}`)),
            ]);
        const seguro = readFileSync('examples/seguro.journey', 'utf8');
        const preview = await openPreview(browser);
        await preview.show(await modelOf(seguro, 'seguro.journey'));
        expect(await taskBoxes(preview)).toEqual(['150×50']);
        await mark(preview);
        // Still two lines: patched into the drawing.
        await preview.show(await modelOf(seguro.replace('"Alta de la póliza"', '"Alta de la póliza nueva"'), 'seguro.journey'));
        expect(await marked(preview)).toBe(1);
        // More than two lines: Mermaid draws again, in larger boxes, as it draws the new text afresh.
        const title = 'Alta de la póliza: firma digital, pago del primer mes y envío de documentos';
        const longer = await modelOf(seguro.replace('"Alta de la póliza"', `"${title}"`), 'seguro.journey');
        await preview.show(longer);
        expect(await marked(preview)).toBeUndefined();
        const fresh = await openPreview(browser);
        await fresh.show(longer);
        expect(await taskBoxes(preview)).toEqual(await taskBoxes(fresh));
        expect(await taskBoxes(preview)).not.toEqual(['150×50']);
        const section = await preview.page.$$eval('.stage svg foreignObject', nodes =>
            nodes
                .filter(node => node.textContent === 'Alta de la póliza: firma digital, pago del primer mes y envío de documentos')
                .map(node => node.querySelector('.label')!.getBoundingClientRect().height <= node.getBoundingClientRect().height),
        );
        expect(section).toEqual([true]);
        // And back to Mermaid's own size when the title is short again.
        await preview.show(await modelOf(seguro, 'seguro.journey'));
        expect(await taskBoxes(preview)).toEqual(['150×50']);
        expect(preview.pageErrors).toEqual([]);
    }, 90_000);

    it('patches emotion, phase title and journey title edits into the drawn diagram, exactly as Mermaid draws them', async () => {
        const drawn = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$eval('.stage svg', svg => svg.outerHTML.replace(/journey-diagram-\d+/g, 'ID'));
        const marked = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark);
        const faces = (preview: Awaited<ReturnType<typeof openPreview>>) =>
            preview.page.$$eval('.stage svg circle.face', nodes => nodes.map(node => node.getAttribute('cy')));
        const preview = await openPreview(browser);
        await preview.show(await modelOf(taller(), 'taller.journey'));
        await preview.page.evaluate(() => {
            (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 1;
        });
        // Every kind of mouth into every other (frown, straight, smile), one within its kind, and a
        // title with its score; then all back.
        const edits: [string, string][] = [
            ['emotion 2 "infeliz"\n      pain "Seis', 'emotion 4 "infeliz"\n      pain "Seis'], // frown → smile
            ['emotion 4 "tranquila"', 'emotion 3 "tranquila"'], // smile → straight
            ['emotion 3 "indiferente"', 'emotion 1 "indiferente"'], // straight → frown
            ['emotion 1 "frustrada"', 'emotion 2 "frustrada"'], // frown → frown
            ['"Recibe una llamada de seguimiento" {', '"Recibe una llamada; seguimiento" {'],
            ['emotion 5 "mágica"', 'emotion 3 "mágica"'], // smile → straight, with the title
            ['emotion 2 "decepcionada"', 'emotion 5 "decepcionada"'], // frown → smile
            ['"Facturación y retiro" {', '"Facturación: caja; retiro" {'], // a phase's title
            ['"Mantenimiento programado del auto" {', '"Mantenimiento: el auto" {'], // the journey's title
        ];
        let edited = taller();
        for (const [from, to] of edits) {
            expect(edited, from).toContain(from);
            edited = edited.replace(from, to);
        }
        for (const text of [edited, taller()]) {
            const model = await modelOf(text, 'taller.journey');
            const facesBefore = await faces(preview);
            await preview.show(model);
            expect(await marked(preview)).toBe(1);
            expect(await faces(preview)).not.toEqual(facesBefore);
            const fresh = await openPreview(browser);
            await fresh.show(model);
            expect(await drawn(preview)).toBe(await drawn(fresh));
            await fresh.page.close();
        }
        // A persona on a touchpoint changes its circles and the legend: Mermaid draws again.
        await preview.show(
            await modelOf(`persona Ana "Ana Gil"\n${edited.replace('emotion 3 "tranquila"', 'emotion 3 "tranquila"\n      persona Ana')}`, 'taller.journey'),
        );
        expect(await marked(preview)).toBeUndefined();
        expect(await preview.svgTexts()).toContain('Ana Gil');
        expect(preview.pageErrors).toEqual([]);
    }, 90_000);

    it('follows the theme from the body class without a reload', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        const style = () => preview.page.$eval('.stage svg style', node => node.textContent ?? '');
        const light = await style();
        await preview.page.evaluate(() => {
            document.body.className = 'vscode-dark';
        });
        await preview.page.waitForFunction(light0 => document.querySelector('.stage svg style')?.textContent !== light0, light);
        expect(await style()).not.toBe(light);
    });

    it('keeps zoom and pan across updates, in the saved state', async () => {
        const preview = await openPreview(browser);
        const model = await exampleModel('taller.journey');
        await preview.show(model);
        const scaleOf = async () => Number(/scale\(([\d.]+)\)/.exec(await preview.page.$eval('.stage', node => (node as HTMLElement).style.transform))![1]);
        const opened = await scaleOf();
        await preview.page.focus('.viewport');
        await preview.page.keyboard.press('+');
        await preview.page.keyboard.press('+');
        const box = (await preview.page.$('.viewport'))!;
        const bounds = (await box.boundingBox())!;
        await preview.page.mouse.move(bounds.x + 100, bounds.y + 50);
        await preview.page.mouse.down();
        await preview.page.mouse.move(bounds.x + 60, bounds.y + 30, { steps: 4 });
        await preview.page.mouse.up();
        const before = await preview.page.$eval('.stage', node => (node as HTMLElement).style.transform);
        expect(await scaleOf()).toBeCloseTo(opened * 1.44);
        await preview.show(await modelOf(taller().replace('emotion 3 "indiferente"', 'emotion 5 "feliz"'), 'taller.journey'));
        expect(await preview.page.$eval('.stage', node => (node as HTMLElement).style.transform)).toBe(before);
        const state = await preview.page.evaluate(
            () => (window as unknown as { __state: { zoomByDocument: Record<string, { scale: number; x: number }> } }).__state,
        );
        expect(state.zoomByDocument[model.uri].scale).toBeCloseTo(opened * 1.44);
        expect(state.zoomByDocument[model.uri].x).toBeLessThan(0);
        await preview.page.click('.fit-width');
        expect(await scaleOf()).toBeCloseTo(opened);
        // A restored webview starts from its saved state.
        const restored = await openPreview(browser, { state: { uri: model.uri, zoomByDocument: { [model.uri]: { scale: 2, x: -10, y: 0 } } } });
        await restored.show(model);
        expect(await restored.page.$eval('.stage', node => (node as HTMLElement).style.transform)).toBe('translate(-10px, 0px) scale(2)');
    });

    it('opens the diagram fitted to the pane, never with text under 11 px, fits it again on resize, and keeps zoom per document', async () => {
        const preview = await openPreview(browser);
        const transform = () => preview.page.$eval('.stage', node => (node as HTMLElement).style.transform);
        const scaleOf = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())![1]);
        // The size a task's label is drawn at, on screen.
        const labelPx = async () =>
            (await scaleOf()) * (await preview.page.$eval('.stage svg foreignObject div', node => Number.parseFloat(getComputedStyle(node).fontSize)));
        const seguro = await exampleModel('seguro.journey');
        const taller = await exampleModel('taller.journey');
        await preview.page.setViewportSize({ width: 700, height: 800 });
        await preview.show(taller);
        // Fitting taller's 2,700 px into 700 px would draw its text at ~4 px: it keeps 11 and scrolls.
        expect(await labelPx()).toBeCloseTo(11, 1);
        await preview.page.setViewportSize({ width: 1600, height: 800 });
        await preview.show(seguro);
        const wide = await scaleOf();
        const svgWidth = await preview.page.$eval(
            '.stage svg',
            node => Number.parseFloat(node.getAttribute('width') ?? '0') || (node as SVGSVGElement).viewBox.baseVal.width,
        );
        const paneWidth = await preview.page.$eval('.viewport', node => node.clientWidth);
        expect(wide).toBeCloseTo(Math.min(1, (paneWidth - 8) / svgWidth), 2);
        expect(await labelPx()).toBeGreaterThanOrEqual(11);
        await preview.page.setViewportSize({ width: 1100, height: 800 });
        await preview.page.waitForFunction(previous => !document.querySelector<HTMLElement>('.stage')!.style.transform.includes(`scale(${previous})`), wide);
        expect(await scaleOf()).toBeLessThan(wide);
        // Zoomed by hand in seguro; taller comes back as it was left (fitted), seguro as zoomed.
        await preview.page.focus('.viewport');
        await preview.page.keyboard.press('+');
        const zoomed = await transform();
        await preview.show(taller);
        expect(await labelPx()).toBeGreaterThanOrEqual(10.9);
        await preview.show(seguro);
        expect(await transform()).toBe(zoomed);
        expect(preview.pageErrors).toEqual([]);
    });

    it('folds the Mermaid section away and keeps it folded', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        expect(await preview.page.getAttribute('.section-toggle', 'aria-expanded')).toBe('true');
        await preview.page.click('.section-toggle');
        expect(await preview.page.isVisible('.viewport')).toBe(false);
        expect(await preview.page.getAttribute('.section-toggle', 'aria-expanded')).toBe('false');
        // Folded, an edit does not draw the diagram; unfolded, it shows the edit.
        await preview.show(await modelOf(taller().replace('"Agenda la cita"', '"Agenda la cita hoy"'), 'taller.journey'));
        await preview.page.click('.section-toggle');
        await preview.settled();
        expect(await preview.page.isVisible('.viewport')).toBe(true);
        expect(await preview.svgTexts()).toContain('Agenda la cita hoy');
        await preview.page.click('.section-toggle');
        const restored = await openPreview(browser, { state: await preview.page.evaluate(() => (window as unknown as { __state: unknown }).__state) });
        await restored.show(await exampleModel('taller.journey'));
        expect(await restored.page.isVisible('.viewport')).toBe(false);
        expect(await restored.page.$$eval('.stage svg', nodes => nodes.length)).toBe(0);
    });

    it('reveals clicked touchpoints and phases, and highlights the element at the cursor', async () => {
        const model = await exampleModel('taller.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        await preview.page.click('th.touchpoint >> nth=4');
        await preview.page.click('th.phase >> nth=1');
        const reveals = (await preview.posted()).filter(m => m.type === 'reveal') as Extract<FromWebview, { type: 'reveal' }>[];
        expect(reveals[0].range).toEqual(model.journeys[0].phases[2].touchpoints[0].range);
        expect(reveals[1].range).toEqual(model.journeys[0].phases[1].range);
        const diagnostico = model.journeys[0].phases[1].touchpoints[1];
        await preview.send({ type: 'highlight', uri: model.uri, position: { line: diagnostico.range.start.line + 2, character: 4 } });
        await preview.page.waitForSelector('th.touchpoint.highlight');
        expect(await preview.text('th.touchpoint.highlight .touchpoint-title')).toEqual([diagnostico.title]);
        // One cell per lane shown (the lanes with nothing in them are hidden).
        const lanes = await preview.page.$$eval('.grid-host tbody tr', rows => rows.length);
        expect(await preview.page.$$eval('td.highlight', nodes => nodes.length)).toBe(lanes);
    });

    it('offers a journey picker, defaulting to the journey under the cursor', async () => {
        const text = taller() + '\n' + readFileSync('examples/seguro.journey', 'utf8').replace(/^(persona|equipo|canal)[\s\S]*?(?=\nrecorrido)/m, '');
        const model = await modelOf(text);
        expect(model.journeys.length).toBe(2);
        const preview = await openPreview(browser);
        await preview.show(model);
        expect(await preview.page.isVisible('select.journey-picker')).toBe(true);
        expect(await preview.text('h1.journey-title')).toEqual([model.journeys[0].title]);
        const second = model.journeys[1];
        await preview.send({ type: 'highlight', uri: model.uri, position: { line: second.range.start.line + 1, character: 2 } });
        await preview.page.waitForFunction(title => document.querySelector('h1.journey-title')?.textContent === title, second.title);
        await preview.settled();
        expect(await preview.svgTexts()).toContain(second.title);
        await preview.page.selectOption('select.journey-picker', model.journeys[0].id);
        expect(await preview.text('h1.journey-title')).toEqual([model.journeys[0].title]);
        expect((await preview.posted()).some(m => m.type === 'journeySelected')).toBe(true);
    });

    it('says "map too large to draw" above the limit and still shows the grid', async () => {
        const model = await modelOf(bigJourney(1600));
        const preview = await openPreview(browser);
        const started = Date.now();
        await preview.show(model);
        expect(Date.now() - started).toBeLessThan(30_000);
        expect((await preview.text('.diagram-message')).join()).toMatch(/Map too large to draw/);
        expect(await preview.page.$eval('.grid-host table', table => table.getAttribute('data-columns'))).toBe('1600');
        expect((await preview.text('th.touchpoint .touchpoint-title'))[0]).toBe('Touchpoint 0: step');
        expect(await preview.page.$$eval('.stage svg', nodes => nodes.length)).toBe(0);
    }, 120_000);

    it('draws only the columns of a large grid near the viewport, and the others when scrolled to or at the cursor', async () => {
        const model = await modelOf(bigJourney(1000), 'big.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        const titles = () => preview.text('th.touchpoint .touchpoint-title');
        const drawn = await titles();
        // A viewport's width on either side of the visible columns, in order from the first.
        expect(drawn.length).toBeGreaterThan(3);
        expect(drawn.length).toBeLessThan(60);
        expect(drawn).toEqual(drawn.map((_, i) => `Touchpoint ${i}: step`));
        expect(await preview.page.$$eval('tr.row-owner td', nodes => nodes.length)).toBe(drawn.length);
        // Every drawn cell sits in its own column of the grid, under its touchpoint.
        const columnsOf = (selector: string) => preview.page.$$eval(selector, nodes => nodes.map(node => (node as HTMLElement).style.gridColumn));
        expect(await columnsOf('tr.row-owner td')).toEqual(await columnsOf('th.touchpoint'));
        expect((await columnsOf('th.touchpoint'))[0]).toBe('2');
        expect((await preview.text('th.phase .phase-title'))[0]).toBe('Phase 0');

        // Scrolled to the end: the last columns are drawn, in their own grid columns, with their phase.
        await preview.page.$eval('.grid-host', host => {
            host.scrollLeft = host.scrollWidth;
        });
        await preview.page.waitForFunction(() =>
            Array.from(document.querySelectorAll('th.touchpoint')).some(node => node.textContent?.includes('Touchpoint 999: step')),
        );
        const end = await titles();
        expect(end.length).toBeLessThan(60);
        expect(end.at(-1)).toBe('Touchpoint 999: step');
        expect((await columnsOf('th.touchpoint')).at(-1)).toBe('1001');
        expect((await preview.text('th.phase .phase-title')).at(-1)).toBe('Phase 99');

        // The cursor in a touchpoint far away: its column is drawn and highlighted.
        const target = model.journeys[0].phases[50].touchpoints[3];
        await preview.send({ type: 'highlight', uri: model.uri, position: target.range.start });
        await preview.page.waitForSelector('th.touchpoint.highlight');
        expect(await preview.text('th.touchpoint.highlight .touchpoint-title')).toEqual(['Touchpoint 503: step']);
        // Personas, channel, owner, action, emotion, opportunities: the lanes with content.
        expect(await preview.page.$$eval('td.highlight', nodes => nodes.length)).toBe(6);
        // A click on a drawn cell reveals its touchpoint.
        await preview.page.click('th.touchpoint.highlight');
        const reveal = (await preview.posted()).filter(m => m.type === 'reveal').at(-1) as Extract<FromWebview, { type: 'reveal' }>;
        expect(reveal.range).toEqual(target.range);
        expect(preview.pageErrors).toEqual([]);
    }, 120_000);
});

describe('timings', () => {
    for (const count of [100, 1000]) {
        it(`measures a preview update at ${count} touchpoints`, async () => {
            const preview = await openPreview(browser);
            const first = await modelOf(bigJourney(count), 'big.journey');
            const gridOnly = await modelOf(bigJourney(count, ' (edited)'), 'big.journey');
            const diagramEdit = await modelOf(bigJourney(count).replace('emotion 1 "feeling"', 'emotion 2 "feeling"'), 'big.journey');
            // From the message's arrival in the page to the laid-out result (Mermaid render included).
            const time = async (model: MapModel) => {
                await preview.page.evaluate(
                    json => {
                        (window as unknown as { __t0: number }).__t0 = performance.now();
                        window.postMessage(JSON.parse(json), '*');
                    },
                    JSON.stringify({ type: 'model', model, locked: false }),
                );
                await preview.settled();
                return preview.page.evaluate(() => {
                    void document.body.offsetHeight;
                    return performance.now() - (window as unknown as { __t0: number }).__t0;
                });
            };
            const cold = await time(first);
            const grid = await time(gridOnly);
            const diagram = await time(diagramEdit);
            console.log(
                `[timing] ${count} touchpoints: first render ${cold.toFixed(0)} ms; grid-only update ${grid.toFixed(0)} ms; update with diagram re-render ${diagram.toFixed(0)} ms (model ${(JSON.stringify(first).length / 1024).toFixed(0)} KiB)`,
            );
            expect(await preview.page.$eval('.grid-host table', table => table.getAttribute('data-columns'))).toBe(String(count));
        }, 120_000);
    }
});
