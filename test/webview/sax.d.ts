// sax (an XML parser, installed with xml2js) ships no types; the tests use its strict parser only.
declare module 'sax' {
    interface SaxParser {
        onopentag: (node: { name: string }) => void;
        onerror: (error: Error) => void;
        write(text: string): SaxParser;
        close(): SaxParser;
    }
    const sax: { parser(strict: boolean): SaxParser };
    export default sax;
}
