// What a client is told of a refused call or form, shared by the server and the pages.

/** A stable code, a message in the caller's language, and messages per input field. */
export interface ErrorPayload {
	code: string;
	message: string;
	fieldErrors: Record<string, string[]>;
}

/** A refused form: the messages, the values to show again, and which form it was. */
export type FormFailure = ErrorPayload & { values: Record<string, unknown>; form?: string };
