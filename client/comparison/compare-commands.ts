// The comparison's commands. "Journey: Compare with…" (palette, editor title of a .journey file):
// HEAD, a branch or a tag (through the Git extension, git-versions.ts) or another .journey file.
// "Open Journey Comparison" (title of a diff editor of a .journey file, e.g. from the Source
// Control view): its left side against the file. And the code lens on `improves`: the future
// state against its current state.
import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/register.js';
import { ComparisonController } from './comparison-controller.js';
import { gitFileOf, GitFile } from './git-versions.js';
import { listWorkspaceFiles } from '../workspace-files.js';

export function registerComparisonCommands(context: vscode.ExtensionContext, previews: PreviewManager): void {
    const controller = new ComparisonController(context, previews);
    const failed = (error: unknown) =>
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey comparison failed: {0}', error instanceof Error ? error.message : String(error)));
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.compareWith', (uri?: vscode.Uri) => compareWith(controller, previews, uri).catch(failed)),
        vscode.commands.registerCommand('journey.openJourneyComparison', (uri?: vscode.Uri) => openDiffComparison(controller, uri).catch(failed)),
        vscode.commands.registerCommand('journey.compareWithCurrentState', (uri?: string | vscode.Uri, journeyId?: string) => {
            const resource = typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? vscode.window.activeTextEditor?.document.uri);
            if (!resource || !journeyId) return;
            return controller.compareWithCurrentState(resource, journeyId).catch(failed);
        }),
    );
}

type Choice = vscode.QuickPickItem & { ref?: string; file?: vscode.Uri; browse?: boolean };

async function compareWith(controller: ComparisonController, previews: PreviewManager, uri: vscode.Uri | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const resource = uri instanceof vscode.Uri ? uri : editor?.document.languageId === 'journey' ? editor.document.uri : previews.activePreview?.resource;
    if (!resource) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to compare it.'));
        return;
    }
    const git = await gitFileOf(resource);
    const choices: Choice[] = [];
    if (git instanceof GitFile) {
        for (const revision of await git.revisions()) {
            const kind = {
                head: vscode.l10n.t('last commit'),
                branch: vscode.l10n.t('branch'),
                remote: vscode.l10n.t('remote branch'),
                tag: vscode.l10n.t('tag'),
            }[revision.kind];
            choices.push({
                label: `$(${revision.kind === 'tag' ? 'tag' : 'git-branch'}) ${revision.ref}`,
                description: [kind, revision.commit].filter(Boolean).join(' · '),
                ref: revision.ref,
            });
        }
        choices.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    }
    // Listed as the browser's file sync lists them: searching a virtual workspace (memfs:) would wait forever.
    const others = (await Promise.all((vscode.workspace.workspaceFolders ?? []).map(folder => listWorkspaceFiles(folder))))
        .flat()
        .filter(file => file.path.endsWith('.journey') && file.toString() !== resource.toString())
        .slice(0, 200);
    for (const file of others)
        choices.push({ label: `$(file) ${vscode.workspace.asRelativePath(file, false)}`, description: vscode.l10n.t('another file'), file });
    choices.push({ label: `$(folder-opened) ${vscode.l10n.t('Another .journey file…')}`, browse: true });
    const placeHolder =
        git instanceof GitFile
            ? vscode.l10n.t('Compare {0} with…', vscode.workspace.asRelativePath(resource, false))
            : vscode.l10n.t('Compare {0} with another file', vscode.workspace.asRelativePath(resource, false));
    // Why there are no Git versions, in the title: a placeholder that long is cut off.
    const title = git instanceof GitFile ? undefined : vscode.l10n.t('Git versions are not offered: {0}', git.reason);
    const picked = await vscode.window.showQuickPick(choices, { title, placeHolder, matchOnDescription: true });
    if (!picked) return;
    const afterPath = git instanceof GitFile ? git.path : vscode.workspace.asRelativePath(resource, false);
    if (picked.ref !== undefined && git instanceof GitFile) {
        const text = await git.textAt(picked.ref);
        await controller.compareWithText(resource, text, { beforeLabel: picked.ref, afterLabel: 'working tree', beforePath: git.path, afterPath: git.path });
        return;
    }
    const file =
        picked.file ??
        (
            await vscode.window.showOpenDialog({
                canSelectMany: false,
                filters: { [vscode.l10n.t('Journey maps')]: ['journey'] },
                openLabel: vscode.l10n.t('Compare'),
            })
        )?.[0];
    if (!file) return;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const beforePath = vscode.workspace.asRelativePath(file, false);
    // As `journey diff OLD NEW`: the other file is the older version.
    await controller.compareWithText(resource, text, { beforeLabel: beforePath, afterLabel: afterPath, beforePath, afterPath });
}

/** The diff editor in front: its left side (e.g. git's HEAD) against the file on the right. */
async function openDiffComparison(controller: ComparisonController, uri: vscode.Uri | undefined): Promise<void> {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputTextDiff)) {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('Open a .journey file in a diff editor (e.g. from the Source Control view) to compare its two sides.'),
        );
        return;
    }
    const resource = fileOf(input.modified) ?? uri;
    if (!resource) return;
    const original = await vscode.workspace.openTextDocument(input.original);
    const path = vscode.workspace.asRelativePath(resource, false);
    await controller.compareWithText(resource, original.getText(), {
        beforeLabel: refOf(input.original),
        afterLabel: 'working tree',
        beforePath: path,
        afterPath: path,
    });
}

/** The working file behind a diff side: itself, or the file a git: URI shows a version of. */
function fileOf(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme === 'file' || uri.scheme === 'vscode-vfs' || uri.scheme === 'memfs') return uri;
    if (uri.scheme !== 'git') return undefined;
    try {
        const query = JSON.parse(uri.query) as { path?: string };
        return query.path ? vscode.Uri.file(query.path) : undefined;
    } catch {
        return undefined;
    }
}

/** The revision a diff side shows: git's URIs name it (`~` is the index), else the file's name. */
function refOf(uri: vscode.Uri): string {
    if (uri.scheme === 'git') {
        try {
            const ref = (JSON.parse(uri.query) as { ref?: string }).ref;
            if (ref === '~') return 'index';
            if (ref) return ref;
        } catch {
            // Not git's usual query: named after the file below.
        }
    }
    return vscode.workspace.asRelativePath(uri, false);
}
