package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.dyad.coding.Coder;
import picocli.CommandLine;

/** The version, from the build's resource file. */
final class Version implements CommandLine.IVersionProvider {

    static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dyad-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dyad " + get() + " (" + Coder.VERSION + ")"};
    }
}
