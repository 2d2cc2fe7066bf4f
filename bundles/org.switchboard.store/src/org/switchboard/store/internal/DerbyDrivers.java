package org.switchboard.store.internal;

import java.sql.Driver;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Derby's JDBC drivers. Since 10.15 the drivers live in packages the derby bundle does not export, and
 * {@code DriverManager} refuses drivers the caller's class loader cannot see; so the drivers are loaded through the
 * bundle that holds them (derby, or derbyclient for the network client) and used
 * through {@link Driver#connect} directly. Outside OSGi (the benchmark) the class path has them.
 */
public final class DerbyDrivers {

	private static final String EMBEDDED = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
	private static final String CLIENT = "org.apache.derby.client.ClientAutoloadedDriver";

	private DerbyDrivers() {
	}

	public static Driver embedded() {
		return driver("derby", EMBEDDED);
	}

	public static Driver client() {
		return driver("derbyclient", CLIENT);
	}

	/**
	 * Loads a class of Derby's embedded engine, network server (derbynet fragment) or tools (derbytools fragment),
	 * inside or outside OSGi.
	 */
	public static Class<?> derbyClass(String name) throws ClassNotFoundException {
		return loadClass(name, "derby");
	}

	private static Class<?> loadClass(String name, String bundle) throws ClassNotFoundException {
		Bundle b = bundle(bundle);
		return b != null ? b.loadClass(name) : Class.forName(name);
	}

	private static Driver driver(String bundle, String className) {
		try {
			return (Driver) loadClass(className, bundle).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new IllegalStateException("Derby's JDBC driver " + className + " is missing from the installation", e);
		}
	}

	private static Bundle bundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(DerbyDrivers.class);
		if (self == null) {
			return null;
		}
		BundleContext context = self.getBundleContext();
		if (context == null) {
			return null;
		}
		for (Bundle b : context.getBundles()) {
			if (symbolicName.equals(b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}
}
