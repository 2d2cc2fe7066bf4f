package org.switchboard.wakeup.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.core.ConsoleServices;
import org.switchboard.wakeup.WakeUpService;

/**
 * The {@link WakeUpService} of the E4 context: one per console (its {@link ConsoleServices}), started when first
 * asked for, and independent of the operator session, so wake-ups keep firing while nobody is logged in. Its PBX is
 * the console's connection, which stays up across logouts.
 */
@Component(service = IContextFunction.class)
@IContextFunction.ServiceContextKey(WakeUpService.class)
public final class WakeUpServiceFunction extends ContextFunction {

	private final Map<ConsoleServices, WakeUpService> services = new WeakHashMap<>();

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		ConsoleServices console = context.get(ConsoleServices.class);
		if (console == null) {
			return null;
		}
		synchronized (services) {
			return services.computeIfAbsent(console, c -> {
				WakeUpService s = new WakeUpService(c.store(), c.operationLog(), () -> c.sessions().gateway(),
						Clock.systemUTC(), ZoneId.systemDefault(), WakeUpService.Config.defaults());
				s.start();
				// the scheduler stops before the console closes its store, not after (the DS deactivation, at exit)
				c.onClose(() -> {
					synchronized (services) {
						services.remove(c);
					}
					s.close();
				});
				return s;
			});
		}
	}

	@Deactivate
	void stop() {
		synchronized (services) {
			services.values().forEach(WakeUpService::close);
			services.clear();
		}
	}
}
