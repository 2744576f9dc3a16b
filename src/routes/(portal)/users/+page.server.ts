import { userCreateSchema, userRemoveSchema } from '$lib/schemas/users';
import { failed, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [users, packages] = await Promise.all([caller.users.list(), caller.packages.list()]);
	return { ...users, packages: packages.filter((p) => p.offered) };
};

export const actions = {
	create: async (event) => {
		const form = await event.request.formData();
		const values = {
			firstName: text(form, 'firstName'),
			lastName: text(form, 'lastName'),
			email: text(form, 'email'),
			extension: text(form, 'extension'),
			packageIds: form.getAll('packageIds').map(String)
		};
		const result = await submitForm(
			event,
			userCreateSchema,
			values,
			(input) => api(event).users.create(input),
			{ echo: values, form: 'create' }
		);
		return failed(result) ? result : { created: `${result.firstName} ${result.lastName}` };
	},

	remove: async (event) => {
		const form = await event.request.formData();
		const result = await submitForm(
			event,
			userRemoveSchema,
			{ id: text(form, 'id') },
			(input) => api(event).users.remove(input),
			{ form: 'remove' }
		);
		return failed(result) ? result : { removed: text(form, 'name') };
	}
} satisfies Actions;
