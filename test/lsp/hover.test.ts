import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { openWorkspace, type Workspace } from './lsp-workspace.js';

const files = {
    'people.journey': readFileSync('examples/equipo/people.journey', 'utf8'),
    'onboarding.journey': readFileSync('examples/equipo/onboarding.journey', 'utf8'),
    'taller.journey': readFileSync('examples/taller.journey', 'utf8'),
};

async function hoverAt(workspace: Workspace, name: string, search: string, delta = 1): Promise<string> {
    const document = workspace.documents[name];
    const offset = document.textDocument.getText().indexOf(search) + delta;
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
    return hover ? (hover.contents as { value: string }).value : '';
}

describe('hover', () => {
    it("shows a persona's card where it is referred to", async () => {
        const workspace = await openWorkspace(files);
        const text = await hoverAt(workspace, 'onboarding.journey', 'Priya, Tom');
        expect(text).toContain('**Persona** Priya, operations lead (`Priya`)');
        expect(text).toContain('**Role:** Runs a 40-person logistics team; evaluates tools on a deadline');
        expect(text).toContain('**Goals:** Get her team live within one week');
        expect(text).toContain('**Needs:** See value before paying');
        expect(text).toContain('**Concerns:** Losing data while migrating from spreadsheets');
    });

    it("shows a team's lead and the touchpoints it owns across files", async () => {
        const workspace = await openWorkspace(files);
        const text = await hoverAt(workspace, 'people.journey', 'Success "Customer');
        expect(text).toContain('**Lead:** Head of customer success');
        expect(text).toContain('**Touchpoints it owns (2):**');
        expect(text).toContain('- From trial to team rollout › Trial › Imports the first spreadsheet');
        expect(text).toContain('- From trial to team rollout › Team rollout › Gets an invitation email');
    });

    it("shows a touchpoint's phase, emotion and owner, in Spanish", async () => {
        const workspace = await openWorkspace(files, { locale: 'es' });
        const text = await hoverAt(workspace, 'taller.journey', 'AgendaCita');
        expect(text).toContain('**Contacto** Agenda la cita (`AgendaCita`)');
        expect(text).toContain('**Fase:** Prospección');
        expect(text).toContain('**Emoción:** 2 "infeliz" (negativa)');
        expect(text).toContain('**Responsable:** Central telefónica');
        expect(text).toContain('**Canal:** Teléfono');
    });

    it("shows a channel's title, and the rule of a finding under the cursor", async () => {
        const workspace = await openWorkspace(files);
        expect(await hoverAt(workspace, 'onboarding.journey', 'channel web', 9)).toContain('**Channel** Website (`web`)');
        const text = await hoverAt(workspace, 'taller.journey', 'Recordatorio "');
        expect(text).toContain('**missing-emotion**: A persona involved in a touchpoint has no emotion there (no shared emotion and no line of their own).');
    });

    it('shows a keyword in both languages', async () => {
        const workspace = await openWorkspace(files);
        expect(await hoverAt(workspace, 'taller.journey', 'emotion 3', 2)).toBe('`emotion` · `emoción`');
        expect(await hoverAt(workspace, 'taller.journey', 'impact high', 8)).toBe('`high` · `alto`');
        expect(await hoverAt(workspace, 'taller.journey', 'moment-of-truth', 8)).toBe('`moment-of-truth` · `momento-de-verdad`');
        const seguro = await openWorkspace({ 'seguro.journey': readFileSync('examples/seguro.journey', 'utf8') });
        expect(await hoverAt(seguro, 'seguro.journey', 'horizonte mediano', 12)).toBe('`medium` · `mediano`');
        expect(await hoverAt(seguro, 'seguro.journey', 'preocupación', 2)).toBe('`concern` · `preocupación`');
    });

    it('works with langium/test expectHover', async () => {
        const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;
        await expectHover(services)({
            text: 'team Ops "Operations" { lead "Ana" }\njourney J {\n  phase P {\n    owner <|>Ops\n    touchpoint T\n  }\n}',
            index: 0,
            hover: /\*\*Lead:\*\* Ana[\s\S]*\*\*Touchpoints it owns \(1\):\*\*\n- J › P › T/,
        });
    });

    it('says what a rule named in a suppression comment checks, in the display language', async () => {
        const text = '// journey-lint-disable unused-declaration\n// journey-lint-disable-next-line missing-owner, no-such-rule\nteam Ops\n';
        const english = await openWorkspace({ 'a.journey': text });
        expect(await hoverAt(english, 'a.journey', 'unused-declaration', 3)).toBe(
            '**unused-declaration** (hint): A persona, team or channel is never referred to in the workspace.',
        );
        expect(await hoverAt(english, 'a.journey', 'missing-owner', 0)).toBe('**missing-owner** (warning): A touchpoint has no owner and its phase sets none.');
        expect(await hoverAt(english, 'a.journey', 'no-such-rule', 2)).toBe('');
        // The directive itself is not a rule.
        expect(await hoverAt(english, 'a.journey', 'lint-disable', 2)).toBe('');
        const spanish = await openWorkspace({ 'a.journey': text }, { locale: 'es' });
        expect(await hoverAt(spanish, 'a.journey', 'missing-owner', 4)).toBe(
            '**missing-owner** (warning): Un contacto no tiene responsable y su fase no define uno.',
        );
    });
});
