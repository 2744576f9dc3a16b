import type { DB } from '../../db';
import {
	dailyMinutes,
	firstSubscriptionDay,
	listRates,
	listSubscriptions
} from './billing.repository';
import { computeStatement, periodsSince } from './statement';
import type { BillingService, Statement } from './types';

/**
 * The embedded default billing: statements computed from the portal's database (who held which
 * package when, and the recorded call minutes). The catalogue sells in one currency, the
 * packages'.
 */
export function createEmbeddedBilling(db: DB, options: { taxRate: string | null }): BillingService {
	const nextMonth = (period: string) => {
		const d = new Date(`${period}-01T00:00:00Z`);
		d.setUTCMonth(d.getUTCMonth() + 1);
		return d.toISOString().slice(0, 10);
	};

	async function compute(companyId: string, periods: string[], now: Date): Promise<Statement[]> {
		if (periods.length === 0) return [];
		const oldest = periods[periods.length - 1];
		const end = nextMonth(periods[0]);
		const [packages, subscriptions, minutes] = await Promise.all([
			listRates(db),
			listSubscriptions(db, companyId, end),
			dailyMinutes(db, companyId, `${oldest}-01`, end)
		]);
		const currency = packages[0]?.currency ?? 'CAD';
		return periods.map((period) =>
			computeStatement(period, now, {
				packages,
				subscriptions,
				minutes,
				taxRate: options.taxRate,
				currency
			})
		);
	}

	async function periodsOf(companyId: string, now: Date) {
		const first = await firstSubscriptionDay(db, companyId);
		return first ? periodsSince(first.slice(0, 7), now) : [];
	}

	return {
		async statements(companyId, now) {
			const statements = await compute(companyId, await periodsOf(companyId, now), now);
			return statements.map(({ period, total, currency, current }) => ({
				period,
				total,
				currency,
				current
			}));
		},
		async statement(companyId, period, now) {
			if (!(await periodsOf(companyId, now)).includes(period)) return null;
			const [statement] = await compute(companyId, [period], now);
			return statement ?? null;
		}
	};
}
