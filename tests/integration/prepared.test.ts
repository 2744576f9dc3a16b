import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type DB, openDatabase } from '$lib/server/db';
import { prepared } from '$lib/server/db/prepared';

const opened: DB[] = [];
async function databaseWith(names: string[]) {
	const db = openDatabase(':memory:');
	opened.push(db);
	await sql`create table company (id text primary key, name text not null, country text)`.execute(
		db
	);
	for (const [i, name] of names.entries())
		await sql`insert into company values (${`c${i}`}, ${name}, 'CA')`.execute(db);
	return db;
}
afterEach(async () => Promise.all(opened.splice(0).map((db) => db.destroy())));

const byIdAndCountry = prepared((db: DB, { id, country }: { id: string; country: string }) =>
	db
		.selectFrom('company')
		.select(['id', 'name'])
		.where('id', '=', id)
		.where('country', '=', country)
		.where('name', '!=', 'never this one')
);

describe('a query compiled once', () => {
	it('binds each call its own values and keeps the constants it was built with', async () => {
		const db = await databaseWith(['Acme', 'never this one', 'Globex']);
		expect((await byIdAndCountry(db, { id: 'c0', country: 'CA' })).rows).toEqual([
			{ id: 'c0', name: 'Acme' }
		]);
		expect((await byIdAndCountry(db, { id: 'c2', country: 'CA' })).rows).toEqual([
			{ id: 'c2', name: 'Globex' }
		]);
		expect((await byIdAndCountry(db, { id: 'c1', country: 'CA' })).rows).toEqual([]);
		expect((await byIdAndCountry(db, { id: 'c0', country: 'FR' })).rows).toEqual([]);
	});

	it('answers from the database it is given, not the first one it met', async () => {
		const first = await databaseWith(['Acme']);
		const second = await databaseWith(['Initech']);
		expect((await byIdAndCountry(first, { id: 'c0', country: 'CA' })).rows).toEqual([
			{ id: 'c0', name: 'Acme' }
		]);
		expect((await byIdAndCountry(second, { id: 'c0', country: 'CA' })).rows).toEqual([
			{ id: 'c0', name: 'Initech' }
		]);
	});

	it('refuses a builder that changes a value instead of using it as one', async () => {
		const db = await databaseWith(['Acme']);
		const lowered = prepared((db: DB, { name }: { name: string }) =>
			db.selectFrom('company').select('id').where('name', '=', name.toLowerCase())
		);
		await expect(lowered(db, { name: 'ACME' })).rejects.toThrow(/name must be used as values/);
	});
});
