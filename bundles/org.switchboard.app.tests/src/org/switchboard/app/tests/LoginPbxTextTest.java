package org.switchboard.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.e4.core.services.translation.TranslationService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.app.internal.login.LoginDialog;
import org.switchboard.app.internal.login.LoginText;
import org.switchboard.core.LoginException;
import org.switchboard.pbx.PbxException;

/** The login words a PBX failure in the UI's language, from its reason and address, not from the English message. */
class LoginPbxTextTest {

	private static final LoginException UNREACHABLE = new LoginException(PbxException.Reason.UNREACHABLE,
			"10.0.0.9:5038", "Cannot connect to the PBX at console@10.0.0.9:5038: Connection refused", null);
	private static final LoginException REFUSED = new LoginException(PbxException.Reason.AUTHENTICATION_FAILED,
			"10.0.0.9:5038", "Cannot connect to the PBX at console@10.0.0.9:5038: bad secret", null);

	@Test
	@DisplayName("the Chinese login says why the PBX failed in Chinese")
	void chinese() throws Exception {
		LoginText zh = text("OSGI-INF/l10n/bundle_zh.properties");
		assertEquals("无法连接 PBX：10.0.0.9:5038 没有响应。", LoginDialog.messageFor(zh, UNREACHABLE));
		assertEquals("无法连接 PBX：10.0.0.9:5038 的 PBX 拒绝了管理用户名或密码。", LoginDialog.messageFor(zh, REFUSED));
	}

	@Test
	@DisplayName("the English login says why the PBX failed")
	void english() throws Exception {
		LoginText en = text("OSGI-INF/l10n/bundle.properties");
		assertEquals("The PBX cannot be reached: nothing answers at 10.0.0.9:5038.", LoginDialog.messageFor(en, UNREACHABLE));
		assertEquals("The PBX cannot be reached: the PBX at 10.0.0.9:5038 refused the manager user or secret.",
				LoginDialog.messageFor(en, REFUSED));
	}

	private static LoginText text(String path) throws Exception {
		Bundle app = FrameworkUtil.getBundle(LoginText.class);
		Properties p = new Properties();
		try (InputStream in = app.getEntry(path).openStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new LoginText(new TranslationService() {
			@Override
			public String translate(String key, String contributorURI) {
				return p.getProperty(key.substring(1), key);
			}
		});
	}
}
