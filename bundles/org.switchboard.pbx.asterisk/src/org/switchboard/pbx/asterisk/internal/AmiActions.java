package org.switchboard.pbx.asterisk.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;

import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.DbDelAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxException.Reason;

/** Sends single actions over the session and turns AMI errors into {@link PbxException}s. */
final class AmiActions {

	private final AmiSession session;

	AmiActions(AmiSession session) {
		this.session = session;
	}

	long timeout() {
		return session.endpoint().responseTimeout().toMillis();
	}

	/** Sends the action; an error response fails with a {@link PbxException}. */
	ManagerResponse send(ManagerAction action) throws IOException, TimeoutException {
		ManagerResponse r = sendQuietly(action);
		if (isError(r)) {
			throw pbxError(r.getMessage());
		}
		return r;
	}

	/** Sends the action and returns whatever the PBX answered, an error response included. */
	ManagerResponse sendQuietly(ManagerAction action) throws IOException, TimeoutException {
		if (AmiSession.AMI.isLoggable(Level.FINE)) {
			AmiSession.AMI.fine("-> " + action);
		}
		ManagerResponse r = session.requireConnection().sendAction(action, timeout());
		if (AmiSession.AMI.isLoggable(Level.FINE)) {
			AmiSession.AMI.fine("<- " + r);
		}
		return r;
	}

	/**
	 * Deletes an AstDB key. A key that is not there is already what we want: Asterisk answers {@code Error} /
	 * {@code Database entry could not be deleted} (transcript 16), older ones {@code ... not found}.
	 */
	void dbDel(String family, String key) throws IOException, TimeoutException {
		ManagerResponse r = sendQuietly(new DbDelAction(family, key));
		if (isError(r) && !isMissingKey(r.getMessage())) {
			throw pbxError(r.getMessage());
		}
	}

	static boolean isMissingKey(String message) {
		String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
		return m.contains("not found") || m.contains("could not be deleted");
	}

	private static boolean isError(ManagerResponse r) {
		return r instanceof ManagerError || (r != null && "Error".equalsIgnoreCase(r.getResponse()));
	}

	static PbxException pbxError(String message) {
		String m = message == null ? "" : message;
		String lower = m.toLowerCase(Locale.ROOT);
		if (lower.contains("no such channel") || lower.contains("not found")) {
			return new PbxException(Reason.NOT_FOUND, "The call or party no longer exists (" + m + ").");
		}
		if (lower.contains("permission denied")) {
			return new PbxException(Reason.REJECTED,
					"The manager user may not do this; see docs/asterisk for the rights it needs.");
		}
		return new PbxException(Reason.PBX_ERROR, "The PBX refused: " + m);
	}

	/** Any failure as a {@link PbxException}. */
	static PbxException translate(Throwable t) {
		while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
			t = t.getCause();
		}
		if (t instanceof PbxException p) {
			return p;
		}
		if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
			return new PbxException(Reason.TIMEOUT, "The PBX did not answer in time.", t);
		}
		if (t instanceof IOException || t instanceof IllegalStateException) {
			return new PbxException(Reason.NOT_CONNECTED, "Not connected to the PBX.", t);
		}
		return new PbxException(Reason.PBX_ERROR, "The PBX operation failed: " + t.getMessage(), t);
	}
}
