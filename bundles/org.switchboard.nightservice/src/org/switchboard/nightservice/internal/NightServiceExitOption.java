package org.switchboard.nightservice.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Component;
import org.switchboard.core.ExitOption;
import org.switchboard.core.OperatorSession;
import org.switchboard.model.NightServiceSetting;
import org.switchboard.nightservice.NightService;
import org.switchboard.nightservice.NightServiceException;
import org.switchboard.pbx.PbxGateway;

/**
 * Q2 "Exit and switch night service on": switches night service on with the number and prompt last saved (Business
 * management &gt; Night service), for every queue that has one.
 */
@Component(service = ExitOption.class)
public final class NightServiceExitOption implements ExitOption {

	public static final String ID = "nightservice.exit";

	private record Current(NightService service, PbxGateway gateway) {
	}

	private static final AtomicReference<Current> CURRENT = new AtomicReference<>();

	/** The logged-in console's night service (none while nobody is logged in). */
	static void current(NightService service, PbxGateway gateway) {
		CURRENT.set(service == null ? null : new Current(service, gateway));
	}

	private static ResourceBundle messages(Locale locale) {
		return ResourceBundle.getBundle("org.switchboard.nightservice.internal.messages",
				locale == null ? Locale.getDefault() : locale, NightServiceExitOption.class.getClassLoader());
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label(Locale locale) {
		return messages(locale).getString("exit.label");
	}

	@Override
	public String unavailableReason(OperatorSession session, Locale locale) {
		Current c = CURRENT.get();
		if (c == null) {
			return messages(locale).getString("exit.notConnected");
		}
		return Boolean.FALSE.equals(c.service().isConfigured()) ? messages(locale).getString("exit.notConfigured") : null;
	}

	@Override
	public CompletableFuture<Void> beforeExit(OperatorSession session) {
		Current c = CURRENT.get();
		if (c == null) {
			return CompletableFuture.failedFuture(new NightServiceException(NightServiceException.Reason.NO_QUEUE,
					"Not connected to the PBX."));
		}
		return c.service().allSaved().thenCompose(saved -> {
			List<NightServiceSetting> usable = saved.stream()
					.filter(s -> s.getNightNumber() != null && !s.getNightNumber().isBlank())
					.sorted(Comparator.comparing(NightServiceSetting::getQueue)).toList();
			if (usable.isEmpty()) {
				return CompletableFuture.failedFuture(new NightServiceException(
						NightServiceException.Reason.NOT_CONFIGURED,
						"No night number has been set up (Business management > Night service)."));
			}
			CompletableFuture<?>[] all = usable.stream()
					.map(s -> c.service().switchOn(s.getQueue(), s.getNightNumber(), s.getPrompt()))
					.toArray(CompletableFuture[]::new);
			return CompletableFuture.allOf(all);
		});
	}
}
