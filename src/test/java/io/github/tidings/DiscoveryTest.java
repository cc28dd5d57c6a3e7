package io.github.tidings;

import io.github.tidings.model.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tidings.clean.Cleaner;
import io.github.tidings.clean.Page;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleaner discovery fails in {@code build()}, with a message that names the culprit, never in a class initialiser. */
class DiscoveryTest {
    @TempDir
    Path dir;

    /** A discovered cleaner that takes a built-in's name. */
    public static final class ClashingCleaner implements Cleaner {
        @Override
        public void clean(Page page) {
        }

        @Override
        public String name() {
            return "CaptionCleaner";
        }
    }

    /** A discovered cleaner whose constructor fails. */
    public static final class FailingCleaner implements Cleaner {
        public FailingCleaner() {
            throw new IllegalStateException("no config");
        }

        @Override
        public void clean(Page page) {
        }
    }

    private ClassLoader listing(String... lines) throws IOException {
        Path services = dir.resolve(Discovery.SERVICES_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void staleServicesLineFailsInBuildNamingClassAndFile() throws IOException {
        ClassLoader cl = listing("# a removed cleaner", "com.example.GoneCleaner");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ArticleParser.builder().classLoader(cl).build());
        assertTrue(e.getMessage().contains("com.example.GoneCleaner"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString() + "/META-INF/services/"), e.getMessage());
        assertTrue(e.getMessage().contains("discoverCleaners(false)"), e.getMessage());
        // the class is not poisoned: the same loader without discovery, and a second try, behave
        Article a = ArticleParser.builder().classLoader(cl).discoverCleaners(false).build()
                .parse("A title line\n\nThe first paragraph of the article has several words in it.");
        assertFalse(a.blocks().isEmpty());
        assertThrows(IllegalStateException.class, () -> ArticleParser.builder().classLoader(cl).build());
    }

    @Test
    void failingConstructorNamesTheCleanerAndItsCause() throws IOException {
        ClassLoader cl = listing(FailingCleaner.class.getName());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ArticleParser.builder().classLoader(cl).build());
        assertTrue(e.getMessage().contains(FailingCleaner.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("no config"), e.getMessage());
    }

    @Test
    void duplicateNameFailsInBuildNamingBothClasses() throws IOException {
        ClassLoader cl = listing(ClashingCleaner.class.getName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleParser.builder().classLoader(cl).build());
        assertTrue(e.getMessage().contains("CaptionCleaner"), e.getMessage());
        assertTrue(e.getMessage().contains(ClashingCleaner.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("io.github.tidings.clean.CaptionCleaner"), e.getMessage());
        assertEquals(ArticleParser.builder().discoverCleaners(false).build().cleaners().size(),
                ArticleParser.builder().classLoader(cl).discoverCleaners(false).build().cleaners().size());
    }

    @Test
    void brokenContextClassLoaderDoesNotStopParsersWithoutDiscovery() throws IOException {
        ClassLoader cl = listing("com.example.GoneCleaner");
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(cl);
        try {
            assertThrows(IllegalStateException.class, () -> ArticleParser.builder().build());
            assertFalse(ArticleParser.builder().discoverCleaners(false).build().cleaners().isEmpty());
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Test
    void noParserIsBuiltInAStaticInitialiser() {
        // a static field of the parser's own type would be filled while the class initialises
        for (Field f : ArticleParser.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ArticleParser.class) {
                assertTrue(Modifier.isVolatile(f.getModifiers()), f + " must be filled lazily");
            }
        }
        assertTrue(ArticleParser.defaults() == ArticleParser.defaults());
    }
}
