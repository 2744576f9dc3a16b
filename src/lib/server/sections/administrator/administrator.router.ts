import { administratorUpdateSchema, changePasswordSchema } from '$lib/schemas/administrator';
import { LANGUAGE_COOKIE, languageCookieOptions, sessionCookieOptions } from '../../auth/cookie';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { changePassword, saveAccount } from './administrator.service';

export const administratorRouter = router({
	/** Name, language, e-mail (with currentPassword when it changes) and phone. */
	update: protectedProcedure.input(administratorUpdateSchema).mutation(async ({ ctx, input }) => {
		const who = {
			administratorId: ctx.administrator.id,
			companyId: ctx.companyId,
			ip: ctx.request.ip
		};
		const saved = await saveAccount(ctx.runtime, who, input, actorOf(ctx));
		ctx.cookies.set(
			LANGUAGE_COOKIE,
			saved.language,
			languageCookieOptions(ctx.request.portalOrigin)
		);
		return saved;
	}),

	/** Ends every session of this administrator and sets a new one for the caller. */
	changePassword: protectedProcedure
		.input(changePasswordSchema)
		.mutation(async ({ ctx, input }) => {
			const token = await changePassword(
				ctx.runtime,
				{
					administratorId: ctx.administrator.id,
					ip: ctx.request.ip,
					userAgent: ctx.request.userAgent
				},
				input,
				actorOf(ctx)
			);
			ctx.cookies.set(
				ctx.runtime.sessions.cookieName,
				token,
				sessionCookieOptions(ctx.request.portalOrigin)
			);
			return { ok: true as const };
		})
});
