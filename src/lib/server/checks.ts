import { translate } from '$lib/i18n';
import type { Language } from '$lib/schemas/common';
import type { CheckResult } from './services/outbound/check';

/** A check as every test procedure returns it: the page and a script read the same result. */
export interface CheckReport {
	ok: boolean;
	steps: { step: string; ok: boolean; ms: number; message: string }[];
}

export function reportCheck(result: CheckResult, locale: Language): CheckReport {
	return {
		ok: result.ok,
		steps: result.steps.map(({ step, ok, ms, key, params }) => ({
			step,
			ok,
			ms,
			message: translate(locale, key, params)
		}))
	};
}
