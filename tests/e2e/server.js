// The portal as `npm start` serves it (build-cli/serve.js over the SvelteKit build), on a
// temporary database that holds the demo company and a French-speaking company made with the
// operator CLI. Playwright starts this and stops it; the database goes with it.
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const accounts = JSON.parse(readFileSync(new URL('./accounts.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'company-profile-e2e-'));
process.env.DATABASE_PATH = join(dir, 'portal.sqlite');
process.env.DEMO_ADMIN_PASSWORD = accounts.demo.password;
process.env.DEMO_ADMIN_EMAIL = accounts.demo.email;
process.env.SEED_DEMO = '1';
// The tests' mail and phone system checks go to 127.0.0.1.
process.env.OUTBOUND_ALLOW_PRIVATE = '1';
process.env.OUTBOUND_STEP_TIMEOUT_MS = '2000';

// Everything the server prints also goes to a file, and the spec that proves no secret leaks
// reads it, with the database files, from the paths written here.
const log = join(dir, 'server.log');
for (const stream of [process.stdout, process.stderr]) {
	const write = stream.write.bind(stream);
	stream.write = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
		appendFileSync(log, chunk);
		return write(chunk, ...rest);
	};
}
mkdirSync('tests/.output', { recursive: true });
writeFileSync(
	'tests/.output/e2e-server.json',
	JSON.stringify({ dir, log, database: process.env.DATABASE_PATH })
);

const cleanup = () => rmSync(dir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (cleanup(), process.exit(0)));
process.on('exit', cleanup);

// serve.js migrates, seeds the demo (the database is empty) and starts listening.
await import(new URL('../../build-cli/serve.js', import.meta.url).href);

/**
 * Adds a company with the operator CLI, as an operator would.
 * @param {{ email: string, password: string }} account
 * @param {string} name @param {string} country @param {string} language @param {number} [keys]
 */
function addCompany(account, name, country, language, keys = 0) {
	const args = ['create', '--name', name, '--country', country, '--language', language];
	args.push('--admin-name', `Admin of ${name}`, '--admin-email', account.email);
	const created = spawnSync(process.execPath, ['build-cli/company.js', ...args], {
		input: `${account.password}\n`,
		encoding: 'utf8'
	});
	if (created.status !== 0) {
		console.error(created.stderr);
		process.exit(1);
	}
	const id = /\(([0-9a-f-]{36})\)/.exec(created.stdout)?.[1] ?? '';
	if (keys)
		spawnSync(process.execPath, [
			'build-cli/company.js',
			'keys',
			'--company',
			id,
			'--set',
			String(keys)
		]);
}

// spawnSync holds the event loop, so the server answers Playwright's readiness check only once
// these companies exist.
addCompany(accounts.french, 'Société Exemple', 'FR', 'fr');
addCompany(accounts.switcher, 'Switcher Ltd', 'GB', 'en');
addCompany(accounts.changer, 'Changer Inc', 'US', 'en');
addCompany(accounts.packager, 'Packager SA', 'BE', 'en', 5);
addCompany(accounts.importer, 'Importer Co', 'CA', 'en', 30);
addCompany(accounts.assistant, 'Assistant Works', 'CA', 'en');
addCompany(accounts.auditor, 'Auditor Partners', 'CA', 'en');
addCompany(accounts.idle, 'Idle Hours Ltd', 'CA', 'en');
addCompany(accounts.load, 'Load Testers', 'CA', 'en');
addCompany(accounts.secrets, 'Secrets Keeper Ltd', 'CA', 'en', 5);
