#!/usr/bin/env node
// The team-file check: node dist/check.js --help. Built by scripts/bundle.mjs.
import './check/index.js'
