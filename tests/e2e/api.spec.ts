import { expect, test } from '@playwright/test';
import { TRPCClientError } from '@trpc/client';
import { connect } from '../../examples/client';
import type { AppRouter } from '../../src/lib/server/trpc/router';
import { accounts } from './helpers';

// The README's developer example, run for real against the production server.

test("a developer's script signs in and calls profile.get and general.update", async ({
	baseURL
}) => {
	const api = await connect(baseURL!, accounts.french.email, accounts.french.password);
	const { general } = await api.profile.get.query();
	expect(general.name).toBe('Société Exemple');

	const saved = await api.general.update.mutate({
		name: 'Société Exemple SAS',
		country: general.country,
		pbxSystem: general.pbxSystem,
		firstLanguage: general.firstLanguage,
		secondLanguage: 'en',
		expectedVersion: general.version
	});
	expect(saved).toMatchObject({
		name: 'Société Exemple SAS',
		secondLanguage: 'en',
		version: general.version + 1
	});

	// The same version again is stale: a CONFLICT with a stable code, in the administrator's language.
	const stale = await api.general.update
		.mutate({ ...saved, expectedVersion: general.version })
		.catch((e: unknown) => e);
	if (!(stale instanceof TRPCClientError)) throw new Error('expected a refusal');
	const error: TRPCClientError<AppRouter> = stale;
	expect(error.data?.code).toBe('VERSION_CONFLICT');
	expect(error.message).toMatch(/^Quelqu’un d’autre a modifié cette section/);

	// Signed out, the script has no language of its own (no Accept-Language): the first supported.
	await api.auth.logout.mutate();
	await expect(api.profile.get.query()).rejects.toThrow('Sign in to continue.');
});

test('/healthz answers load balancers without touching sessions', async ({ baseURL }) => {
	const res = await fetch(`${baseURL}/healthz`, {
		headers: { cookie: 'session=not-a-real-session' }
	});
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ status: 'ok' });
	// A page would clear an unknown session cookie; /healthz never reads it.
	expect(res.headers.getSetCookie()).toEqual([]);
	expect(res.headers.get('cache-control')).toBe('no-store');
});
