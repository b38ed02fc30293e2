#!/usr/bin/env node
// The `quire` command. Quire runs its TypeScript directly, which needs Node 24 (the project's own, under node_modules).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 7)) {
  console.error(`quire needs Node 24.7 or newer; this is Node ${process.versions.node}. Run it as "npx quire" or "npm run quire --" in the checkout, which use the project's Node.`);
  process.exit(1);
}
await import('../src/cli/main.ts');
