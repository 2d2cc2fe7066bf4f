package org.switchboard.callcontrol.ui.neutral.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.callcontrol.CallAction;
import org.switchboard.callcontrol.ui.CallControlUiIds;
import org.switchboard.callcontrol.ui.neutral.tests.memory.MemoryDemoPbx;
import org.switchboard.callcontrol.ui.neutral.tests.memory.MemoryPbx;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.pbx.PbxException;
import org.switchboard.pbx.PbxGatewayFactory;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.testsupport.ScreenshotOnFailure;
import org.switchboard.testsupport.Ui;
import org.switchboard.ui.Palette;

/**
 * The home screen on a PBX back-end that is not Asterisk: demo mode in this test runtime logs in through the
 * in-memory PBX of this bundle (vendor {@value MemoryPbx#VENDOR}), which knows nothing of Asterisk, AMI or the
 * simulator. The extension panel, the dial pad, My calls, the status line and quick DND work on it unchanged.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NeutralHomeScreenTest {

	private static final String OP = NeutralHome.OPERATOR;
	private NeutralHome home;

	@BeforeEach
	void open() {
		home = NeutralHome.open();
	}

	@AfterEach
	void close() {
		home.close();
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: demo mode connected through the in-memory PBX, though the Asterisk back-end is installed")
	void theConsoleRunsOnTheInMemoryPbx() throws Exception {
		assertInstanceOf(MemoryPbx.class, home.gateway, "the console's PBX gateway");
		assertEquals(home.gateway.model(), home.model, "the context's live model is the gateway's");
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		List<Object> vendors = new ArrayList<>();
		for (ServiceReference<PbxGatewayFactory> ref : bundles.getServiceReferences(PbxGatewayFactory.class, null)) {
			vendors.add(ref.getProperty("vendor"));
		}
		assertTrue(vendors.containsAll(List.of("asterisk", MemoryPbx.VENDOR)), "installed back-ends: " + vendors);
		assertEquals(ConnectionStatus.CONNECTED, home.read(site -> site.getConnection().getStatus()));
		assertEquals(MemoryDemoPbx.HOST, home.read(site -> site.getConnection().getHost()));
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: the extension panel shows its 10 extensions with their states")
	void panelShowsTheSite() {
		assertEquals(MemoryPbx.EXTENSIONS, home.panel().totalCount());
		assertEquals(MemoryPbx.EXTENSIONS, home.panel().shownCount());
		for (int i = 0; i < MemoryPbx.EXTENSIONS; i++) {
			String number = String.valueOf(MemoryPbx.FIRST + i);
			assertNotNull(home.tile(number), number);
			assertEquals("Desk " + number, home.tile(number).view().name());
		}
		assertEquals("Idle", home.tile("1002").stateText());
		assertEquals(Palette.IDLE, home.tile("1002").accent());
		assertEquals("Do not disturb", home.tile(MemoryPbx.DND_EXTENSION).stateText());
		assertTrue(home.tile(MemoryPbx.DND_EXTENSION).view().dnd());
		assertEquals(Palette.DND, home.tile(MemoryPbx.DND_EXTENSION).accent());
		assertEquals("Unavailable", home.tile(MemoryPbx.UNREGISTERED_EXTENSION).stateText());
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: digits typed and Enter call an extension, connected in My calls with the callee in call; F4 hangs up")
	void dialPadCallAndHangup() {
		home.clickTile("1004", 1);
		home.panel().setFocus();
		Ui.flush();
		Ui.type("1003");
		Ui.waitUntil(() -> home.dialPad().number().getText().equals("1003"), "the digits in the dial pad");
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		home.dialPad().number().notifyListeners(SWT.KeyDown, enter);
		Ui.flush();

		home.waitForRow("1003", "Connected");
		assertEquals("Desk 1003", home.callTable().getItem(home.row("1003")).getText(1));
		home.waitForTile("1003", "In call", "with 1001 Desk 1001");
		home.waitForTile(OP, "In call", "with 1003 Desk 1003");
		assertTrue(home.dialPad().number().getText().isEmpty(), "the dial pad clears after the call");
		Ui.waitUntil(() -> home.status().contains("done"), "the status line reports success: " + home.status());
		assertEquals(List.of("1001 1003 CONNECTED"), home.read(site -> site.getCalls().stream()
				.map(c -> c.getCallerNumber() + " " + c.getCalleeNumber() + " " + c.getState()).toList()),
				"the PBX's call");

		Ui.waitUntil(() -> home.button(CallAction.HANGUP).isEnabled(), "hang-up possible");
		home.callTable().getShell().forceActive();
		home.callTable().setFocus();
		Ui.flush();
		Ui.press(SWT.F4, 0);
		Ui.waitUntil(() -> home.callTable().getItemCount() == 0, NeutralHome.TIMEOUT, () -> "My calls empty after F4");
		home.waitForTile("1003", "Idle", "Idle");
		home.waitForState(OP, "Idle");
		assertTrue(home.read(site -> site.getChannels().isEmpty() && site.getCalls().isEmpty()), "no call on the PBX");
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: a call to a DND extension shows the localized busy reason, to an unknown number that it does not exist")
	void refusedCallsInTheStatusLine() throws Exception {
		Properties texts = callControlTexts();
		String busy = texts.getProperty("reason.busy");
		// a number the PBX has no route for: the number does not exist (not "the call no longer exists")
		String notFound = java.text.MessageFormat.format(texts.getProperty("reason.noSuchNumber"), "1099");
		List<String> rang = new CopyOnWriteArrayList<>();
		PbxListener channels = event -> {
			if (event instanceof PbxEvent.ChannelUpdated u) {
				rang.add(u.channel().callerNumber());
			}
		};
		home.gateway.addListener(channels);
		try {
			Ui.setText(home.dialPad().number(), MemoryPbx.DND_EXTENSION);
			Ui.click(home.dialPad().button(CallAction.CALL));
			Ui.waitUntil(() -> home.status().contains(busy), NeutralHome.TIMEOUT,
					() -> "'" + busy + "' in the status line: " + home.status());
			assertTrue(home.status().endsWith(busy), home.status());
			assertFalse(home.status().contains(MemoryPbx.DND_EXTENSION + " is busy"),
					"the gateway's log message: " + home.status());
			assertTrue(rang.contains(OP), "the operator's phone rang first: " + rang);
			assertFalse(rang.contains(MemoryPbx.DND_EXTENSION), "the DND extension never rang");
			Ui.waitUntil(() -> home.callTable().getItemCount() == 0, NeutralHome.TIMEOUT,
					() -> "no call left in My calls");
			assertEquals(ExtensionStatus.DND, home.tile(MemoryPbx.DND_EXTENSION).view().status());

			Ui.setText(home.dialPad().number(), "1099");
			Ui.click(home.dialPad().button(CallAction.CALL));
			Ui.waitUntil(() -> home.status().contains(notFound), NeutralHome.TIMEOUT,
					() -> "'" + notFound + "' in the status line: " + home.status());
		} finally {
			home.gateway.removeListener(channels);
		}
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: quick DND from the tile's menu and from Ctrl+D changes the tile, and the PBX then refuses calls")
	void quickDnd() throws Exception {
		Menu menu = home.tileMenu("1005");
		Ui.click(Ui.menuItem(menu, "Set Do Not Disturb"));
		Ui.closeMenu(menu);
		home.waitForState("1005", "Do not disturb");
		assertEquals(Palette.DND, home.tile("1005").accent());

		home.clickTile("1006", 1);
		home.panel().getShell().forceActive();
		home.panel().setFocus();
		Ui.flush();
		Ui.press('d', SWT.CTRL);
		home.waitForState("1006", "Do not disturb");
		assertEquals(Set.of("1005", "1006", MemoryPbx.DND_EXTENSION), home.read(site -> Set.copyOf(site
				.getExtensions().stream().filter(e -> e.isDnd()).map(e -> e.getNumber()).toList())), "DND on the PBX");
		try {
			home.gateway.call("1002", "1006").get(NeutralHome.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			throw new AssertionError("the PBX connected a call to 1006 with DND on");
		} catch (ExecutionException e) {
			assertEquals(PbxException.Reason.BUSY, assertInstanceOf(PbxException.class, e.getCause()).reason());
		}
	}

	@Test
	@DisplayName("a non-Asterisk PBX back-end drives the home screen: Hold leaves the callee waiting on hold in My calls and on its tile; Resume reconnects")
	void holdAndResume() {
		home.clickTile("1002", 1);
		home.press(CallAction.CALL);
		home.waitForRow("1002", "Connected");

		home.press(CallAction.HOLD);
		home.waitForRow("1002", "On hold");
		home.waitForState("1002", "On hold");
		assertEquals(List.of("1002 held"), home.read(site -> site.getChannels().stream()
				.map(c -> c.getExtension().getNumber() + (c.isOnHold() ? " held" : "")).toList()),
				"on the PBX only the held party's channel is left");

		home.press(CallAction.RESUME);
		home.waitForRow("1002", "Connected");
		home.waitForTile("1002", "In call", "with 1001 Desk 1001");
		assertEquals(List.of("1001 1002 CONNECTED"), home.read(site -> site.getCalls().stream()
				.map(c -> c.getChannels().stream().map(x -> x.getExtension().getNumber()).sorted()
						.collect(Collectors.joining(" ")) + " " + c.getState())
				.toList()), "the PBX's call: the operator's phone and 1002 in one bridge");
	}

	/** callcontrol.ui's English texts (the test runtime runs in en_US), as the status line takes them. */
	private static Properties callControlTexts() throws Exception {
		Properties p = new Properties();
		try (InputStream in = FrameworkUtil.getBundle(CallControlUiIds.class).getEntry("OSGI-INF/l10n/bundle.properties")
				.openStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}
}
