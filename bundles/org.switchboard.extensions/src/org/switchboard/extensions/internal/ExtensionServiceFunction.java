package org.switchboard.extensions.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.core.OperationLog;
import org.switchboard.extensions.ExtensionService;
import org.switchboard.pbx.PbxGateway;

/**
 * The {@link ExtensionService} of the E4 context: over the context's PBX gateway and operation log, and computed
 * again when they change (none while nobody is logged in).
 */
@Component(service = IContextFunction.class)
@IContextFunction.ServiceContextKey(ExtensionService.class)
public final class ExtensionServiceFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		PbxGateway gateway = context.get(PbxGateway.class);
		return gateway == null ? null : new ExtensionService(gateway, context.get(OperationLog.class));
	}
}
