package org.yrdsim.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code --version}: the project version Maven wrote into {@code org/yrdsim/version.properties} at build time. */
final class BuildVersion implements IVersionProvider {
    private static final String RESOURCE = "/org/yrdsim/version.properties";

    @Override
    public String[] getVersion() {
        return new String[]{"yrdsim " + version()};
    }

    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown: built without " + RESOURCE + ")";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
