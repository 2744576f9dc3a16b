import { error } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { translate } from '$lib/i18n';
import { csvRows } from '$lib/server/csv';
import { describeError } from '$lib/server/trpc/errors';
import { api } from '$lib/server/trpc/event';
import { filtersOf } from '../activity/filters';
import type { RequestHandler } from './$types';

const MAX_ROWS = 50_000;

/** The filtered trail as CSV, newest first, page after page up to MAX_ROWS. */
export const GET: RequestHandler = async (event) => {
	const locale = event.locals.locale;
	const t = (key: string) => translate(locale, `activity.${key}`);
	const caller = api(event);
	const filters = filtersOf(event.url);
	const rows: (string | number | null)[][] = [
		[
			t('when'),
			t('who'),
			'session',
			'ip',
			'user agent',
			t('section'),
			t('what'),
			t('changes'),
			'detail'
		]
	];
	try {
		let before = filters.before;
		while (rows.length <= MAX_ROWS) {
			const page = await caller.audit.list({
				...filters,
				timeZone: event.locals.timeZone,
				before,
				limit: 1000
			});
			for (const e of page.entries) {
				const changes = e.changes
					.map((c) => `${c.field}: ${c.from ?? ''} → ${c.to ?? ''}`)
					.join('; ');
				rows.push([
					e.at,
					e.actor,
					e.session,
					e.ip,
					e.userAgent,
					e.section,
					e.action,
					changes,
					e.detail ? JSON.stringify(e.detail) : ''
				]);
			}
			if (page.nextBefore === null) break;
			before = page.nextBefore;
		}
	} catch (e) {
		if (!(e instanceof TRPCError)) throw e;
		error(400, describeError(e, locale).message);
	}
	return new Response(csvRows(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="activity.csv"',
			'cache-control': 'no-store'
		}
	});
};
