package io.github.tidings;

import io.github.tidings.clean.Cleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the cleaners listed in {@code META-INF/services/io.github.tidings.clean.Cleaner} for
 * {@link ArticleParser.Builder#build()}, and turns a failure into an exception that says which
 * class failed and which file listed it: a stale services line in some jar on the class path
 * should cost its owner a minute, not an afternoon.
 */
final class Discovery {
    static final String SERVICES_FILE = "META-INF/services/" + Cleaner.class.getName();

    private Discovery() {
    }

    /**
     * The discovered cleaners, ordered by name (so the running order does not depend on the
     * class path's order).
     *
     * @throws IllegalStateException if one cannot be loaded or instantiated
     */
    static List<Cleaner> cleaners(ClassLoader loader) {
        List<Cleaner> out = new ArrayList<>();
        try {
            Iterator<Cleaner> it = ServiceLoader.load(Cleaner.class, loader).iterator();
            while (it.hasNext()) {
                out.add(it.next());
            }
        } catch (ServiceConfigurationError e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
            throw new IllegalStateException("cleaner discovery failed: " + e.getMessage() + cause + listedIn(loader, e)
                    + "; fix or remove that line, or build with discoverCleaners(false)", e);
        } catch (RuntimeException | LinkageError e) {
            // a provider's constructor or static initialiser may throw anything
            throw new IllegalStateException("cleaner discovery failed: " + e + listedIn(loader, e)
                    + "; fix or remove that line, or build with discoverCleaners(false)", e);
        }
        out.sort(Comparator.comparing(Discovery::name));
        return out;
    }

    /** A cleaner's name, checked: a user's {@code name()} may return null or a blank. */
    static String name(Cleaner c) {
        String name = c.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("cleaner " + describe(c) + " has no name(): " + name);
        }
        return name;
    }

    /** The cleaner's class and, when known, the jar or directory it was loaded from. */
    static String describe(Cleaner c) {
        Class<?> type = c.getClass();
        String where = null;
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                where = source.getLocation().toString();
            }
        } catch (SecurityException e) {
            // the location is a courtesy; without it the class name must do
        }
        return type.getName() + (where == null ? "" : " (from " + where + ")");
    }

    /**
     * Which services files list a class the error names: the error itself says only the class.
     * Reads the same files {@link ServiceLoader} read, from the same loader.
     */
    private static String listedIn(ClassLoader loader, Throwable error) {
        String message = String.valueOf(error.getMessage());
        List<String> files = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader == null ? ClassLoader.getSystemResources(SERVICES_FILE)
                    : loader.getResources(SERVICES_FILE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                for (String name : listed(url)) {
                    if (names(message, name)) {
                        files.add(url + " lists " + name);
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return ""; // the original error still says what failed
        }
        return files.isEmpty() ? "" : " (" + String.join("; ", files) + ")";
    }

    /** Whether the message names the class: the name stands whole, not as part of a longer one. */
    private static boolean names(String message, String name) {
        for (int i = message.indexOf(name); i >= 0; i = message.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean startOk = i == 0 || !Character.isJavaIdentifierPart(message.charAt(i - 1)) && message.charAt(i - 1) != '.';
            boolean endOk = end == message.length()
                    || !Character.isJavaIdentifierPart(message.charAt(end)) && message.charAt(end) != '.';
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** The class names a services file lists: one a line, {@code #} starts a comment. */
    private static List<String> listed(URL url) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = url.openStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
