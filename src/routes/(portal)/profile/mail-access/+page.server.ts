import { mailDetectSchema, mailSettingsSchema, mailTestSchema } from '$lib/schemas/mail-access';
import { failed, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [mailAccess, options] = await Promise.all([caller.mailAccess.get(), caller.meta.options()]);
	return { mailAccess, serverTypes: options.mailServerTypes };
};

const settingsOf = (form: FormData) => ({
	serverType: text(form, 'serverType'),
	host: text(form, 'host'),
	port: Number(text(form, 'port')),
	security: text(form, 'security'),
	mailDomain: text(form, 'mailDomain'),
	smtpHost: text(form, 'smtpHost'),
	smtpPort: Number(text(form, 'smtpPort')),
	smtpSecurity: text(form, 'smtpSecurity')
});

export const actions = {
	save: async (event) => {
		const values = settingsOf(await event.request.formData());
		const result = await submitForm(
			event,
			mailSettingsSchema,
			values,
			(input) => api(event).mailAccess.update(input),
			{
				echo: values,
				form: 'save'
			}
		);
		return failed(result) ? result : { saved: true };
	},
	/** Tests what the form holds, saved or not; the test password is neither stored nor echoed. */
	test: async (event) => {
		const form = await event.request.formData();
		const settings = settingsOf(form);
		const username = text(form, 'testUsername');
		const password = text(form, 'testPassword');
		const login = username || password ? { username, password } : undefined;
		const echo = { ...settings, testUsername: username };
		const result = await submitForm(
			event,
			mailTestSchema,
			{ ...settings, login },
			(input) => api(event).mailAccess.test(input),
			{
				echo,
				form: 'test'
			}
		);
		return failed(result) ? result : { test: result, values: echo };
	},
	detect: async (event) => {
		const settings = settingsOf(await event.request.formData());
		const result = await submitForm(
			event,
			mailDetectSchema,
			{ mailDomain: settings.mailDomain },
			(input) => api(event).mailAccess.detect(input),
			{ echo: settings, form: 'detect' }
		);
		if (failed(result)) return result;
		return {
			detected: { ...result, domain: settings.mailDomain },
			values: { ...settings, ...result.suggestion }
		};
	}
} satisfies Actions;
