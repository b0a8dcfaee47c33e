// The few globals the core uses that every runtime it runs in has (Node, browsers, web
// workers) but ECMAScript's own library does not declare. language/tsconfig.json has neither
// DOM nor Node types, so that nothing runtime-specific slips into the core; these are the
// exceptions, declared as narrowly as they are used.
declare const console: {
    error(...data: unknown[]): void;
};

declare class TextDecoder {
    constructor(label?: string);
    decode(input?: ArrayBufferView): string;
}
