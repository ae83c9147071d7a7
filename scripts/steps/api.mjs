// Step: the JavaScript API (crates/api) as its own small wasm module in api/, which the page
// never loads.
import { join } from 'node:path';
import wasmModule from '../wasm-module.mjs';

export default async function api({ root, dir }) {
  wasmModule(root, 'wattsworth-api', join(dir, 'api'));
  return 'api/';
}
