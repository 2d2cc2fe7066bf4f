package org.switchboard.extensions.ui.internal;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledToolItem;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarElement;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.ContactSearch;
import org.switchboard.core.NameDirectory;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.switchboard.extensions.ExtensionFeed;
import org.switchboard.pbx.live.ExtensionStatus;
import org.switchboard.pbx.live.ExtensionView;
import org.switchboard.extensions.ui.ExtensionsUiIds;
import org.switchboard.model.ConnectionStatus;
import org.switchboard.model.live.LiveModel;
import org.switchboard.pbx.PbxGateway;
import org.switchboard.pbx.PbxListener;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.ui.FrameCoalescer;
import org.switchboard.ui.Palette;
import org.switchboard.ui.ScreenPainted;
import org.switchboard.ui.Selections;
import org.switchboard.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The extension part: a filter, a legend, and the extensions as tiles (panel mode, default) or as a table (list
 * mode). Live: snapshots from the {@link ExtensionFeed} are coalesced per frame and applied to the shown view.
 */
public class ExtensionsPart implements PanelProbe {

	public enum Mode {
		PANEL, LIST
	}

	static final String STATE_MODE = "mode";
	static final String STATE_COLUMNS = "columns";
	static final String STATE_SORT = "sort";

	@Inject
	private MPart part;
	@Inject
	private MWindow window;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private EMenuService menuService;
	@Inject
	private EHandlerService handlerService;
	@Inject
	private ECommandService commandService;
	@Inject
	@Translation
	private Messages messages;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker broker;

	private Text filter;
	private Label count;
	private Composite body;
	private StackLayout stack;
	private TilePanel panel;
	private ExtensionTable list;
	/**
	 * The list is behind the tiles' data and the filter: while the tiles are shown the list is not kept up to date
	 * (with 10,000 extensions its first fill took 40-70 ms of the UI thread as the console started, and every filter
	 * key re-sorted it), but filled from the tiles' data when it is shown.
	 */
	private boolean listBehind;
	private Mode mode = Mode.PANEL;
	private ToolItem panelItem;
	private ToolItem listItem;
	private LiveModel model;
	private PbxGateway gateway;
	private PbxListener connectionListener;
	private boolean pbxDown;
	private ExtensionFeed feed;
	private FrameCoalescer<String, ExtensionView> coalescer;
	private volatile Consumer<Map<String, ExtensionView>> batchObserver;
	private volatile NameDirectory names;
	/** The name directory whose first names the feed waited for (or found there): later feeds start at once. */
	private NameDirectory namesReady;
	/** The name directory whose first names the feed is waiting for. */
	private NameDirectory namesPending;
	/** How long the first tiles wait for the names at most. */
	private static final long NAMES_WAIT_MILLIS = 500;
	@Inject
	@Optional
	private ContactSearch contacts;
	private AutoCloseable namesSubscription;
	/** The first frame of the live model's extensions on the screen is still to be told ({@link ScreenPainted}). */
	private boolean paintPending;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		GridLayout layout = (GridLayout) parent.getLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;

