package org.switchboard.pbx;

/**
 * Offered as an OSGi service by each PBX back-end bundle; the console picks one by {@link #vendor()}.
 */
public interface PbxGatewayFactory {

	/** A short id of the back-end, e.g. {@code "asterisk"}. */
	String vendor();

	/** A new, unconnected gateway with its own live model. */
	PbxGateway create();

	/**
	 * Loads and initialises, once per process, what the back-end's first connection needs whoever connects (its
	 * classes, its library's tables), so that a console can do it while the operator types instead of after the
	 * Enter. Connects nothing; safe to call on any thread and more than once; a failure here is the first
	 * connection's to tell, so it throws nothing. The default does nothing.
	 */
	default void prepare() {
		// nothing to prepare
	}
}
