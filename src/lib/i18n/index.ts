import i18n from 'sveltekit-i18n';
import { type Language, UI_LANGUAGES } from '$lib/languages';
import type { Messages } from './by-section';

// One module per language (locales/<lang>.ts: all of src/lib/i18n/<lang>/*.json), so that the
// browser downloads only its reader's language. The server holds every language from the start;
// the browser loads its reader's before the first render (root +layout.ts) and another on a switch.
const modules = import.meta.glob<Messages>('./locales/*.ts', { import: 'default' });

export const translations: Partial<Record<Language, Messages>> = {};

// sveltekit-i18n's `locale` store is one per process, shared by every request during SSR; it is
// never set here. Every translation names its locale explicitly through `l`.
const { l, addTranslations } = new i18n({
	translations: {},
	fallbackLocale: 'en',
	log: { level: 'error' }
});

// Most texts take no values and a page shows dozens: each is looked up and parsed once per
// language (sveltekit-i18n's lookup was a tenth of a server-rendered /profile's CPU).
const plain = new Map<string, string>();

const loading = new Map<Language, Promise<void>>();

/**
 * Makes `locale`'s translations available; once per language. Only that one: every language has
 * every key (tests/unit/i18n.test.ts), so the English fallback is never needed in a browser.
 */
export function loadTranslations(locale: Language): Promise<void> {
	let pending = loading.get(locale);
	if (!pending) {
		pending = modules[`./locales/${locale}.ts`]().then((messages) => {
			translations[locale] = messages;
			addTranslations({ [locale]: messages });
			plain.clear();
		});
		loading.set(locale, pending);
	}
	return pending;
}

if (import.meta.env.SSR) await Promise.all(UI_LANGUAGES.map(loadTranslations));

export type TranslationVars = Record<string, string | number | Date | null | undefined>;

export function translate(locale: Language, key: string, vars?: TranslationVars): string {
	if (vars) return l.get(locale, key, vars);
	const id = `${locale}:${key}`;
	const known = plain.get(id);
	if (known !== undefined) return known;
	const text = l.get(locale, key);
	plain.set(id, text);
	return text;
}

export { isLanguage } from '$lib/languages';

/**
 * The best of `supported` for an Accept-Language header (q-values honoured, region ignored),
 * or the first supported language.
 */
export function negotiateLanguage(header: string | null, supported: readonly Language[]): Language {
	const ranked = (header ?? '')
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
		})
		.filter((r) => r.lang && Number.isFinite(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { lang } of ranked) {
		const match = supported.find((s) => s === lang);
		if (match) return match;
	}
	return supported[0];
}
