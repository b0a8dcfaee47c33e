// An export run while the file's preview is not open yet (client/preview/journey-preview.ts): the
// command opens the preview and asks it for the drawing at once. The language server's model can
// arrive before the webview says it is ready (it does in the browser, where the model is already
// cached); the request must then wait for the webview, not be posted to a page that drops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportPayload, FromWebview, ToWebview } from '../../webview/protocol.js';
import type { PreviewHost } from '../../client/preview/journey-preview.js';
import { modelOf } from '../webview/models.js';

// The slice of the VS Code API that a preview panel uses.
vi.mock('vscode', () => {
    const uri = (path: string) => ({ path, toString: () => `memfs:${path}` });
    return {
        Uri: { joinPath: (base: { path: string }, ...parts: string[]) => uri([base.path, ...parts].join('/')) },
        workspace: {
            onDidChangeConfiguration: () => ({ dispose() {} }),
            getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
        },
        env: { language: 'en' },
        l10n: { t: (message: string) => message },
    };
});

/** A webview panel whose page answers export requests once it has loaded, as webview/main.ts does. */
function fakePanel() {
    const received: ToWebview['type'][] = [];
    let listener: ((message: FromWebview) => void) | undefined;
    let loaded = false;
    const webview = {
        options: {},
        html: '',
        cspSource: 'memfs:',
        asWebviewUri: (uri: unknown) => uri,
        onDidReceiveMessage: (handler: (message: FromWebview) => void) => {
            listener = handler;
            return { dispose() {} };
        },
        async postMessage(message: ToWebview) {
            // A page that has not loaded yet has no listener: what is posted then is lost.
            if (!loaded) return false;
            received.push(message.type);
            if (message.type === 'exportRequest') {
                setTimeout(
                    () =>
                        listener?.({
                            type: 'exportResponse',
                            requestId: message.requestId,
                            payload: { journeyId: message.journeyId ?? '', png: 'data:image/png;base64,' },
                        }),
                    10,
                );
            }
            return true;
        },
    };
    const panel = {
        webview,
        iconPath: undefined,
        title: '',
        onDidDispose: () => ({ dispose() {} }),
        onDidChangeViewState: () => ({ dispose() {} }),
        dispose() {},
    };
    return {
        panel,
        received,
        load: () => {
            loaded = true;
            listener?.({ type: 'ready' });
        },
    };
}

describe('an export that opens the preview', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it('gets its drawing when the model arrives before the webview is ready', async () => {
        const { JourneyPreview } = await import('../../client/preview/journey-preview.js');
        const model = await modelOf('journey Visit "A visit" {\n  phase Arrive "Arrive" {\n    touchpoint Door "Opens the door" {}\n  }\n}\n', 'visit.journey');
        const host = {
            client: async () => ({}),
            // The model is already known (the export command fetched it): it comes back at once.
            models: { latest: async () => model },
            onExportClicked() {},
            onDisposed() {},
            onStateChanged() {},
        } as unknown as PreviewHost;
        const { panel, received, load } = fakePanel();
        const resource = { path: '/ws/visit.journey', toString: () => 'memfs:/ws/visit.journey' };
        const preview = new JourneyPreview(panel as never, resource as never, false, { path: '/ext' } as never, host);

        let payload: ExportPayload | undefined;
        let failure: unknown;
        preview.requestExport('png', 'Visit').then(
            p => {
                payload = p;
            },
            error => {
                failure = error;
            },
        );
        // The model arrives; the webview is still loading.
        await vi.advanceTimersByTimeAsync(50);
        expect(payload).toBeUndefined();
        load();
        await vi.advanceTimersByTimeAsync(1_000);

        expect(failure).toBeUndefined();
        expect(payload).toEqual({ journeyId: 'Visit', png: 'data:image/png;base64,' });
        expect(received).toEqual(['settings', 'model', 'exportRequest']);
        preview.dispose();
    });
});
