import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

// The strength meter's estimate in the browser, loaded when a new password is first typed.
// The server's check (password-strength.ts) has more dictionaries and has the last word.

let factory: ZxcvbnFactory | undefined;

export function estimate(password: string, userInputs: string[]): number {
	factory ??= new ZxcvbnFactory({
		dictionary: common.dictionary,
		graphs: common.adjacencyGraphs
	});
	return factory.check(password.slice(0, 128), userInputs).score;
}
