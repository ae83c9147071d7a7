// A wasm module of our own beside the page's (the API's, the first screen's): the crate built for
// wasm32 in release, bound with wasm-bindgen for the web into `out`, and shrunk with wasm-opt.
// Returns the path of its wasm.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const run = (root, cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

export default function wasmModule(root, pkg, out) {
  const name = pkg.replaceAll('-', '_');
  run(root, 'cargo', ['build', '-p', pkg, '--target', 'wasm32-unknown-unknown', '--release']);
  run(root, 'wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out,
    join(root, `target/wasm32-unknown-unknown/release/${name}.wasm`)]);
  const wasm = join(out, `${name}_bg.wasm`);
  run(root, 'wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', wasm, '-o', wasm]);
  return wasm;
}
