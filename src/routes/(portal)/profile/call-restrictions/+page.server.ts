import {
	restrictionCheckSchema,
	restrictionCreateSchema,
	restrictionRemoveSchema,
	restrictionUpdateSchema
} from '$lib/schemas/call-restrictions';
import { failed, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

const SORTS = ['name', 'pattern', 'rule'] as const;

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const params = event.url.searchParams;
	const sort = SORTS.find((s) => s === params.get('sort')) ?? 'name';
	const [restrictions, options] = await Promise.all([
		caller.callRestrictions.list(),
		caller.meta.options()
	]);
	restrictions.sort((a, b) => a[sort].localeCompare(b[sort]) || a.name.localeCompare(b.name));

	// "Which rule applies?" is a question, not a change: a GET form, answered here.
	const number = params.get('number');
	const parsed = number === null ? null : restrictionCheckSchema.safeParse({ number });
	const check = parsed?.success
		? { number, ...(await caller.callRestrictions.check(parsed.data)) }
		: null;
	return {
		restrictions,
		phoneSystems: options.phoneSystems,
		sort,
		editing:
			restrictions.find((r) => r.id === params.get('edit') && r.origin === 'company') ?? null,
		number,
		check,
		checkInvalid: parsed !== null && !parsed.success
	};
};

function values(form: FormData) {
	return {
		name: text(form, 'name'),
		pattern: text(form, 'pattern'),
		pbxSystem: text(form, 'pbxSystem') || null,
		rule: text(form, 'rule')
	};
}

export const actions = {
	create: async (event) => {
		const input = values(await event.request.formData());
		const result = await submitForm(
			event,
			restrictionCreateSchema,
			input,
			(i) => api(event).callRestrictions.create(i),
			{
				echo: input,
				form: 'restriction'
			}
		);
		return failed(result) ? result : { added: result.name };
	},
	update: async (event) => {
		const form = await event.request.formData();
		const input = { id: text(form, 'id'), ...values(form) };
		const result = await submitForm(
			event,
			restrictionUpdateSchema,
			input,
			(i) => api(event).callRestrictions.update(i),
			{
				echo: input,
				form: 'restriction'
			}
		);
		return failed(result) ? result : { saved: result.name };
	},
	remove: async (event) => {
		const form = await event.request.formData();
		const result = await submitForm(
			event,
			restrictionRemoveSchema,
			{ id: text(form, 'id') },
			(i) => api(event).callRestrictions.remove(i),
			{ form: 'remove' }
		);
		return failed(result) ? result : { removed: true };
	}
} satisfies Actions;
