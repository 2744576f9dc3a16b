import { redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { billUnlockSchema } from '$lib/schemas/billing';
import { AppError } from '$lib/server/errors';
import { failed, runAction, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

const locked = (e: unknown) =>
	e instanceof TRPCError && e.cause instanceof AppError && e.cause.code === 'BILL_LOCKED';

export const load: PageServerLoad = async (event) => {
	// Billing data is never kept by a browser or a proxy cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	const caller = api(event);
	const minutes = (await caller.meta.options()).billUnlockMinutes;
	try {
		const [statements, status] = await Promise.all([
			caller.billing.statements(),
			caller.billing.status()
		]);
		const wanted = event.url.searchParams.get('period');
		const period = statements.some((s) => s.period === wanted) ? wanted! : statements[0]?.period;
		const statement = period ? await caller.billing.statement({ period }) : null;
		return {
			locked: false as const,
			minutes,
			statements,
			statement,
			unlockedUntil: status.unlockedUntil
		};
	} catch (e) {
		if (locked(e)) return { locked: true as const, minutes };
		throw e;
	}
};

export const actions = {
	unlock: async (event) => {
		const form = await event.request.formData();
		const result = await submitForm(
			event,
			billUnlockSchema,
			{ password: text(form, 'password') },
			(input) => api(event).billing.unlock(input)
		);
		if (failed(result)) return result;
		redirect(303, event.url.pathname + event.url.search);
	},
	lock: async (event) => {
		const result = await runAction(event, () => api(event).billing.lock());
		if (failed(result)) return result;
		redirect(303, '/profile/bill');
	}
} satisfies Actions;
