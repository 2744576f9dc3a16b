import { redirect } from '@sveltejs/kit';
import { languageName } from '$lib/i18n/names';
import { loginSchema } from '$lib/schemas/auth';
import { getRuntime } from '$lib/server/app';
import { failed, submitForm, text } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = url.searchParams.get('redirectTo');
	if (locals.session) redirect(303, safeRedirectTarget(redirectTo));
	// The other languages, each named in itself, for the switch under the form.
	const otherLanguages = getRuntime()
		.config.SUPPORTED_LANGUAGES.filter((l) => l !== locals.locale)
		.map((l) => ({ value: l, label: languageName(l, l) }));
	return {
		redirectTo: redirectTo ?? '',
		signedOut: url.searchParams.has('signedOut'),
		sessionEnded: url.searchParams.has('sessionEnded'),
		otherLanguages,
		back: url.pathname + url.search
	};
};

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = text(form, 'email');
		const result = await submitForm(
			event,
			loginSchema,
			{ email, password: text(form, 'password') },
			(input) => api(event).auth.login(input),
			{ echo: { email } }
		);
		if (failed(result)) return result;
		redirect(303, safeRedirectTarget(text(form, 'redirectTo')));
	}
} satisfies Actions;
