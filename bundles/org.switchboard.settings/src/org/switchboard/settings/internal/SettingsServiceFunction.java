package org.switchboard.settings.internal;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.switchboard.core.OperationLog;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.settings.SettingsService;

/**
 * The {@link SettingsService} of the E4 context: over the context's PBX gateway and operation log, computed again
 * when they change (none while nobody is logged in).
 */
@Component(service = IContextFunction.class)
@IContextFunction.ServiceContextKey(SettingsService.class)
public final class SettingsServiceFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		PbxGateway gateway = context.get(PbxGateway.class);
		return gateway == null ? null : new SettingsService(gateway, context.get(OperationLog.class));
	}
}
