package org.switchboard.settings;

import org.switchboard.model.DialPermission;

/**
 * A change made from what the operator saw was not sent: the extension's setting had been changed meanwhile (by
 * another console or a phone's feature code), to {@link #now()}. The operator decides again with that in view.
 */
public final class ChangedElsewhereException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String extension;
	private final transient DialPermission now;

	public ChangedElsewhereException(String extension, DialPermission now) {
		super("The dial permission of " + extension + " was changed meanwhile, to " + now + "; nothing was changed.");
		this.extension = extension;
		this.now = now;
	}

	public String extension() {
		return extension;
	}

	/** The level the extension has now ({@code null}: the PBX no longer has the extension). */
	public DialPermission now() {
		return now;
	}
}
