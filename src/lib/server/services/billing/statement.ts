import type { Statement, StatementLine } from './types';

// The embedded billing's arithmetic, pure so that it can be tested line by line.
// Rounding: each line's prorated base amount and included minutes are rounded once, half up, to
// whole minor units and minutes; calls count per call in whole minutes, rounded up; tax is
// rounded once, half up, on the subtotal. Every total is then a sum of integers, so the lines add
// up to the statement exactly.

export interface PackageRates {
	id: string;
	name: string;
	baseRate: number;
	includedMinutes: number;
	minuteRate: number;
	currency: string;
	sortOrder: number;
}

export interface Subscription {
	userId: string;
	packageId: string;
	startedOn: string;
	endedOn: string | null;
}

/** Minutes a user called on a day (each call rounded up to the minute). */
export interface DailyMinutes {
	userId: string;
	day: string;
	minutes: number;
}

const DAY = 86_400_000;
const toDay = (d: Date) => d.toISOString().slice(0, 10);
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** a / b rounded half up, for non-negative integers, exactly. */
export function divideHalfUp(a: number, b: number): number {
	return Math.floor((2 * a + b) / (2 * b));
}

/** "14.975" → 149750 parts per million; null or "" → 0. */
export function taxPartsPerMillion(rate: string | null): number {
	if (!rate) return 0;
	const [whole, fraction = ''] = rate.split('.');
	return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0').slice(0, 4));
}

export function periodBounds(period: string, now: Date) {
	const start = parseDay(`${period}-01`);
	const next = new Date(start);
	next.setUTCMonth(next.getUTCMonth() + 1);
	const daysInMonth = Math.round((next.getTime() - start) / DAY);
	const tomorrow = parseDay(toDay(now)) + DAY;
	const end = Math.min(next.getTime(), tomorrow);
	return { start, end, daysInMonth, current: end < next.getTime() };
}

/** Days of [from, to) that fall in [start, end). */
function overlapDays(from: number, to: number, start: number, end: number) {
	return Math.max(0, Math.round((Math.min(to, end) - Math.max(from, start)) / DAY));
}

/**
 * The package a call is rated under: of the packages its user held that day, the one with the
 * most included minutes (then catalogue order). Null when the user held none.
 */
function ratedUnder(
	subs: Subscription[],
	packages: Map<string, PackageRates>,
	userId: string,
	day: number
) {
	let best: PackageRates | null = null;
	for (const s of subs) {
		if (s.userId !== userId) continue;
		if (parseDay(s.startedOn) > day || (s.endedOn !== null && parseDay(s.endedOn) <= day)) continue;
		const p = packages.get(s.packageId);
		if (!p) continue;
		if (
			!best ||
			p.includedMinutes > best.includedMinutes ||
			(p.includedMinutes === best.includedMinutes && p.sortOrder < best.sortOrder)
		)
			best = p;
	}
	return best;
}

export function computeStatement(
	period: string,
	now: Date,
	input: {
		packages: PackageRates[];
		subscriptions: Subscription[];
		minutes: DailyMinutes[];
		taxRate: string | null;
		currency: string;
	}
): Statement {
	const { start, end, daysInMonth, current } = periodBounds(period, now);
	const packages = new Map(input.packages.map((p) => [p.id, p]));
	const acc = new Map<string, { users: Set<string>; days: number; minutes: number }>();
	const entry = (id: string) => {
		let e = acc.get(id);
		if (!e) acc.set(id, (e = { users: new Set(), days: 0, minutes: 0 }));
		return e;
	};
	for (const s of input.subscriptions) {
		const days = overlapDays(
			parseDay(s.startedOn),
			s.endedOn ? parseDay(s.endedOn) : Infinity,
			start,
			end
		);
		if (days === 0 || !packages.has(s.packageId)) continue;
		const e = entry(s.packageId);
		e.users.add(s.userId);
		e.days += days;
	}
	for (const m of input.minutes) {
		const day = parseDay(m.day);
		if (day < start || day >= end) continue;
		const p = ratedUnder(input.subscriptions, packages, m.userId, day);
		if (p) entry(p.id).minutes += m.minutes;
	}

	const lines: StatementLine[] = [...acc.entries()]
		.map(([id, e]) => ({ p: packages.get(id)!, e }))
		.sort((a, b) => a.p.sortOrder - b.p.sortOrder)
		.map(({ p, e }) => {
			const baseAmount = divideHalfUp(p.baseRate * e.days, daysInMonth);
			const includedMinutes = divideHalfUp(p.includedMinutes * e.days, daysInMonth);
			const extraMinutes = Math.max(0, e.minutes - includedMinutes);
			const extraAmount = extraMinutes * p.minuteRate;
			return {
				packageId: p.id,
				packageName: p.name,
				users: e.users.size,
				baseRate: p.baseRate,
				baseAmount,
				includedMinutes,
				minutesUsed: e.minutes,
				extraMinutes,
				minuteRate: p.minuteRate,
				extraAmount,
				total: baseAmount + extraAmount
			};
		});
	const subtotal = lines.reduce((sum, l) => sum + l.total, 0);
	const tax = divideHalfUp(subtotal * taxPartsPerMillion(input.taxRate), 1_000_000);
	return {
		period,
		currency: input.currency,
		current,
		from: toDay(new Date(start)),
		to: toDay(new Date(end - DAY)),
		lines,
		subtotal,
		taxRate: input.taxRate,
		tax,
		total: subtotal + tax
	};
}

/** The periods from `first` (YYYY-MM) to the month of `now`, newest first. */
export function periodsSince(first: string, now: Date): string[] {
	const periods: string[] = [];
	const last = now.toISOString().slice(0, 7);
	const d = new Date(`${first}-01T00:00:00Z`);
	while (d.toISOString().slice(0, 7) <= last && periods.length < 1200) {
		periods.push(d.toISOString().slice(0, 7));
		d.setUTCMonth(d.getUTCMonth() + 1);
	}
	return periods.reverse();
}
