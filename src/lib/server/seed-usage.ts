import { randomUUID } from 'node:crypto';
import type { DB } from './db';
import { deleteUser, insertUser } from './sections/users/users.repository';
import { insertCallRecords } from './services/billing/usage.repository';

// A year of plausible usage for the demo company, so that its bill has something to show: a
// team that grows over the year, one person who left, and calls on working days. Deterministic
// (a fixed pseudo-random sequence), relative to the day the demo is created.

const TEAM = [
	{ first: 'Nora', last: 'Bélanger', packages: ['business'], monthsAgo: 13 },
	{ first: 'Omar', last: 'Haddad', packages: ['business'], monthsAgo: 13 },
	{ first: 'Paula', last: 'Simard', packages: ['essential'], monthsAgo: 12 },
	{ first: 'Quentin', last: 'Morin', packages: ['essential'], monthsAgo: 10 },
	{ first: 'Rita', last: 'Côté', packages: ['essential'], monthsAgo: 8 },
	{ first: 'Samuel', last: 'Lavoie', packages: ['business'], monthsAgo: 5 },
	{ first: 'Tina', last: 'Pelletier', packages: ['essential'], monthsAgo: 2 },
	{ first: 'Victor', last: 'Gauthier', packages: ['essential'], monthsAgo: 11, leftMonthsAgo: 3 }
];

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

export async function seedDemoUsage(db: DB, companyId: string, now = new Date()): Promise<void> {
	let seed = 20_261_203;
	const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
	const monthsAgo = (m: number) => {
		const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1 + random(27)));
		return d.getTime();
	};
	await db.transaction().execute(async (trx) => {
		const calls = [];
		for (const [i, person] of TEAM.entries()) {
			const id = randomUUID();
			const since = monthsAgo(person.monthsAgo);
			await insertUser(
				trx,
				{
					id,
					company_id: companyId,
					first_name: person.first,
					last_name: person.last,
					email: `${person.first.toLowerCase()}@demo.example`,
					extension: String(101 + i),
					mail_connection: null,
					pbx_ref: null,
					created_at: new Date(since).toISOString()
				},
				person.packages
			);
			const until = person.leftMonthsAgo ? monthsAgo(person.leftMonthsAgo) : now.getTime();
			// Business users call more; everyone calls on working days only.
			const perDay = person.packages.includes('business') ? 9 : 5;
			for (let t = since; t < until; t += DAY) {
				const weekday = new Date(t).getUTCDay();
				if (weekday === 0 || weekday === 6) continue;
				for (let c = random(perDay); c > 0; c--) {
					const at = t + (8 + random(10)) * 3_600_000 + random(3_600) * 1000;
					calls.push({
						company_id: companyId,
						user_id: id,
						started_at: new Date(at).toISOString(),
						duration_seconds: 20 + random(900)
					});
				}
			}
			if (person.leftMonthsAgo) await deleteUser(trx, companyId, id, dayOf(until));
		}
		await insertCallRecords(trx, calls);
	});
}
