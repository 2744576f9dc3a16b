import { TRPCError } from '@trpc/server';
import { describeError } from '$lib/server/trpc/errors';
import { api } from '$lib/server/trpc/event';
import type { PageServerLoad } from './$types';
import { filtersOf } from './filters';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const filters = filtersOf(event.url);
	const { auditRetentionDays } = await caller.meta.options();
	try {
		return {
			filters,
			retention: auditRetentionDays,
			failure: null,
			...(await caller.audit.list({ ...filters, timeZone: event.locals.timeZone, limit: 50 }))
		};
	} catch (e) {
		if (!(e instanceof TRPCError) || e.code !== 'BAD_REQUEST') throw e;
		const failure = describeError(e, event.locals.locale);
		return {
			filters,
			retention: auditRetentionDays,
			failure,
			entries: [],
			nextBefore: null,
			actors: []
		};
	}
};
