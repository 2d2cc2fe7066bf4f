package org.switchboard.core.tests;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.switchboard.store.Store;
import org.switchboard.store.StoreLocation;

/**
 * The process {@link EmbeddedEngineTest} starts: opens the embedded store in the folder given, as the console does
 * first thing, and prints how many MBeans Derby registered ({@code derby-mbeans N}). Runs outside OSGi, on a plain
 * class path.
 */
public final class EngineChild {

	private EngineChild() {
	}

	public static void main(String[] args) throws Exception {
		try (Store store = Store.open(StoreLocation.embedded(Path.of(args[0])))) {
			// asked after the boot: asking creates the platform MBean server if Derby did not
			int beans = ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("org.apache.derby:*"), null)
					.size();
			System.out.println("derby-mbeans " + beans);
		}
	}
}
