import { loginSchema } from '$lib/schemas/auth';
import { sessionCookieOptions } from '../../auth/cookie';
import { publicProcedure, router } from '../../trpc/init';
import { describeSession, signIn } from './auth.service';

export const authRouter = router({
	/** Sets the session cookie; the answer carries no token, so scripts keep the cookie. */
	login: publicProcedure.input(loginSchema).mutation(async ({ ctx, input }) => {
		const token = await signIn(
			ctx.runtime,
			input,
			{ ip: ctx.request.ip, userAgent: ctx.request.userAgent },
			ctx.session
		);
		ctx.cookies.set(
			ctx.runtime.sessions.cookieName,
			token,
			sessionCookieOptions(ctx.request.portalOrigin)
		);
		return { ok: true as const };
	}),

	/** Ends the session on the server, not only in the browser. */
	logout: publicProcedure.mutation(async ({ ctx }) => {
		if (ctx.session) await ctx.runtime.sessions.invalidate(ctx.session.token);
		ctx.cookies.delete(
			ctx.runtime.sessions.cookieName,
			sessionCookieOptions(ctx.request.portalOrigin)
		);
		return { ok: true as const };
	}),

	/** Who is signed in, or null. */
	me: publicProcedure.query(({ ctx }) => (ctx.session ? describeSession(ctx.session) : null))
});
