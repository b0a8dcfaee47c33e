#!/usr/bin/env node
// The `journey` command line (lint, export, import); see README "Command line".
require('../dist/cli.cjs');
