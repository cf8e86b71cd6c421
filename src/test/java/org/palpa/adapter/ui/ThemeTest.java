package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The theme chosen in the window is remembered in the config folder (surefire points it into target/). */
class ThemeTest {
    @Test
    void aChosenThemeIsRememberedForTheNextWindow() throws Exception {
        Theme.HIGH_CONTRAST.remember();
        assertThat(Theme.remembered()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(Files.readString(Theme.settingsFile())).contains("theme=high-contrast");

        Theme.DARK.remember();
        assertThat(Theme.remembered()).isEqualTo(Theme.DARK);
    }

    @Test
    void anUnknownOrUnreadableSettingFallsBackToLight() throws Exception {
        Files.createDirectories(Theme.settingsFile().getParent());
        Files.writeString(Theme.settingsFile(), "theme=purple\n");

        assertThat(Theme.remembered()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void themesAreNamedOnTheCommandLineByTheirIds() {
        assertThat(LiveWindow.THEMES).containsExactly("light", "dark", "high-contrast");
        assertThat(Theme.byId("high-contrast")).contains(Theme.HIGH_CONTRAST);
        assertThat(Theme.byId("sepia")).isEmpty();
    }
}
