import type { DB } from './db';

/**
 * Takes one of the company's `limit` checks of the window that began at `since`, in one
 * transaction (two checks cannot both take the last one). Returns null when one was taken, else
 * when the oldest check of the window was run (the window frees up from there).
 */
export async function takeCheck(
	db: DB,
	companyId: string,
	{ now, since, limit }: { now: number; since: number; limit: number }
): Promise<number | null> {
	return db.transaction().execute(async (trx) => {
		await trx
			.deleteFrom('outbound_check')
			.where('company_id', '=', companyId)
			.where('at', '<=', since)
			.execute();
		const row = await trx
			.selectFrom('outbound_check')
			.select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min<number>('at').as('oldest')])
			.where('company_id', '=', companyId)
			.executeTakeFirstOrThrow();
		if (Number(row.count) >= limit) return Number(row.oldest);
		await trx.insertInto('outbound_check').values({ company_id: companyId, at: now }).execute();
		return null;
	});
}
