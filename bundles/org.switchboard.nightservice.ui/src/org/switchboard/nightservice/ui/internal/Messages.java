package org.switchboard.nightservice.ui.internal;

import java.text.MessageFormat;
import java.util.concurrent.CompletionException;

import org.switchboard.nightservice.NightServiceException;
import org.switchboard.pbx.PbxException;
import org.switchboard.store.StoreException;

/** UI text used in code; filled by E4 from OSGI-INF/l10n/bundle*.properties (dots in keys become underscores). */
public class Messages {
	public String bundle_name;
	public String command_dialog;
	public String command_dialog_description;
	public String command_off;
	public String command_off_description;
	public String menu_dialog;
	public String toolitem_label;
	public String toolitem_tooltip;
	public String dialog_title;
	public String dialog_message;
	public String dialog_queue;
	public String dialog_number;
	public String dialog_number_hint;
	public String dialog_prompt;
	public String dialog_prompt_hint;
	public String dialog_state_on;
	public String dialog_state_off;
	public String dialog_on;
	public String dialog_off;
	public String dialog_close;
	public String dialog_working;
	public String dialog_on_word;
	public String dialog_off_word;
	public String error_changed;
	public String dialog_noQueue;
	public String indicator_on;
	public String indicator_item;
	public String status_on;
	public String status_off;
	public String confirm_off_title;
	public String confirm_off;
	public String error_noQueue;
	public String error_numberMissing;
	public String error_numberNotDialable;
	public String error_numberIsQueue;
	public String error_promptInvalid;
	public String error_notConfigured;
	public String error_store;
	public String error_other;
	public String error_notConnected;
	public String error_timeout;
	public String error_refused;

	/** A failure in the operator's words. */
	public String failure(Throwable error) {
		Throwable t = error;
		while (t instanceof CompletionException && t.getCause() != null) {
			t = t.getCause();
		}
		if (t instanceof NightServiceException n) {
			return switch (n.reason()) {
			case NO_QUEUE -> error_noQueue;
			case NUMBER_MISSING -> error_numberMissing;
			case NUMBER_NOT_DIALABLE -> error_numberNotDialable;
			case NUMBER_IS_QUEUE -> error_numberIsQueue;
			case PROMPT_INVALID -> error_promptInvalid;
			case NOT_CONFIGURED -> error_notConfigured;
			};
		}
		if (t instanceof StoreException s) {
			return MessageFormat.format(error_store, s.reason());
		}
		if (t instanceof PbxException p) {
			return switch (p.reason()) {
			case NOT_CONNECTED, UNREACHABLE -> error_notConnected;
			case TIMEOUT -> error_timeout;
			case INVALID_INPUT -> error_numberNotDialable;
			default -> error_refused;
			};
		}
		return MessageFormat.format(error_other, String.valueOf(t.getMessage()));
	}
}
