package org.penholder.ui;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.penholder.ui.common.Messages;

/**
 * Puts the window's words back into English after each test and after its class, for a test that
 * speaks another language (French, Arabic, the pseudo-translation): the next test starts as every
 * test expects. {@code @ExtendWith(EnglishAfterwards.class)}.
 */
public final class EnglishAfterwards implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.use(Locale.ENGLISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Messages.use(Locale.ENGLISH);
    }
}
