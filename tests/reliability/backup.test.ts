import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, restoreDatabase } from '$lib/server/db/backup';
import { openDatabase } from '$lib/server/db';
import { addCompany, testRuntime } from '../helpers/runtime';

let env: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	env = await testRuntime();
});
afterAll(() => env.close());

const names = (path: string) => {
	const db = new SQLite(path, { readonly: true });
	try {
		return (db.prepare('select name from company order by name').all() as { name: string }[]).map(
			(r) => r.name
		);
	} finally {
		db.close();
	}
};

describe('backups', () => {
	it('copies the database consistently while writes go on, and restores the copy', async () => {
		const path = env.runtime.config.DATABASE_PATH;
		for (let i = 0; i < 20; i++)
			await addCompany(env.runtime, { name: `Before ${String(i).padStart(2, '0')}` });
		const out = join(env.dir, 'copy.sqlite');

		// Writes keep coming while the backup runs.
		let writing = true;
		const writer = (async () => {
			for (let i = 0; writing && i < 200; i++) {
				await env.runtime.db
					.updateTable('company')
					.set({ updated_at: new Date().toISOString() })
					.where('name', '=', 'Before 00')
					.execute();
				await new Promise((r) => setImmediate(r));
			}
		})();
		const { bytes } = await backupDatabase(path, out);
		writing = false;
		await writer;
		expect(bytes).toBeGreaterThan(0);
		const copied = names(out);
		expect(copied.filter((n) => n.startsWith('Before '))).toHaveLength(20);

		await addCompany(env.runtime, { name: 'After the backup' });
		const target = join(env.dir, 'restored', 'portal.sqlite');
		await restoreDatabase(out, target);
		expect(names(target)).toEqual(copied);
		expect(names(target)).not.toContain('After the backup');
		// The restored file opens as the portal's database, integrity intact.
		const reopened = openDatabase(target);
		const count = await reopened
			.selectFrom('company')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(copied.length);
		await reopened.destroy();
	});

	it('refuses to restore a file that is not a portal database, and changes nothing', async () => {
		const junk = join(env.dir, 'junk.sqlite');
		writeFileSync(junk, 'not a database at all');
		const target = join(env.dir, 'untouched.sqlite');
		await expect(restoreDatabase(junk, target)).rejects.toThrow();
		// …with a message for the operator, not SQLite's error and stack.
		await expect(restoreDatabase(junk, target)).rejects.toThrow(/is not a SQLite database/);
		const other = join(env.dir, 'other.sqlite');
		new SQLite(other).exec('create table t (x)');
		await expect(restoreDatabase(other, target)).rejects.toBeInstanceOf(BackupError);
		await expect(restoreDatabase(join(env.dir, 'missing.sqlite'), target)).rejects.toBeInstanceOf(
			BackupError
		);
	});

	it('refuses to back up the database onto itself', async () => {
		const path = env.runtime.config.DATABASE_PATH;
		await expect(backupDatabase(path, path)).rejects.toBeInstanceOf(BackupError);
	});
});