		Composite header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout hl = new GridLayout(3, false);
		hl.marginWidth = 8;
		hl.marginHeight = 6;
		hl.horizontalSpacing = 12;
		header.setLayout(hl);
		filter = new Text(header, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		WidgetIds.set(filter, "extensions.filter");
		filter.setMessage(messages.filter_message);
		GridData fd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		fd.widthHint = 300;
		fd.minimumWidth = 200;
		filter.setLayoutData(fd);
		filter.addListener(SWT.Modify, e -> applyFilter());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				e.doit = false;
				focusView();
			} else if (e.keyCode == SWT.ESC) {
				filter.setText("");
				focusView();
			}
		});
		// E1/E2: the two modes as a toggle in the part's own header, not only as keys
		ToolBar modes = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
		WidgetIds.set(modes, "extensions.modes");
		modes.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		panelItem = modeItem(modes, Mode.PANEL, messages.mode_panel, messages.mode_panel_tooltip);
		listItem = modeItem(modes, Mode.LIST, messages.mode_list, messages.mode_list_tooltip);
		count = new Label(header, SWT.NONE);
		WidgetIds.set(count, "extensions.count");
		count.setForeground(Palette.TEXT_MUTED);
		count.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		// the legend has a row of its own and wraps: with Chinese or a narrow part it never runs off the edge
		Canvas legend = new Canvas(header, SWT.NONE);
		GridData ld = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		ld.heightHint = LEGEND_LINE;
		legend.setLayoutData(ld);
		legend.addListener(SWT.Paint, e -> paintLegend(e.gc, legend));
		legend.addListener(SWT.Resize, e -> {
			int width = legend.getClientArea().width;
			if (width <= 0) {
				return;
			}
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(legend);
			int height;
			try {
				height = layoutLegend(gc, width, false) * LEGEND_LINE;
			} finally {
				gc.dispose();
			}
			if (ld.heightHint != height) {
				ld.heightHint = height;
				header.getParent().layout(true, true);
			}
		});

		body = new Composite(parent, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack = new StackLayout();
		body.setLayout(stack);
		panel = new TilePanel(body, messages);
		panel.setDimmed(pbxDown ? messages.pbx_down : null);
		WidgetIds.set(panel, "extensions.panel");
		list = new ExtensionTable(body, messages);

		panel.onSelection(this::selected);
		list.onSelection(this::selected);
		panel.onOpen(v -> call());
		list.onOpen(v -> call());

		menuService.registerContextMenu(panel, ExtensionsUiIds.POPUP);
		Menu menu = panel.getMenu();
		if (menu != null) {
			list.table().setMenu(menu);
		}
		panel.addListener(SWT.MenuDetect, e -> {
			if (e.detail != SWT.MENU_KEYBOARD) {
				panel.selectAtDisplay(e.x, e.y);
			}
		});

		Map<String, String> saved = part.getPersistedState();
		list.setWidths(saved.get(STATE_COLUMNS));
		restoreSort(saved.get(STATE_SORT));
		setMode("list".equals(saved.get(STATE_MODE)) ? Mode.LIST : Mode.PANEL);
		coalescer = new FrameCoalescer<>(parent.getDisplay(), this::apply);
		parent.addListener(SWT.Dispose, e -> stop());
		start();
		updateCount();
	}

	private void restoreSort(String sort) {
		if (sort == null) {
			return;
		}
		String[] p = sort.split(":");
		try {
			list.sortBy(ExtensionTable.Column.valueOf(p[0]), p.length < 2 || !"down".equals(p[1]));
		} catch (IllegalArgumentException e) {
			// an unknown saved column: keep sorting by number
		}
	}

	@Override
	public String dimmed() {
		return panel == null ? null : panel.dimmed();
	}

	/** A9: the tiles dim at once when the PBX connection is lost, and brighten when it is back. */
	@Inject
	void setGateway(@Optional PbxGateway pbx) {
		if (pbx == gateway) {
			return;
		}
		if (gateway != null && connectionListener != null) {
			gateway.removeListener(connectionListener);
		}
		gateway = pbx;
		connectionListener = null;
		pbxDown(false);
		if (pbx == null) {
			return;
		}
		PbxListener l = event -> {
			if (event instanceof PbxEvent.ConnectionChanged c) {
				boolean down = c.status() == ConnectionStatus.RECONNECTING;
				sync.asyncExec(() -> {
					if (gateway == pbx) {
						pbxDown(down);
					}
				});
			}
		};
		connectionListener = l;
		pbx.addListener(l);
	}

	private void pbxDown(boolean down) {
		pbxDown = down;
		if (panel != null && !panel.isDisposed()) {
			panel.setDimmed(down ? messages.pbx_down : null);
		}
		if (list != null && list.table() != null && !list.table().isDisposed()) {
			list.table().setEnabled(!down);
		}
	}

	@Inject
	@Optional
	void setLiveModel(LiveModel model) {
		if (model == this.model) {
			return;
		}
		stop();
		this.model = model;
		paintPending = model != null;
		// once this context change has reached every injected value: the login brings the names with the model
		sync.asyncExec(() -> {
			if (panel != null && !panel.isDisposed()) {
				start();
			}
		});
	}

	private void start() {
		if (model == null || coalescer == null || feed != null) {
			return;
		}
		NameDirectory directory = names;
		if (directory != null && namesReady != directory) {
			CompletableFuture<Void> loaded = directory.namesLoaded().toCompletableFuture();
			if (!loaded.isDone()) {
				// the first tiles after the login come with their names and departments, not unnamed in one group
				// and regrouped a moment later (the phonebook had its names 24 ms after the window opened)
				if (namesPending != directory) {
					namesPending = directory;
					loaded.copy().completeOnTimeout(null, NAMES_WAIT_MILLIS, TimeUnit.MILLISECONDS)
							.whenComplete((done, failure) -> sync.asyncExec(() -> {
								namesReady = directory;
								if (!panel.isDisposed()) {
									start();
								}
							}));
				}
				return;
			}
			namesReady = directory;
		}
		feed = ExtensionFeed.start(model, (snapshot, reset) -> {
			Map<String, ExtensionView> changed = Names.apply(names, snapshot);
			if (reset) {
				coalescer.reset(changed);
			} else {
				coalescer.offerAll(changed);
			}
		});
	}

	/**
	 * Names and departments from the phonebook (S5) when it is installed; a change of names starts the feed again,
	 * which hands every extension over once more, named.
	 */
	@Inject
	@Optional
	void setNames(NameDirectory directory) {
		if (directory == names) {
			return;
		}
		closeNames();
		names = directory;
		if (directory != null) {
			namesSubscription = directory.addListener(() -> sync.asyncExec(() -> {
				if (!panel.isDisposed()) {
					stop();
					start();
				}
			}));
		}
		// later, once this context change has reached every injected value (the live model changes with the session)
		sync.asyncExec(() -> {
			if (panel != null && !panel.isDisposed()) {
				stop();
				start();
			}
		});
	}

	private void closeNames() {
		if (namesSubscription != null) {
			try {
				namesSubscription.close();
			} catch (Exception e) {
				// a directory that cannot remove us only calls a stopped feed again
			}
			namesSubscription = null;
		}
	}

	private void stop() {
		if (feed != null) {
			feed.close();
			feed = null;
		}
	}

	/** One frame's worth of changes, on the UI thread. */
	private void apply(Map<String, ExtensionView> batch, boolean reset) {
		if (panel.isDisposed()) {
			return;
		}
		if (reset) {
			Map<String, ExtensionView> all = new LinkedHashMap<>(batch);
			all.values().removeIf(v -> v == null);
			panel.setAll(all.values());
			if (paintPending && !all.isEmpty()) {
				tellWhenPainted();
			}
		} else {
			panel.update(batch);
		}
		if (mode != Mode.LIST) {
			listBehind = true;
		} else if (reset) {
			list.setAll(panel.views());
		} else {
			list.update(batch);
		}
		updateCount();
		ExtensionView current = mode == Mode.PANEL ? panel.selection() : list.selection();
		if (current != null && batch.containsKey(current.number())) {
			publish(batch.get(current.number()));
		}
		Consumer<Map<String, ExtensionView>> observer = batchObserver;
		if (observer != null) {
			(mode == Mode.PANEL ? panel : list.table()).update();
			observer.accept(batch);
		}
	}

	/**
	 * The session's first extensions are handed over: once they are on the screen the console is told (after a login
	 * it then reads the PBX's details, which would otherwise compete with this first paint: issue 14, P3). With the
	 * list shown instead of the tiles, once the list has them.
	 */
	private void tellWhenPainted() {
		paintPending = false;
		Runnable tell = () -> broker.post(ScreenPainted.TOPIC, ExtensionsUiIds.PART);
		if (mode == Mode.PANEL) {
			panel.afterTilesPainted(tell);
		} else {
			sync.asyncExec(tell);
		}
	}

	@Override
	public void setBatchObserver(Consumer<Map<String, ExtensionView>> observer) {
		batchObserver = observer;
	}

	private void applyFilter() {
		String text = filter.getText();
		// with the phonebook installed, its matches count too (a name's pinyin: zhw finds 张伟's extension)
		Set<String> also = contacts == null || text.isBlank() ? Set.of()
				: contacts.matches(text, 2000).stream().map(ContactSearch.Match::number).collect(Collectors.toSet());
		panel.setFilter(text, also);
		if (mode == Mode.LIST) {
			list.setFilter(text, also);
		} else {
			list.setFilterLater(text, also);
			listBehind = true;
		}
		updateCount();
	}

	private void updateCount() {
		if (count.isDisposed()) {
			return;
		}
		int shown = panel.shownCount();
		int total = panel.totalCount();
		count.setText(shown == total ? MessageFormat.format(messages.count_all, total)
				: MessageFormat.format(messages.count, shown, total));
		count.getParent().layout(true);
	}

	private static final int LEGEND_LINE = 20;
	private static final ExtensionStatus[] LEGEND = { ExtensionStatus.IDLE, ExtensionStatus.RINGING,
			ExtensionStatus.IN_CALL, ExtensionStatus.ON_HOLD, ExtensionStatus.BUSY, ExtensionStatus.DND,
			ExtensionStatus.UNAVAILABLE };

	private void paintLegend(org.eclipse.swt.graphics.GC gc, Canvas legend) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		layoutLegend(gc, legend.getClientArea().width, true);
	}

	/** Lays the legend's entries out in lines of the width (drawing them when asked); returns the line count. */
	private int layoutLegend(org.eclipse.swt.graphics.GC gc, int width, boolean draw) {
		int x = 0;
		int line = 0;
		for (ExtensionStatus s : LEGEND) {
			String text = messages.state(s);
			org.eclipse.swt.graphics.Point extent = gc.textExtent(text);
			int itemWidth = 16 + extent.x;
			if (x > 0 && x + itemWidth > width) {
				x = 0;
				line++;
			}
			if (draw) {
				int top = line * LEGEND_LINE;
				StateStyle.drawIcon(gc, s, x, top + (LEGEND_LINE - 12) / 2, 12);
				gc.setForeground(Palette.TEXT_MUTED);
				gc.drawText(text, x + 16, top + (LEGEND_LINE - extent.y) / 2, true);
			}
			x += itemWidth + 14;
		}
		return line + 1;
	}

	private boolean syncing;

	/** A view's selection changed: the other view follows, and the selection becomes the target of actions. */
	private void selected(ExtensionView v) {
		if (syncing) {
			return;
		}
		syncing = true;
		try {
			if (mode == Mode.PANEL) {
				list.select(v == null ? null : v.number());
			} else {
				panel.select(v == null ? null : v.number());
			}
		} finally {
			syncing = false;
		}
		publish(v);
	}

	private void publish(ExtensionView v) {
		selectionService.setSelection(v);
		if (v != null || window.getContext().get(Selections.TARGET) instanceof ExtensionView) {
			window.getContext().set(Selections.TARGET, v);
		}
	}

	private void call() {
		var command = commandService.createCommand(ExtensionsUiIds.COMMAND_CALL, null);
		if (command != null && handlerService.canExecute(command)) {
			handlerService.executeHandler(command);
		}
	}

	private ToolItem modeItem(ToolBar bar, Mode itemMode, String text, String tooltip) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(tooltip);
		WidgetIds.set(item, itemMode == Mode.LIST ? "extensions.mode.list" : "extensions.mode.panel");
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection() && mode != itemMode) {
				setMode(itemMode);
				focusView();
			}
		});
		return item;
	}

	/** The header's toggle item of a mode (for tests). */
	public ToolItem modeItem(Mode m) {
		return m == Mode.LIST ? listItem : panelItem;
	}

	public void setMode(Mode newMode) {
		String keep = selection() == null ? null : selection().number();
		if (newMode == Mode.LIST && listBehind) {
			list.setAll(panel.views());
			listBehind = false;
		}
		mode = newMode;
		stack.topControl = newMode == Mode.PANEL ? panel : list.table();
		body.layout(true);
		if (keep != null) {
			syncing = true;
			panel.select(keep);
			list.select(keep);
			syncing = false;
		}
		part.getPersistedState().put(STATE_MODE, newMode == Mode.LIST ? "list" : "panel");
		if (panelItem != null && !panelItem.isDisposed()) {
			panelItem.setSelection(newMode == Mode.PANEL);
			listItem.setSelection(newMode == Mode.LIST);
		}
		if (part.getToolbar() != null) {
			for (MToolBarElement item : part.getToolbar().getChildren()) {
				if (item instanceof MHandledToolItem t && t.getCommand() != null) {
					String id = t.getCommand().getElementId();
					t.setSelected(ExtensionsUiIds.COMMAND_SHOW_LIST.equals(id) == (newMode == Mode.LIST));
				}
			}
		}
	}

	public Mode mode() {
		return mode;
	}

	public ExtensionView selection() {
		return mode == Mode.PANEL ? panel.selection() : list.selection();
	}

	/** Selects an extension in both views (for keyboard navigation from elsewhere and for tests). */
	public void select(String number) {
		if (mode == Mode.PANEL) {
			panel.select(number);
		} else {
			list.select(number);
			selected(list.selection());
		}
	}

	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	private void focusView() {
		if (mode == Mode.PANEL) {
			panel.setFocus();
			if (panel.selection() == null && panel.shownCount() > 0) {
				sync.asyncExec(() -> {
					if (!panel.isDisposed()) {
						panel.notifyListeners(SWT.KeyDown, keyEvent(SWT.HOME));
					}
				});
			}
		} else {
			list.table().setFocus();
		}
	}

	private static org.eclipse.swt.widgets.Event keyEvent(int keyCode) {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.keyCode = keyCode;
		return e;
	}

	@Override
	public long paintedTiles() {
		return panel.paintedTiles();
	}

	public TilePanel panel() {
		return panel;
	}

	public ExtensionTable list() {
		return list;
	}

	public Text filter() {
		return filter;
	}

	@Focus
	void focus() {
		(mode == Mode.PANEL ? panel : list.table()).setFocus();
	}

	@PersistState
	void persist() {
		Map<String, String> state = part.getPersistedState();
		state.put(STATE_MODE, mode == Mode.LIST ? "list" : "panel");
		state.put(STATE_COLUMNS, list.widths());
		state.put(STATE_SORT, list.sortColumn().name() + ":" + (list.ascending() ? "up" : "down"));
	}

	@PreDestroy
	void dispose() {
		if (gateway != null && connectionListener != null) {
			gateway.removeListener(connectionListener);
		}
		closeNames();
		stop();
		if (coalescer != null) {
			coalescer.dispose();
		}
	}
}
