import type { DB } from '../db';

export async function recordFailure(db: DB, email: string, ip: string, at: number): Promise<void> {
	await db.insertInto('sign_in_failure').values({ email, ip, at }).execute();
}

/** The failures since `since`: for the pair, for the account from anywhere, and the accounts this address failed on. */
export async function countFailures(db: DB, email: string, ip: string, since: number) {
	const row = await db
		.selectFrom('sign_in_failure')
		.select((eb) => {
			const isPair = eb.and([eb('email', '=', email), eb('ip', '=', ip)]);
			const fromIp = eb('ip', '=', ip);
			return [
				eb.fn.sum<number>(eb.case().when(isPair).then(1).else(0).end()).as('pair'),
				eb.fn.min<number>(eb.case().when(isPair).then(eb.ref('at')).end()).as('pairOldest'),
				eb.fn.sum<number>(eb.case().when('email', '=', email).then(1).else(0).end()).as('account'),
				eb.fn
					.count<number>(eb.case().when(fromIp).then(eb.ref('email')).end())
					.distinct()
					.as('accountsFromIp'),
				eb.fn.min<number>(eb.case().when(fromIp).then(eb.ref('at')).end()).as('ipOldest')
			];
		})
		.where('at', '>', since)
		.where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
		.executeTakeFirstOrThrow();
	return {
		pair: Number(row.pair ?? 0),
		pairOldest: row.pairOldest === null ? null : Number(row.pairOldest),
		account: Number(row.account ?? 0),
		accountsFromIp: Number(row.accountsFromIp ?? 0),
		ipOldest: row.ipOldest === null ? null : Number(row.ipOldest)
	};
}

/** A success clears the failures of that account from that address. */
export async function clearPair(db: DB, email: string, ip: string): Promise<void> {
	await db.deleteFrom('sign_in_failure').where('email', '=', email).where('ip', '=', ip).execute();
}

export async function pruneFailures(db: DB, before: number): Promise<void> {
	await db.deleteFrom('sign_in_failure').where('at', '<', before).execute();
}
