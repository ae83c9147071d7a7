// Trunk post_build hook: the steps that turn Trunk's output into the site, in order, each a module
// of its own in scripts/steps/ doing one job. The order matters: the languages' catalogues are
// copied before the single file carries them; the first picture goes into
// index.html before the precache list hashes it and the single file copies it; the first screen
// replaces Trunk's loader after the first picture has moved it, and before the single file
// (which takes the app's files from it); the precache list
// is made before the single file (which it leaves out); the CSP goes in after them, and the
// precompressed copies are made of the finished files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import api from './steps/api.mjs';
import compress from './steps/compress.mjs';
import csp from './steps/csp.mjs';
import firstPicture from './steps/first-picture.mjs';
import firstScreen from './steps/first-screen.mjs';
import messages from './steps/messages.mjs';
import methodology from './steps/methodology.mjs';
import precache from './steps/precache.mjs';
import singleFile from './steps/single-file.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run me from trunk');
const root = new URL('..', import.meta.url).pathname;
const version = (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
const ctx = { dir, root, version, single: `wattsworth-${version}.html` };
for (const step of [api, messages, methodology, firstPicture, firstScreen, precache, singleFile, csp, compress]) {
  console.log(`post-build: ${await step(ctx)}`);
}
