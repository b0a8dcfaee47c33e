// The rules' metadata (language/lint/rules.ts) says which rules have a quick fix and which take
// part in "fix all": on a map where every rule fires, exactly those get them.
import { describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { RULE_IDS, RULES } from '../../language/lint/rules.js';
import { EVERY_RULE } from '../helpers/every-rule.js';
import { diagnosticsOf, openWorkspace } from './lsp-workspace.js';

describe("quick fixes as the rules' metadata lists them", () => {
    it('each finding of a fixable rule gets a fix of its own, other findings none; source.fixAll takes the fix-all rules', async () => {
        const workspace = await openWorkspace({ 'every-rule.journey': EVERY_RULE });
        const document = workspace.documents['every-rule.journey'];
        const provider = workspace.services.lsp.CodeActionProvider!;
        const textDocument = { uri: document.uri.toString() };
        const diagnostics = diagnosticsOf(workspace, 'every-rule.journey');
        const fixed: string[] = [];
        for (const diagnostic of diagnostics) {
            const actions = ((await provider.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ??
                []) as CodeAction[];
            if (actions.some(action => action.kind === CodeActionKind.QuickFix && action.edit)) fixed.push(String(diagnostic.code));
        }
        expect(fixed.sort()).toEqual(RULE_IDS.filter(rule => RULES[rule].fixable).sort());

        const [fixAll] = ((await provider.getCodeActions(document, {
            textDocument,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
        })) ?? []) as CodeAction[];
        expect(fixAll.diagnostics!.map(diagnostic => String(diagnostic.code)).sort()).toEqual(RULE_IDS.filter(rule => RULES[rule].fixAll).sort());
    });
});
