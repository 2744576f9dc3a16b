#!/usr/bin/env node
// Runs an operator command (company, migrate) from build-cli/, rebuilding it first when it is
// missing or older than the code it is built from. Standard input goes to the command only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
const entry = join('build-cli', `${command}.js`);

/** @param {string} path @returns {number} */
function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const sources = ['src/lib', 'src/cli', 'migrations', 'vite.cli.config.ts', 'package-lock.json'];
const stale =
	!existsSync(entry) ||
	Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(entry).mtimeMs;
if (stale) {
	const build = spawnSync(
		'npx',
		['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'],
		{
			stdio: ['ignore', 'inherit', 'inherit']
		}
	);
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
