package org.switchboard.testsupport;

import java.util.Set;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Makes the UI-test runtime behave like the product. Tycho's UI harness needs the 3.x workbench bundle in the test
 * runtime (never in the product); that bundle contributes model processors that rewrite the application's binding
 * tables, commands and contexts from the 3.x extension registry, which drops the key bindings of our
 * Application.e4xmi and fragments. This activator (started early in UI tests) disables those processors.
 */
public class Activator implements BundleActivator, ServiceListener {

	private static final String LEGACY_BUNDLE = "org.eclipse.ui.workbench";
	private static final Set<String> LEGACY_PROCESSORS = Set.of("org.eclipse.ui.internal.BindingToModelProcessor",
			"org.eclipse.ui.internal.CommandToModelProcessor", "org.eclipse.ui.internal.ContextToModelProcessor");
	private static final String FILTER = "(objectClass=org.eclipse.e4.ui.workbench.modeling.IModelProcessorContribution)";

	private BundleContext context;

	@Override
	public void start(BundleContext bundleContext) throws Exception {
		context = bundleContext;
		context.addServiceListener(this, FILTER);
		ServiceReference<?>[] existing = context.getAllServiceReferences(null, FILTER);
		if (existing != null) {
			for (ServiceReference<?> ref : existing) {
				disableIfLegacy(ref);
			}
		}
	}

	@Override
	public void stop(BundleContext bundleContext) {
		bundleContext.removeServiceListener(this);
	}

	@Override
	public void serviceChanged(ServiceEvent event) {
		if (event.getType() == ServiceEvent.REGISTERED) {
			disableIfLegacy(event.getServiceReference());
		}
	}

	private void disableIfLegacy(ServiceReference<?> ref) {
		Object name = ref.getProperty("component.name");
		if (ref.getBundle() == null || !LEGACY_BUNDLE.equals(ref.getBundle().getSymbolicName())
				|| !LEGACY_PROCESSORS.contains(name)) {
			return;
		}
		ServiceReference<ServiceComponentRuntime> scrRef = context.getServiceReference(ServiceComponentRuntime.class);
		if (scrRef == null) {
			return;
		}
		ServiceComponentRuntime scr = context.getService(scrRef);
		try {
			ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(ref.getBundle(), (String) name);
			if (description != null) {
				scr.disableComponent(description);
			}
		} finally {
			context.ungetService(scrRef);
		}
	}
}
