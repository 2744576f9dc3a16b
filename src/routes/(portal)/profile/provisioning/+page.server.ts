import { provisioningUpdateSchema } from '$lib/schemas/provisioning';
import { failed, runAction, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [provisioning, options] = await Promise.all([
		caller.provisioning.get(),
		caller.meta.options()
	]);
	return { provisioning, phoneSystems: options.phoneSystems };
};

export const actions = {
	save: async (event) => {
		const form = await event.request.formData();
		// The password is never echoed back into the page.
		const values = { pbxSystem: text(form, 'pbxSystem'), accountId: text(form, 'accountId') };
		const password = text(form, 'password');
		const result = await submitForm(
			event,
			provisioningUpdateSchema,
			{ ...values, password: password === '' ? undefined : password },
			(input) => api(event).provisioning.update(input),
			{ echo: values, form: 'save' }
		);
		return failed(result) ? result : { saved: true };
	},
	test: async (event) => {
		const result = await runAction(event, () => api(event).provisioning.test(), { form: 'test' });
		return failed(result) ? result : { test: result };
	},
	preview: async (event) => {
		const result = await runAction(event, () => api(event).provisioning.importPreview(), {
			form: 'import'
		});
		return failed(result) ? result : { preview: result };
	},
	import: async (event) => {
		const result = await runAction(event, () => api(event).provisioning.import(), {
			form: 'import'
		});
		return failed(result) ? result : { imported: result };
	}
} satisfies Actions;
