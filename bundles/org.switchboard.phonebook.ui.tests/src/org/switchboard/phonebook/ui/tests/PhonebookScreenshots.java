package org.switchboard.phonebook.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.phonebook.ui.internal.PhonebookHandlers;
import org.switchboard.testsupport.Ui;
import org.switchboard.testsupport.Workbench;

/**
 * Takes the README's phonebook screenshots (docs/screenshots/phonebook-en.png, phonebook-zh.png): the demo
 * phonebook with its Chinese names, the bottom stack given room, a pinyin search typed. Not a test (no test pattern
 * matches its name): run by this bundle's {@code screenshots} profile, once per language.
 */
class PhonebookScreenshots {

	@Test
	void phonebook() throws Exception {
		String lang = System.getProperty("osgi.nl", "en").startsWith("zh") ? "zh" : "en";
		Workbench.mainShell().setMaximized(true);
		PhonebookService service = Ui.waitFor(() -> Workbench.context().get(PhonebookService.class), "the phonebook");
		Ui.waitUntil(() -> service.loaded().isDone() && service.index().size() > 0, Duration.ofSeconds(30),
				() -> "the demo phonebook");
		Workbench.showPart(PhonebookHandlers.PART_ID);
		MUIElement bottom = (MUIElement) Workbench.find("org.switchboard.partstack.bottom");
		bottom.setContainerData("60");
		Ui.flush();
		Text search = Ui.byId(Text.class, "phonebook.search");
		Ui.setText(search, "");
		Ui.pause(Duration.ofMillis(800));
		capture("phonebook-" + lang + ".png");
		Ui.setText(search, "zhw");
		Ui.pause(Duration.ofMillis(800));
		capture("phonebook-search-" + lang + ".png");
		Ui.setText(search, "");
	}

	private static void capture(String name) throws Exception {
		Path docs = null;
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("switchboard"))) {
				docs = p.resolve("docs");
				break;
			}
		}
		if (docs == null) {
			throw new IllegalStateException("no docs folder above " + System.getProperty("user.dir"));
		}
		Display display = Display.getCurrent();
		Rectangle area = display.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(docs.resolve("screenshots").resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
