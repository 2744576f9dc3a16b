import { logError } from '../../log';

/**
 * A check is a list of steps (resolve the name, connect, TLS, greeting, sign-in...) run in
 * order, each with its own timeout inside a bound for the whole check. Every step ends with a
 * message key (translated by whoever shows it) and its duration; the first failure stops the
 * check. Nothing raw (an exception's text) reaches the result.
 */
export interface StepOutcome {
	step: string;
	ok: boolean;
	ms: number;
	/** A key under `checks.` in the translations, with its values. */
	key: string;
	params: Record<string, string | number>;
}

export interface CheckResult {
	ok: boolean;
	steps: StepOutcome[];
}

export interface CheckLimits {
	stepTimeoutMs: number;
	checkTimeoutMs: number;
}

/** A step's expected failure: the message to show and what to try. */
export class StepFailure extends Error {
	constructor(
		readonly key: string,
		readonly params: Record<string, string | number> = {}
	) {
		super(key);
	}
}

/** Thrown by `run` once a step has failed, so that the caller's sequence stops there. */
class CheckStopped extends Error {}

export type StepBody<T> = (
	signal: AbortSignal,
	timeoutMs: number
) => Promise<{ value: T; key: string; params?: Record<string, string | number> }>;

/** Removes control characters and cuts what a remote server said to something showable. */
export const showable = (text: string, max = 200) =>
	// eslint-disable-next-line no-control-regex
	text
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.trim()
		.slice(0, max);

export class Check {
	readonly steps: StepOutcome[] = [];
	private readonly deadline: number;

	constructor(private limits: CheckLimits) {
		this.deadline = performance.now() + limits.checkTimeoutMs;
	}

	/** Runs one step; on failure records it and stops the check (see `conclude`). */
	async run<T>(step: string, body: StepBody<T>): Promise<T> {
		const started = performance.now();
		const remaining = Math.max(0, this.deadline - started);
		const timeoutMs = Math.min(this.limits.stepTimeoutMs, remaining);
		const record = (ok: boolean, key: string, params: Record<string, string | number> = {}) =>
			this.steps.push({ step, ok, ms: Math.round(performance.now() - started), key, params });

		const controller = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		const timedOut = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				controller.abort();
				const whole = remaining < this.limits.stepTimeoutMs;
				reject(
					new StepFailure(whole ? 'checks.checkTimeout' : `checks.${step}.timeout`, {
						seconds: Math.round(timeoutMs / 100) / 10
					})
				);
			}, timeoutMs);
		});
		try {
			const { value, key, params } = await Promise.race([
				body(controller.signal, timeoutMs),
				timedOut
			]);
			record(true, key, params);
			return value;
		} catch (e) {
			if (e instanceof StepFailure) record(false, e.key, e.params);
			else {
				logError(`check step ${step}`, e);
				record(false, 'checks.unexpected');
			}
			throw new CheckStopped();
		} finally {
			// The signal aborts on timeout only: what a step opened (a socket) may serve the next.
			clearTimeout(timer);
		}
	}

	/** Runs a sequence of steps; a failed step ends it, and the result says so. */
	async conclude(sequence: () => Promise<void>): Promise<CheckResult> {
		try {
			await sequence();
		} catch (e) {
			if (!(e instanceof CheckStopped)) throw e;
		}
		return { ok: this.steps.length > 0 && this.steps.every((s) => s.ok), steps: this.steps };
	}
}
