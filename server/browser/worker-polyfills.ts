// What the server's code expects of Node and a web worker lacks. setImmediate yields one
// turn of the event loop (coalescing-update-handler.ts waits for buffered changes that way);
// setTimeout(0) would be clamped to 4 ms when nested, a MessageChannel message is not.
const scope = globalThis as { setImmediate?: (callback: () => void) => void };
if (typeof scope.setImmediate !== 'function') {
    const channel = new MessageChannel();
    const queue: Array<() => void> = [];
    channel.port1.onmessage = () => queue.shift()?.();
    scope.setImmediate = callback => {
        queue.push(callback);
        channel.port2.postMessage(undefined);
    };
}
export {};
