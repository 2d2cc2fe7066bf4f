package org.switchboard.callcontrol.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.callcontrol.ui.internal.Messages;
import org.switchboard.pbx.PbxException;

/**
 * Every reason a PBX operation can fail for has its own text in English and in Chinese; the exception's (English,
 * log-only) message never reaches the operator.
 */
class ReasonTextTest {

	@Test
	@DisplayName("every PBX failure reason has its own English and Chinese text, never the exception's message")
	void everyReasonIsWorded() throws Exception {
		Messages en = messages("OSGI-INF/l10n/bundle.properties");
		Messages zh = messages("OSGI-INF/l10n/bundle_zh.properties");
		Set<String> english = new HashSet<>();
		for (PbxException.Reason reason : PbxException.Reason.values()) {
			PbxException failure = new PbxException(reason, "log only: 1006 is busy");
			String e = en.reason(failure);
			String c = zh.reason(failure);
			assertNotNull(e, reason.name());
			assertFalse(e.isBlank() || e.contains("log only"), reason + ": " + e);
			assertNotNull(c, reason.name());
			assertNotEquals(e, c, reason.name());
			assertFalse(c.chars().allMatch(ch -> ch < 0x80), reason + " in Chinese: " + c);
			english.add(e);
		}
		assertEquals(PbxException.Reason.values().length, english.size(), "each reason its own text");
		assertEquals(en.reason_other, en.reason(new IllegalStateException("defect")));
	}

	/** Fills the fields as E4's message injection does: key {@code reason.busy} → field {@code reason_busy}. */
	private static Messages messages(String path) throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Messages.class);
		Properties p = new Properties();
		try (InputStream in = bundle.getEntry(path).openStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Messages m = new Messages();
		for (Field f : Messages.class.getFields()) {
			if (f.getType() == String.class) {
				f.set(m, p.getProperty(f.getName().replace('_', '.')));
			}
		}
		return m;
	}
}
