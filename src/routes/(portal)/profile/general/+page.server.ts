import { generalUpdateSchema } from '$lib/schemas/general';
import { failed, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [profile, options] = await Promise.all([caller.profile.get(), caller.meta.options()]);
	return { general: profile.general, options };
};

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = {
			name: text(form, 'name'),
			country: text(form, 'country'),
			pbxSystem: text(form, 'pbxSystem'),
			firstLanguage: text(form, 'firstLanguage'),
			// An unticked "Second language" box means none, whatever the select still holds.
			secondLanguage: form.get('hasSecondLanguage') ? text(form, 'secondLanguage') : null,
			expectedVersion: Number(text(form, 'expectedVersion'))
		};
		const result = await submitForm(
			event,
			generalUpdateSchema,
			values,
			(input) => api(event).general.update(input),
			{ echo: values }
		);
		return failed(result) ? result : { saved: true };
	}
} satisfies Actions;
