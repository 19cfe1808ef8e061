#!/usr/bin/env node
// luqual is written in TypeScript and run through tsx, so a checkout works
// without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
