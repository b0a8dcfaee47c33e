#!/usr/bin/env node
// The language server for any LSP editor: `journey-language-server --stdio`.
require('../dist/server.cjs');
