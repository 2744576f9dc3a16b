import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrator';

const dirs: string[] = [];
function freshFile() {
	const dir = mkdtempSync(join(tmpdir(), 'company-profile-migrate-'));
	dirs.push(dir);
	return join(dir, 'nested', 'portal.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the database', () => {
	it('is created from zero in its own folder, in WAL mode with foreign keys enforced', async () => {
		const db = openDatabase(freshFile());
		expect(await migrateToLatest(db)).toEqual([
			'2026_12_03_1630_initial',
			'2026_12_03_1710_sign_in_failures',
			'2026_12_03_1730_packages_and_users',
			'2026_12_03_1745_call_restrictions',
			'2026_12_03_1900_provisioning_and_mail',
			'2026_12_03_2000_outbound_checks',
			'2026_12_03_2100_billing',
			'2026_12_03_2200_audit'
		]);
		const { rows: journal } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
		const { rows: fk } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
		expect(journal[0].journal_mode).toBe('wal');
		expect(fk[0].foreign_keys).toBe(1);
		await db.destroy();
	});

	it('migrating again applies nothing', async () => {
		const path = freshFile();
		const first = openDatabase(path);
		await migrateToLatest(first);
		await first.destroy();
		const again = openDatabase(path);
		expect(await migrateToLatest(again)).toEqual([]);
		await again.destroy();
	});

	it('seeds the catalogue of supported phone systems', async () => {
		const db = openDatabase(freshFile());
		await migrateToLatest(db);
		const names = (
			await db.selectFrom('phone_system').select('name').orderBy('sort_order').execute()
		).map((r) => r.name);
		expect(names).toEqual([
			'ETS Cloud PBX (Asterisk)',
			'BroadSoft BroadWorks',
			'Generic IP-PBX',
			'Wazo Platform',
			'Demo PBX'
		]);
		await db.destroy();
	});

	it('refuses a company whose phone system does not exist (foreign keys are on)', async () => {
		const db = openDatabase(freshFile());
		await migrateToLatest(db);
		const now = new Date().toISOString();
		const insert = db
			.insertInto('company')
			.values({
				id: 'c1',
				name: 'X',
				country: 'CA',
				pbx_system_id: 'nope',
				first_language: 'en',
				created_at: now,
				updated_at: now
			})
			.execute();
		await expect(insert).rejects.toThrow(/FOREIGN KEY/);
		await db.destroy();
	});
});

describe('upgrading a database', () => {
	it('lets the companies that existed before the catalogue offer every package of it', async () => {
		const { Migrator } = await import('kysely');
		const db = openDatabase(freshFile());
		const modules = import.meta.glob<import('kysely').Migration>('/migrations/*.ts', {
			eager: true
		});
		const migrations = Object.fromEntries(
			Object.entries(modules).map(([p, m]) => [p.slice(p.lastIndexOf('/') + 1, -3), m])
		);
		const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
		await migrator.migrateTo('2026_12_03_1710_sign_in_failures');
		const now = new Date().toISOString();
		await db
			.insertInto('company')
			.values({
				id: 'old',
				name: 'Old Co',
				country: 'CA',
				pbx_system_id: 'generic-ip-pbx',
				first_language: 'en',
				created_at: now,
				updated_at: now
			})
			.execute();
		await migrateToLatest(db);
		const rows = await db
			.selectFrom('company_package')
			.select('package_id')
			.where('company_id', '=', 'old')
			.execute();
		expect(rows.map((r) => r.package_id).sort()).toEqual([
			'business',
			'essential',
			'legacy-voice',
			'unlimited'
		]);
		await db.destroy();
	});
});
