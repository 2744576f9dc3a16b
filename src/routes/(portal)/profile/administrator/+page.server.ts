import { administratorUpdateSchema, changePasswordSchema } from '$lib/schemas/administrator';
import { getRuntime } from '$lib/server/app';
import { failed, submitForm, text } from '$lib/server/forms';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const caller = api(event);
	const [profile, options, sessions] = await Promise.all([
		caller.profile.get(),
		caller.meta.options(),
		caller.auth.sessions()
	]);
	return {
		administrator: profile.administrator,
		companyName: profile.company.name,
		country: profile.general.country,
		languages: options.languages,
		sessions,
		idleMinutes: getRuntime().config.SESSION_IDLE_MINUTES
	};
};

export const actions = {
	update: async (event) => {
		const form = await event.request.formData();
		const values = {
			name: text(form, 'name'),
			language: text(form, 'language'),
			email: text(form, 'email'),
			phone: text(form, 'phone'),
			expectedVersion: Number(text(form, 'expectedVersion'))
		};
		const currentPassword = text(form, 'currentPassword') || undefined;
		const result = await submitForm(
			event,
			administratorUpdateSchema,
			{ ...values, currentPassword },
			(input) => api(event).administrator.update(input),
			{ echo: values, form: 'update' } // never the password
		);
		return failed(result) ? result : { saved: 'update' as const };
	},

	password: async (event) => {
		const form = await event.request.formData();
		const result = await submitForm(
			event,
			changePasswordSchema,
			{
				currentPassword: text(form, 'currentPassword'),
				newPassword: text(form, 'newPassword'),
				confirmPassword: text(form, 'confirmPassword')
			},
			(input) => api(event).administrator.changePassword(input),
			{ form: 'password' }
		);
		return failed(result) ? result : { saved: 'password' as const };
	},

	revokeOthers: async (event) => {
		const { ended } = await api(event).auth.revokeOtherSessions();
		return { saved: 'revokeOthers' as const, ended };
	}
} satisfies Actions;
