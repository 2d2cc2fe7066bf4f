package org.switchboard.admin.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.admin.AdminService;
import org.switchboard.core.AccountService;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.store.Store;

/**
 * The {@link AdminService} of the E4 context, while someone is logged in; it reads the session so that E4 computes
 * it again after a handover (the service checks the role of whoever is logged in at each call anyway).
 */
@Component(service = IContextFunction.class)
@IContextFunction.ServiceContextKey(AdminService.class)
public final class AdminServiceFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		if (context.get(OperatorSession.class) == null) {
			return null;
		}
		SessionService sessions = context.get(SessionService.class);
		AccountService accounts = context.get(AccountService.class);
		Store store = context.get(Store.class);
		if (sessions == null || accounts == null || store == null) {
			return null;
		}
		return new AdminService(sessions, accounts, store, context.get(OperationLog.class));
	}
}
