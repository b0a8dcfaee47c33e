// The starter map of "New Journey Map": lint-clean in an empty workspace and in one that
// already declares personas, teams, channels and journeys; in one keyword language; laid out
// as the formatter would.
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../language/generated/ast.js';
import { formatText } from '../../language/format/format-text.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { newJourneyText, workspaceNames } from '../../language/templates/new-journey.js';
import { lintFiles } from '../helpers/lint.js';
import { diagnosticsOf, openWorkspace } from '../lsp/lsp-workspace.js';

const lexer = createJourneyCoreServices(EmptyFileSystem).Journey.parser.Lexer;
const examples = {
    'people.journey': readFileSync('examples/equipo/people.journey', 'utf8'),
    'onboarding.journey': readFileSync('examples/equipo/onboarding.journey', 'utf8'),
};

describe('the new journey template', () => {
    for (const language of ['en', 'es'] as const) {
        it(`in ${language}, alone, has no finding at all under the default rules and the formatter's layout`, async () => {
            const text = newJourneyText(language);
            const { 'new.journey': file } = await lintFiles({ 'new.journey': text });
            expect(file.document.parseResult.lexerErrors).toEqual([]);
            expect(file.document.parseResult.parserErrors).toEqual([]);
            // Hints and infos too: not one diagnostic of any severity.
            expect(file.diagnostics).toEqual([]);
            expect(formatText(lexer, text)).toBe(text);
        });

        it(`in ${language}, shows each concept once: two phases with moments, a pain with an opportunity, a gap with current and target, a moment of truth with a kpi`, async () => {
            const { 'new.journey': file } = await lintFiles({ 'new.journey': newJourneyText(language) });
            const declarations = file.document.parseResult.value.declarations;
            expect(declarations.map(d => d.$type).sort()).toEqual(['Channel', 'Journey', 'Persona', 'Team']);
            const [journey] = declarations.filter((d): d is Journey => d.$type === 'Journey');
            expect(journey.personas).toHaveLength(1);
            expect(journey.phases.map(phase => phase.moments)).toEqual([[0], [1]]);
            const touchpoints = journey.phases.flatMap(phase => phase.touchpoints);
            expect(touchpoints.every(t => t.owners.length === 1 && t.channels.length === 1 && t.emotions.length === 1)).toBe(true);
            const pained = touchpoints.filter(t => t.pains.length > 0);
            expect(pained).toHaveLength(1);
            expect(pained[0].opportunities.map(o => [o.horizons.length, o.owners.length])).toEqual([[1, 1]]);
            const gaps = touchpoints.flatMap(t => t.gaps);
            expect(gaps.map(g => [g.currents.length, g.targets.length])).toEqual([[1, 1]]);
            const kpis = touchpoints.flatMap(t => t.kpis);
            expect(kpis.map(k => [k.currents.length, k.targets.length, k.units.length])).toEqual([[1, 1, 1]]);
            expect(touchpoints.filter(t => t.momentsOfTruth.length > 0)).toEqual([kpis[0].$container]);
        });
    }

    it('uses the keywords of one language only', () => {
        expect(newJourneyText('en')).not.toMatch(
            /^\s*(equipo|canal|recorrido|fase|contacto|responsable|emoción|momento|dolor|brecha|actual|objetivo|cambio|oportunidad|horizonte|indicador|unidad|momento-de-verdad)\b/m,
        );
        expect(newJourneyText('es')).not.toMatch(
            /^\s*(team|channel|journey|phase|touchpoint|owner|emotion|moment|pain|gap|current|target|change|opportunity|horizon|kpi|unit|moment-of-truth)\b/m,
        );
        expect(newJourneyText('es')).toMatch(/^recorrido PrimeraCompra /m);
    });

    it('in a workspace with declarations, uses them, declares nothing again and takes a free journey id', async () => {
        const before = await openWorkspace(examples);
        const first = newJourneyText('en', workspaceNames(before.services.shared.workspace.IndexManager));
        expect(first).toContain('// Personas, teams and channels are shared by the workspace: this map uses existing ones.');
        expect(first).not.toMatch(/^(persona|team|channel) /m);
        expect(first).toMatch(/^ {2}persona Priya$/m);
        expect(first).toMatch(/^ {6}owner Growth$/m);
        expect(first).toMatch(/^ {6}channel web$/m);
        const withFirst = await openWorkspace({ ...examples, 'new.journey': first });
        const second = newJourneyText('en', workspaceNames(withFirst.services.shared.workspace.IndexManager));
        expect(second).toMatch(/^journey FirstPurchase2 "First purchase" \{$/m);
        const after = await openWorkspace({ ...examples, 'new.journey': first, 'new2.journey': second });
        for (const name of Object.keys(examples)) expect(diagnosticsOf(after, name)).toEqual(diagnosticsOf(before, name));
        expect(diagnosticsOf(after, 'new.journey')).toEqual([]);
        expect(diagnosticsOf(after, 'new2.journey')).toEqual([]);
    });

    it('declares only the kinds the workspace lacks, under ids no declaration has', async () => {
        const workspace = await openWorkspace({ 'teams.journey': 'equipo Cliente "Clientela"\nequipo Ventas "Ventas"\n' });
        const text = newJourneyText('es', workspaceNames(workspace.services.shared.workspace.IndexManager));
        expect(text).toMatch(/^persona Cliente2 "Cliente nuevo" \{$/m);
        expect(text).toMatch(/^canal web "Sitio web"$/m);
        expect(text).not.toMatch(/^equipo /m);
        expect(text).toMatch(/^ {6}responsable Cliente$/m);
        expect(formatText(lexer, text)).toBe(text);
        const after = await openWorkspace({ 'teams.journey': 'equipo Cliente "Clientela"\nequipo Ventas "Ventas"\n', 'nuevo.journey': text });
        // Ventas is unused, as before; the new map itself is clean.
        expect(diagnosticsOf(after, 'nuevo.journey')).toEqual([]);
    });
});
