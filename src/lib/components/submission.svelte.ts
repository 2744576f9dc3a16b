import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * The progressive enhancement every form here shares: a pending flag for the button, the
 * typed values kept after a refusal, and the keyboard moved to the first refused field (else
 * `focusOnFailure`) so the user lands where they have to act.
 */
export class Submission {
	pending = $state(false);

	constructor(
		private options: {
			focusOnFailure?: string;
			onFailure?: () => void;
			onSuccess?: (form: HTMLFormElement) => void;
		} = {}
	) {}

	enhance: SubmitFunction = () => {
		this.pending = true;
		return async ({ update, result, formElement }) => {
			await update({ reset: false });
			this.pending = false;
			if (result.type === 'success') this.options.onSuccess?.(formElement);
			if (result.type !== 'failure') return;
			this.options.onFailure?.();
			await tick();
			const { focusOnFailure } = this.options;
			const target =
				formElement.querySelector<HTMLElement>('[aria-invalid="true"]') ??
				(focusOnFailure
					? formElement.querySelector<HTMLElement>(`[name="${focusOnFailure}"]`)
					: null);
			target?.focus();
		};
	};
}
