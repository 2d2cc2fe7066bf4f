package org.switchboard.testsupport.pbx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.switchboard.model.DialPermission;
import org.switchboard.model.Extension;
import org.switchboard.model.SwitchboardFactory;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;

/**
 * A PBX gateway stand-in for logging in during UI tests, where no PBX behaviour is involved: connecting to the test demo PBX's
 * endpoint fills the live model with its extensions; any other endpoint is unreachable; every call-control
 * operation fails as not connected.
 */
public final class FakeGateway implements PbxGateway {

	final LiveModel model = new LiveModel("fake-live-model");
	final List<String> extensions;
	final PbxException connectFailure;
	final int reachablePort;
	int connects;
	boolean closed;

	public FakeGateway(List<String> extensions, int reachablePort) {
		this.extensions = extensions;
		this.connectFailure = null;
		this.reachablePort = reachablePort;
	}

	@Override
	public LiveModel model() {
		return model;
	}

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint endpoint) {
		connects++;
		if (endpoint.port() != reachablePort) {
			return CompletableFuture.failedFuture(
					new PbxException(PbxException.Reason.UNREACHABLE, "connection refused by " + endpoint));
		}
		return model.post(site -> {
			for (String number : extensions) {
				Extension e = SwitchboardFactory.eINSTANCE.createExtension();
				e.setNumber(number);
				site.getExtensions().add(e);
			}
		});
	}

	private static <T> CompletableFuture<T> no() {
		return CompletableFuture.failedFuture(new PbxException(PbxException.Reason.NOT_CONNECTED, "test double"));
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void addListener(PbxListener listener) {
	}

	@Override
	public void removeListener(PbxListener listener) {
	}

	@Override
	public CompletableFuture<Void> call(String operatorExtension, String number) {
		return no();
	}

	@Override
	public CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension) {
		return no();
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return no();
	}

	@Override
	public CompletableFuture<Void> hold(String channelUniqueId) {
		return no();
	}

	@Override
	public CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension) {
		return no();
	}

	@Override
	public CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target) {
		return no();
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return no();
	}

	@Override
	public CompletableFuture<Void> monitor(String operatorExtension, String targetExtension) {
		return no();
	}

	@Override
	public CompletableFuture<Void> barge(String operatorExtension, String targetExtension) {
		return no();
	}

	@Override
	public CompletableFuture<Void> forceRelease(String extension) {
		return no();
	}

	@Override
	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return no();
	}

	@Override
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return no();
	}

	@Override
	public CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor) {
		return no();
	}

	@Override
	public CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt) {
		return no();
	}

	@Override
	public CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online) {
		return no();
	}

	@Override
	public void close() {
		closed = true;
		model.close();
	}
}
