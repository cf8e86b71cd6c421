package org.palpa.adapter.lsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LiblslLocationTest {
    @Test
    void isLookedForWhereTheEnvironmentNamesItThenOnTheSystemThenWhereTheFetchScriptPutsIt() {
        LiblslLocation named = new LiblslLocation(Map.of("PALPA_LIBLSL", "/opt/lsl/liblsl.so",
                "XDG_DATA_HOME", "/data"), "/home/t");
        assertThat(named.candidates()).containsExactly("/opt/lsl/liblsl.so", "lsl", "/data/palpa/lib/liblsl.so");
        LiblslLocation plain = new LiblslLocation(Map.of(), "/home/t");
        assertThat(plain.candidates()).containsExactly("lsl", "/home/t/.local/share/palpa/lib/liblsl.so");
    }


}
