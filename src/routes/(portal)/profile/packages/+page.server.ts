import { packagesUpdateSchema } from '$lib/schemas/packages';
import { failed, submitForm } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	packages: await api(event).packages.list()
});

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		// One hidden `package` per row the administrator may change (inactive ones are not sent).
		const items = form.getAll('package').map((id) => ({
			packageId: String(id),
			offered: form.has(`offered:${id}`),
			isDefault: form.has(`default:${id}`)
		}));
		const result = await submitForm(
			event,
			packagesUpdateSchema,
			{ items },
			(input) => api(event).packages.update(input),
			{ echo: { items } }
		);
		return failed(result) ? result : { saved: true };
	}
} satisfies Actions;
