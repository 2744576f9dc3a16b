import { error } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { statementCsv } from '$lib/server/sections/billing/csv';
import { describeError } from '$lib/server/trpc/errors';
import { api } from '$lib/server/trpc/event';
import type { RequestHandler } from './$types';

/** One statement as CSV, behind the same unlock as the page. */
export const GET: RequestHandler = async (event) => {
	try {
		const statement = await api(event).billing.statement({ period: event.params.period });
		return new Response(statementCsv(statement, event.locals.locale), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="statement-${statement.period}.csv"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		if (!(e instanceof TRPCError)) throw e;
		error(getHTTPStatusCodeFromError(e), describeError(e, event.locals.locale).message);
	}
};
