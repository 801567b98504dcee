// Browser tests need a built site; build it unless one is already there.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const site = process.env.HANDBOOK_OUT_DIR ?? 'dist';
if (!existsSync(`${site}/pagefind/pagefind.js`) || process.argv.includes('--rebuild')) run('npm', ['run', 'build']);
run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2).filter((a) => a !== '--rebuild')]);
