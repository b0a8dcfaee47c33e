// Lint checks run synchronously (lint/journey-validation-registry.ts); a check that fails must
// still be reported as Langium reports it, and must not lose the other findings.
import { EmptyFileSystem, URI, type ValidationCheck } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { createJourneyCoreServices } from '../../language/journey-module.js';

const TEXT = 'team T "Team"\njourney J "J" {\n  phase A "A" {\n    touchpoint X "X" { owner T emotion 3 }\n  }\n}\n';

async function diagnosticsWith(extraCheck: ValidationCheck) {
    const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem);
    Journey.validation.ValidationRegistry.register({ Touchpoint: extraCheck } as Parameters<typeof Journey.validation.ValidationRegistry.register>[0]);
    const document = shared.workspace.LangiumDocumentFactory.fromString(TEXT, URI.file('/w/map.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: d.code, message: d.message, line: d.range.start.line }));
}

describe('validation checks', () => {
    it('a check that throws becomes an error on its node, and the lint findings stay', async () => {
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const clean = await diagnosticsWith(() => undefined);
        expect(clean.map(d => d.code)).toContain('missing-persona');
        const failing = await diagnosticsWith(() => {
            throw new Error('boom');
        });
        expect(failing).toContainEqual(expect.objectContaining({ message: 'An error occurred during validation: boom', line: 3 }));
        expect(failing.filter(d => d.code !== undefined)).toEqual(clean);
        const rejecting = await diagnosticsWith(async () => {
            throw new Error('later');
        });
        expect(rejecting).toContainEqual(expect.objectContaining({ message: 'An error occurred during validation: later', line: 3 }));
        expect(error).toHaveBeenCalled();
        error.mockRestore();
    });
});
