package org.switchboard.core.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.core.AccountService;
import org.switchboard.core.ConsoleServices;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.core.SessionService;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Store;

/**
 * The console's services in the E4 context, derived from its two roots: {@link ConsoleServices} and the
 * {@link OperatorSession} (both set by the application after login). Each is an OSGi service that E4 asks when a
 * context has no value of its own; E4 remembers which context values a function read and computes it again when
 * they change, so a handover or logout (a new or no session) reaches everything that injected these.
 */
public final class ConsoleFunctions {

	private ConsoleFunctions() {
	}

	private static ConsoleServices services(IEclipseContext context) {
		return context.get(ConsoleServices.class);
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(SessionService.class)
	public static final class Sessions extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			ConsoleServices s = services(context);
			return s == null ? null : s.sessions();
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(AccountService.class)
	public static final class Accounts extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			ConsoleServices s = services(context);
			return s == null ? null : s.accounts();
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(Store.class)
	public static final class Stores extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			ConsoleServices s = services(context);
			return s == null ? null : s.store();
		}
	}

	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(OperationLog.class)
	public static final class Log extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			ConsoleServices s = services(context);
			return s == null ? null : s.operationLog();
		}
	}

	/** The connected PBX, while an operator is logged in. */
	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(PbxGateway.class)
	public static final class Gateway extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			ConsoleServices s = services(context);
			if (s == null || context.get(OperatorSession.class) == null) {
				return null;
			}
			return s.sessions().gateway();
		}
	}

	/** The live model of the connected PBX, while an operator is logged in. */
	@Component(service = IContextFunction.class)
	@IContextFunction.ServiceContextKey(LiveModel.class)
	public static final class Live extends ContextFunction {
		@Override
		public Object compute(IEclipseContext context, String contextKey) {
			PbxGateway gateway = context.get(PbxGateway.class);
			return gateway == null ? null : gateway.model();
		}
	}
}
