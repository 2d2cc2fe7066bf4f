package org.switchboard.phonebook.ui.tests;

import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.switchboard.phonebook.PhonebookService;
import org.switchboard.phonebook.ui.internal.PhonebookHandlers;
import org.switchboard.testsupport.Screenshots;
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
		Screenshots.toDocs("phonebook-" + lang + ".png");
		Ui.setText(search, "zhw");
		Ui.pause(Duration.ofMillis(800));
		Screenshots.toDocs("phonebook-search-" + lang + ".png");
		Ui.setText(search, "");
	}

}
