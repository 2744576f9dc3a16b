import { sql } from 'kysely';
import type { DB } from '../../db';

// The embedded billing's reads. Portable SQL only (substr, integer division), so that the same
// queries run on PostgreSQL.

export function listSubscriptions(db: DB, companyId: string, before: string) {
	return db
		.selectFrom('subscription')
		.select([
			'user_id as userId',
			'package_id as packageId',
			'started_on as startedOn',
			'ended_on as endedOn'
		])
		.where('company_id', '=', companyId)
		.where('started_on', '<', before)
		.execute();
}

export function listRates(db: DB) {
	return db
		.selectFrom('service_package')
		.select([
			'id',
			'name',
			'base_rate as baseRate',
			'included_minutes as includedMinutes',
			'minute_rate as minuteRate',
			'currency',
			'sort_order as sortOrder'
		])
		.execute();
}

/** Minutes per user and day in [from, to) (YYYY-MM-DD), each call rounded up to the minute. */
export async function dailyMinutes(db: DB, companyId: string, from: string, to: string) {
	const day = sql<string>`substr(started_at, 1, 10)`;
	const rows = await db
		.selectFrom('call_record')
		.select([
			'user_id as userId',
			day.as('day'),
			sql<number>`sum((duration_seconds + 59) / 60)`.as('minutes')
		])
		.where('company_id', '=', companyId)
		.where('started_at', '>=', from)
		.where('started_at', '<', to)
		.groupBy(['user_id', day])
		.execute();
	return rows.map((r) => ({ ...r, minutes: Number(r.minutes) }));
}

/** The first day the company was billed for, or null before its first subscription. */
export async function firstSubscriptionDay(db: DB, companyId: string): Promise<string | null> {
	const row = await db
		.selectFrom('subscription')
		.select((eb) => eb.fn.min<string>('started_on').as('first'))
		.where('company_id', '=', companyId)
		.executeTakeFirst();
	return row?.first ?? null;
}
