package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Dyad's version, from the resource the build writes. */
final class Version {

    private Version() {
    }

    static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dyad/server/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
