// The preview's only script. It runs under a nonce-based CSP, never touches plan text as HTML,
// and talks to the extension with the typed messages of language/render/preview-protocol.ts.
// @ts-check
(function () {
    'use strict';
    // eslint-disable-next-line no-undef
    const vscode = acquireVsCodeApi();
    /** @type {{ uri?: string, scrollY?: number }} */
    let state = vscode.getState() || {};

    function restore(scrollY) {
        if (typeof scrollY === 'number' && scrollY > 0) window.scrollTo(0, scrollY);
    }

    // The extension tracks the scroll position across re-renders; its value wins when it speaks.
    window.addEventListener('message', event => {
        const message = event.data;
        if (!message || message.type !== 'restore' || typeof message.uri !== 'string' || typeof message.scrollY !== 'number') return;
        state = { uri: message.uri, scrollY: message.scrollY };
        vscode.setState(state);
        restore(state.scrollY);
    });

    let pending = false;
    window.addEventListener('scroll', () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
            pending = false;
            state = { uri: state.uri, scrollY: Math.round(window.scrollY) };
            vscode.setState(state);
            vscode.postMessage({ type: 'scroll', scrollY: state.scrollY });
        });
    }, { passive: true });

    document.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
        if (!target) return;
        const line = Number(target.getAttribute('data-line'));
        if (Number.isInteger(line) && line >= 1) vscode.postMessage({ type: 'reveal', line });
    });

    restore(state.scrollY);
    vscode.postMessage({ type: 'ready' });
}());
