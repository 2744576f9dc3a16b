import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { administratorRouter } from '../sections/administrator/administrator.router';
import { assistantRouter } from '../sections/assistant/assistant.router';
import { auditRouter } from '../sections/audit/audit.router';
import { authRouter } from '../sections/auth/auth.router';
import { billingRouter } from '../sections/billing/billing.router';
import { callRestrictionsRouter } from '../sections/call-restrictions/call-restrictions.router';
import { generalRouter } from '../sections/general/general.router';
import { mailAccessRouter } from '../sections/mail-access/mail-access.router';
import { metaRouter } from '../sections/meta/meta.router';
import { packagesRouter } from '../sections/packages/packages.router';
import { phoneNumbersRouter } from '../sections/phone-numbers/phone-numbers.router';
import { profileRouter } from '../sections/profile/profile.router';
import { provisioningRouter } from '../sections/provisioning/provisioning.router';
import { usersRouter } from '../sections/users/users.router';
import { createCallerFactory, router } from './init';

export const appRouter = router({
	auth: authRouter,
	profile: profileRouter,
	general: generalRouter,
	administrator: administratorRouter,
	assistant: assistantRouter,
	provisioning: provisioningRouter,
	mailAccess: mailAccessRouter,
	packages: packagesRouter,
	users: usersRouter,
	phoneNumbers: phoneNumbersRouter,
	billing: billingRouter,
	audit: auditRouter,
	callRestrictions: callRestrictionsRouter,
	meta: metaRouter
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
