package org.switchboard.nightservice.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.core.OperationLog;
import org.switchboard.core.OperatorSession;
import org.switchboard.nightservice.NightService;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.store.Store;

/**
 * The {@link NightService} of the E4 context, over its gateway, store, log and operator; computed again when they
 * change. The latest one is also what the exit option (an OSGi service, outside the E4 context) uses.
 */
@Component(service = IContextFunction.class)
@IContextFunction.ServiceContextKey(NightService.class)
public final class NightServiceFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		PbxGateway gateway = context.get(PbxGateway.class);
		OperatorSession session = context.get(OperatorSession.class);
		if (gateway == null || session == null) {
			NightServiceExitOption.current(null, null);
			return null;
		}
		NightService service = new NightService(gateway, context.get(Store.class), context.get(OperationLog.class),
				session::account);
		NightServiceExitOption.current(service, gateway);
		return service;
	}
}
