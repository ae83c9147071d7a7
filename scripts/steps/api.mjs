// Step: the JavaScript API (crates/api) as its own small wasm module in api/, which the page
// never loads: built for wasm32, bound with wasm-bindgen, shrunk with wasm-opt.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const run = (root, cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

export default async function api({ root, dir }) {
  run(root, 'cargo', ['build', '-p', 'wattsworth-api', '--target', 'wasm32-unknown-unknown', '--release']);
  run(root, 'wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', join(dir, 'api'),
    join(root, 'target/wasm32-unknown-unknown/release/wattsworth_api.wasm')]);
  const wasm = join(dir, 'api/wattsworth_api_bg.wasm');
  run(root, 'wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', wasm, '-o', wasm]);
  return 'api/';
}
