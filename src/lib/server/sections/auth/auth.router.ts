import { loginSchema } from '$lib/schemas/auth';
import { LANGUAGE_COOKIE, languageCookieOptions, sessionCookieOptions } from '../../auth/cookie';
import { actorOf, record } from '../../audit/audit';
import { protectedProcedure, publicProcedure, router } from '../../trpc/init';
import { describeSession, signIn } from './auth.service';
import { activeSessions, endOtherSessions } from './sessions.service';

export const authRouter = router({
	/** Sets the session cookie; the answer carries no token, so scripts keep the cookie. */
	login: publicProcedure.input(loginSchema).mutation(async ({ ctx, input }) => {
		const { token, language } = await signIn(
			ctx.runtime,
			input,
			{ ip: ctx.request.ip, userAgent: ctx.request.userAgent },
			ctx.session
		);
		const origin = ctx.request.portalOrigin;
		ctx.cookies.set(ctx.runtime.sessions.cookieName, token, sessionCookieOptions(origin));
		// Remembered so that the sign-in page speaks the administrator's language next time.
		ctx.cookies.set(LANGUAGE_COOKIE, language, languageCookieOptions(origin));
		return { ok: true as const };
	}),

	/** Ends the session on the server, not only in the browser. */
	logout: publicProcedure.mutation(async ({ ctx }) => {
		if (ctx.session) {
			await record(ctx.runtime.db, {
				companyId: ctx.session.administrator.companyId,
				actor: actorOf(ctx),
				section: 'auth',
				action: 'signOut'
			});
			await ctx.runtime.sessions.invalidate(ctx.session.token);
		}
		ctx.cookies.delete(
			ctx.runtime.sessions.cookieName,
			sessionCookieOptions(ctx.request.portalOrigin)
		);
		return { ok: true as const };
	}),

	/** Who is signed in, or null. */
	me: publicProcedure.query(({ ctx }) => (ctx.session ? describeSession(ctx.session) : null)),

	/** This administrator's sessions that have not ended, the current one marked. */
	sessions: protectedProcedure.query(({ ctx }) => activeSessions(ctx.runtime, ctx.session)),

	/** Ends every other session of this administrator; answers how many. */
	revokeOtherSessions: protectedProcedure.mutation(async ({ ctx }) => ({
		ended: await endOtherSessions(ctx.runtime, ctx.session, actorOf(ctx))
	}))
});
