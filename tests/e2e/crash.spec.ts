import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { connect } from '../../examples/client';

// kill -9 of the production server in the middle of a stream of writes, then a restart on the
// same database file: the file is intact and every write the server acknowledged is there.

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: 'admin@demo.example', password: 'crash test password 2026' };

function start(database: string): ChildProcess {
	return spawn(process.execPath, ['build-cli/serve.js'], {
		env: {
			...process.env,
			DATABASE_PATH: database,
			PORT: String(PORT),
			ORIGIN,
			SEED_DEMO: '1',
			DEMO_ADMIN_PASSWORD: ADMIN.password,
			NODE_ENV: 'production'
		},
		stdio: 'ignore'
	});
}

async function ready() {
	for (let i = 0; i < 200; i++) {
		const ok = await fetch(`${ORIGIN}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the server did not start');
}

test('a kill -9 during writes loses no acknowledged write and leaves an intact database', async () => {
	test.setTimeout(90_000);
	const dir = mkdtempSync(join(tmpdir(), 'company-profile-crash-'));
	const database = join(dir, 'portal.sqlite');
	let server = start(database);
	try {
		await ready();
		const api = await connect(ORIGIN, ADMIN.email, ADMIN.password);
		const acknowledged: string[] = [];
		const writer = (async () => {
			for (let i = 0; i < 10_000; i++) {
				const name = `write ${i}`;
				try {
					await api.callRestrictions.create.mutate({
						name,
						pattern: String(1000 + i),
						pbxSystem: null,
						rule: 'deny_all'
					});
					acknowledged.push(name);
				} catch {
					return; // the server is gone
				}
			}
		})();
		while (acknowledged.length < 100) await new Promise((r) => setTimeout(r, 20));
		const killed = server;
		const exited = new Promise((r) => killed.once('exit', r));
		killed.kill('SIGKILL');
		await Promise.all([writer, exited]);

		const check = new SQLite(database);
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();

		server = start(database);
		await ready();
		const again = await connect(ORIGIN, ADMIN.email, ADMIN.password);
		const names = new Set((await again.callRestrictions.list.query()).map((r) => r.name));
		const lost = acknowledged.filter((n) => !names.has(n));
		expect(lost, `${acknowledged.length} acknowledged`).toEqual([]);
	} finally {
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
});
