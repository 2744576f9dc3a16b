import { tick } from 'svelte';

/**
 * After a refused submit, puts the keyboard where the user has to act: the first field marked
 * invalid, else the named fallback field. The messages are already in the DOM by then.
 */
export async function focusFirstInvalid(form: HTMLFormElement, fallback?: string): Promise<void> {
	await tick();
	const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
	const target =
		invalid ?? (fallback ? form.querySelector<HTMLElement>(`[name="${fallback}"]`) : null);
	target?.focus();
}
