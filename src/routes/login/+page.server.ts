import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/schemas/auth';
import { failed, submitForm, text } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = url.searchParams.get('redirectTo');
	if (locals.session) redirect(303, safeRedirectTarget(redirectTo));
	return { redirectTo: redirectTo ?? '', signedOut: url.searchParams.has('signedOut') };
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
