import { redirect } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n';
import { getRuntime } from '$lib/server/app';
import { LANGUAGE_COOKIE, languageCookieOptions } from '$lib/server/auth/cookie';
import { text } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/redirect';
import type { Actions, PageServerLoad } from './$types';

// The sign-in page's language switch. A preference cookie only: a signed-in administrator's
// language is part of their account (Administrator's account).
export const load: PageServerLoad = () => redirect(303, '/login');

export const actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const language = text(form, 'language');
		if (isLanguage(language) && getRuntime().config.SUPPORTED_LANGUAGES.includes(language)) {
			cookies.set(LANGUAGE_COOKIE, language, languageCookieOptions(url.origin));
		}
		redirect(303, safeRedirectTarget(text(form, 'back') || '/login'));
	}
} satisfies Actions;
