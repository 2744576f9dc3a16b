#!/usr/bin/env node
// npm test: every tier, in the order that fails fastest. Types (svelte-check), unit and
// integration tests (Vitest, the mail checks against a real Dovecot), then the production
// build, then the browser tests (Playwright with Debian's Chromium). Installs Chromium and
// Dovecot when they are missing and it can. Ends with one line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = 'tests/.output';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** @param {string} cmd @param {string[]} args @param {Record<string, string>} env */
const run = (cmd, args, env = {}) =>
	spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/**
 * What the tests need that npm does not install: Debian's Chromium (browser tests) and Dovecot
 * (the real IMAP and POP3 server of the mail checks). Installed when missing and this can
 * (root with apt-get); otherwise says exactly what to install.
 */
const SYSTEM_PACKAGES = [
	{
		what: 'The browser tests need Chromium',
		path: chromium,
		packages: ['chromium'],
		hint: 'or set CHROMIUM_PATH'
	},
	{
		what: 'The mail checks need Dovecot',
		path: '/usr/sbin/dovecot',
		packages: ['dovecot-imapd', 'dovecot-pop3d'],
		hint: ''
	}
];

function ensureSystemPackages() {
	const missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.path));
	if (missing.length === 0) return true;
	const packages = missing.flatMap((p) => p.packages);
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (canInstall) {
		console.log(`Installing Debian's ${packages.join(', ')} for the tests…`);
		const env = { DEBIAN_FRONTEND: 'noninteractive' };
		if (
			run('apt-get', ['update', '-qq'], env) === 0 &&
			run('apt-get', ['install', '-y', '-qq', ...packages], env) === 0 &&
			missing.every((p) => existsSync(p.path))
		) {
			return true;
		}
	}
	for (const p of missing) {
		console.error(
			`\n${p.what} (${p.path}).\nInstall Debian's package: sudo apt-get install ${p.packages.join(' ')}${p.hint ? ` (${p.hint})` : ''}, then run npm test again.`
		);
	}
	return false;
}

/**
 * @param {string} file a JSON report
 * @param {(report: any) => [number, number]} read its passed and failed counts
 * @returns {[number, number] | null}
 */
function counts(file, read) {
	try {
		return read(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return null;
	}
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const failures = [];

if (!ensureSystemPackages()) process.exit(1);

// The typed API is part of the product: a type error fails the run like a failing test.
if (run('npm', ['run', 'check', '--silent']) !== 0) failures.push('types');

if (
	run('npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${OUT}/vitest.json`
	]) !== 0
) {
	failures.push('unit/integration');
}
if (run('npm', ['run', 'build', '--silent']) !== 0) {
	console.error('The build failed: the browser tests need it.');
	process.exit(1);
}
if (run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }) !== 0) failures.push('browser');

const vitest = counts(`${OUT}/vitest.json`, (r) => [r.numPassedTests, r.numFailedTests]);
const e2e = counts(`${OUT}/e2e.json`, (r) => [
	r.stats.expected,
	r.stats.unexpected + r.stats.flaky
]);
const passed = (vitest?.[0] ?? 0) + (e2e?.[0] ?? 0);
let failed = (vitest?.[1] ?? 0) + (e2e?.[1] ?? 0);
// A tier that failed without reporting (it crashed, or found no tests) still counts as a failure.
if (failures.length && failed === 0) failed = failures.length;

console.log(
	`\nunit+integration: ${vitest ? `${vitest[0]} passed, ${vitest[1]} failed` : 'no report'}`
);
console.log(`browser: ${e2e ? `${e2e[0]} passed, ${e2e[1]} failed` : 'no report'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || !vitest || !e2e ? 1 : 0);
