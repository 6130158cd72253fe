// Copies the pinned front-end libraries into ../wwwroot/lib/ with their licences and versions.
// Run after `npm ci` when upgrading; the copied files are committed so the server needs no npm.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const out = new URL("../wwwroot/lib/", import.meta.url);
mkdirSync(out, { recursive: true });
const pkg = JSON.parse(readFileSync(new URL("node_modules/cytoscape/package.json", import.meta.url)));
copyFileSync(new URL("node_modules/cytoscape/dist/cytoscape.min.js", import.meta.url), new URL("cytoscape.min.js", out));
copyFileSync(new URL("node_modules/cytoscape/LICENSE", import.meta.url), new URL("cytoscape.LICENSE.txt", out));
writeFileSync(new URL("VERSIONS.txt", out), `cytoscape ${pkg.version} (MIT) from npm, dist/cytoscape.min.js\n`);
console.log(`vendored cytoscape ${pkg.version}`);
