import { assistantUpdateSchema } from '$lib/schemas/assistant';
import { failed, runAction, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [assistant, mailAccess] = await Promise.all([
		caller.assistant.get(),
		caller.mailAccess.get()
	]);
	return { assistant, hasMailAccess: mailAccess !== null };
};

export const actions = {
	save: async (event) => {
		const form = await event.request.formData();
		// The mailbox password is never echoed back into the page.
		const values = { name: text(form, 'name'), email: text(form, 'email') };
		const mailboxPassword = text(form, 'mailboxPassword');
		const result = await submitForm(
			event,
			assistantUpdateSchema,
			{
				...values,
				mailboxPassword: mailboxPassword === '' ? undefined : mailboxPassword,
				expectedVersion: Number(text(form, 'expectedVersion'))
			},
			(input) => api(event).assistant.update(input),
			{ echo: values, form: 'save' }
		);
		return failed(result) ? result : { saved: true };
	},
	check: async (event) => {
		const result = await runAction(event, () => api(event).assistant.checkMailbox(), {
			form: 'check'
		});
		return failed(result) ? result : { check: result };
	}
} satisfies Actions;
