package org.switchboard.callcontrol.tests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.switchboard.model.DialPermission;
import org.switchboard.model.WakeUpOutcome;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxEndpoint;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;

/**
 * A PBX gateway that records each operation as {@code name(arg, arg)} and answers as the test says: by default at
 * once with success; a test may make an operation fail, throw, answer with no future, or answer later.
 */
final class RecordingGateway implements PbxGateway {

	final List<String> operations = new CopyOnWriteArrayList<>();
	final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, Supplier<CompletableFuture<Void>>> answers = new ConcurrentHashMap<>();
	private final LiveModel model;

	RecordingGateway(LiveModel model) {
		this.model = model;
	}

	/** The operation (by name) answers with what the supplier gives (or throws). */
	void answer(String operation, Supplier<CompletableFuture<Void>> answer) {
		answers.put(operation, answer);
	}

	void fail(String operation, RuntimeException error) {
		answer(operation, () -> CompletableFuture.failedFuture(error));
	}

	private CompletableFuture<Void> op(String name, Object... args) {
		StringBuilder b = new StringBuilder(name).append('(');
		for (int i = 0; i < args.length; i++) {
			b.append(i == 0 ? "" : ", ").append(args[i]);
		}
		operations.add(b.append(')').toString());
		Supplier<CompletableFuture<Void>> answer = answers.get(name);
		return answer == null ? CompletableFuture.completedFuture(null) : answer.get();
	}

	@Override
	public LiveModel model() {
		return model;
	}

	@Override
	public CompletableFuture<Void> connect(PbxEndpoint endpoint) {
		return op("connect");
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return op("disconnect");
	}

	@Override
	public void addListener(PbxListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(PbxListener listener) {
		listeners.remove(listener);
	}

	@Override
	public CompletableFuture<Void> call(String operatorExtension, String number) {
		return op("call", operatorExtension, number);
	}

	@Override
	public CompletableFuture<Void> answer(String queue, String callerUniqueId, String operatorExtension) {
		return op("answer", queue, callerUniqueId, operatorExtension);
	}

	@Override
	public CompletableFuture<Void> hangup(String channelUniqueId) {
		return op("hangup", channelUniqueId);
	}

	@Override
	public CompletableFuture<Void> hold(String channelUniqueId) {
		return op("hold", channelUniqueId);
	}

	@Override
	public CompletableFuture<Void> resume(String heldChannelUniqueId, String operatorExtension) {
		return op("resume", heldChannelUniqueId, operatorExtension);
	}

	@Override
	public CompletableFuture<Void> blindTransfer(String operatorChannelUniqueId, String target) {
		return op("blindTransfer", operatorChannelUniqueId, target);
	}

	@Override
	public CompletableFuture<Void> attendedTransfer(String operatorChannelUniqueId, String target) {
		return op("attendedTransfer", operatorChannelUniqueId, target);
	}

	@Override
	public CompletableFuture<Void> monitor(String operatorExtension, String targetExtension) {
		return op("monitor", operatorExtension, targetExtension);
	}

	@Override
	public CompletableFuture<Void> barge(String operatorExtension, String targetExtension) {
		return op("barge", operatorExtension, targetExtension);
	}

	@Override
	public CompletableFuture<Void> forceRelease(String extension) {
		return op("forceRelease", extension);
	}

	@Override
	public CompletableFuture<Void> setDnd(String extension, boolean on) {
		return op("setDnd", extension, on);
	}

	@Override
	public CompletableFuture<Void> setDialPermission(String extension, DialPermission permission) {
		return op("setDialPermission", extension, permission);
	}

	@Override
	public CompletableFuture<WakeUpOutcome> wakeUp(String extension, String prompt, Duration ringFor) {
		op("wakeUp", extension, prompt, ringFor);
		return CompletableFuture.completedFuture(WakeUpOutcome.ANSWERED);
	}

	@Override
	public CompletableFuture<Void> setNightService(String queue, boolean on, String nightNumber, String prompt) {
		return op("setNightService", queue, on, nightNumber, prompt);
	}

	@Override
	public CompletableFuture<Void> setOperatorOnline(String queue, String operatorExtension, boolean online) {
		return op("setOperatorOnline", queue, operatorExtension, online);
	}

	@Override
	public void close() {
		operations.add("close()");
	}
}
