// markdown-it ships no types; the test only calls render().
declare module 'markdown-it';
