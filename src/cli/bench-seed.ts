import { randomUUID } from 'node:crypto';
import { loadConfig } from '$lib/server/config';
import { openDatabase } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrator';
import { createRuntime } from '$lib/server/runtime';
import { createCompany } from '$lib/server/sections/company/company.service';
import { insertUser } from '$lib/server/sections/users/users.repository';
import { createCaller } from '$lib/server/trpc/router';

// npm run bench's database: COMPANIES companies of USERS users each, every administrator with
// PASSWORD. Prints, as JSON, how many SQL statements one profile.get runs with one company and
// with all of them (it must not grow), and the administrators' e-mails.

const companies = Number(process.env.BENCH_COMPANIES ?? 1000);
const usersPer = Number(process.env.BENCH_USERS ?? 50);
const password = process.env.BENCH_PASSWORD ?? 'bench password 2026';
const config = loadConfig();
let queries = 0;
const db = openDatabase(config.DATABASE_PATH, { onQuery: () => queries++ });
await migrateToLatest(db);
const runtime = createRuntime(config, db);

async function statementsPerProfileGet(companyId: string, administratorId: string) {
	const ctx = {
		runtime,
		request: {
			origin: config.ORIGIN,
			portalOrigin: config.ORIGIN,
			ip: '127.0.0.1',
			userAgent: 'bench'
		},
		cookies: { set() {}, delete() {} },
		locale: 'en' as const,
		session: {
			token: 'bench',
			createdAt: new Date(),
			expiresAt: new Date(Date.now() + 60_000),
			endsAt: new Date(Date.now() + 60_000),
			administrator: {
				id: administratorId,
				companyId,
				companyName: '',
				name: '',
				email: '',
				language: 'en'
			}
		}
	};
	queries = 0;
	await createCaller(ctx).profile.get();
	return queries;
}

const emails: string[] = [];
const ids: { companyId: string; administratorId: string }[] = [];
let first = 0;
for (let c = 0; c < companies; c++) {
	const email = `admin${c}@bench${c}.example`;
	const made = await createCompany(
		db,
		{
			name: `Bench Company ${c}`,
			country: 'CA',
			language: 'en',
			adminName: `Admin ${c}`,
			adminEmail: email,
			adminPassword: password,
			pbxSystem: 'demo-pbx'
		},
		{ subscriptionKeys: usersPer, offered: ['essential'] }
	);
	ids.push(made);
	emails.push(email);
	const now = new Date().toISOString();
	await db.transaction().execute(async (trx) => {
		for (let u = 0; u < usersPer; u++) {
			await insertUser(
				trx,
				{
					id: randomUUID(),
					company_id: made.companyId,
					first_name: `First${u}`,
					last_name: `Last${u}`,
					email: `u${u}@bench${c}.example`,
					extension: String(100 + u),
					mail_connection: null,
					pbx_ref: null,
					created_at: now
				},
				['essential']
			);
		}
	});
	if (c === 0) first = await statementsPerProfileGet(made.companyId, made.administratorId);
}
const all = await statementsPerProfileGet(ids[0].companyId, ids[0].administratorId);
await db.destroy();
console.log(
	JSON.stringify({
		statementsPerProfileGet: { oneCompany: first, allCompanies: all },
		emails: emails.slice(0, 64),
		password
	})
);
