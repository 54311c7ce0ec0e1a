package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every engine class can be the first one a JVM loads (a unit test run alone, a tool that asks one class): each is
 * initialised first in a class loader of its own, then {@link Lexicon#get}. Surefire runs all test classes in one JVM,
 * so a cycle of static fields (Lexicon's words read ClaimantWords', whose files are read through Lexicon) met a half-made
 * class only when the class that opens the cycle happened to load first; here every class opens it once.
 */
class StaticInitialisationTest {

    private static final String PACKAGE = Lexicon.class.getPackageName();

    @Test
    void everyEngineClassCanBeTheFirstToLoad() throws Exception {
        List<String> names = engineClasses();
        assertThat(names).contains(PACKAGE + ".ClaimantNames", PACKAGE + ".ClaimantWords", PACKAGE + ".Lexicon");
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            ClassLoader fresh = new FreshEngineLoader(getClass().getClassLoader());
            try {
                Class.forName(name, true, fresh);
                Class.forName(Lexicon.class.getName(), true, fresh).getMethod("get").invoke(null);
            } catch (Throwable t) {
                Throwable root = t;
                while (root.getCause() != null) root = root.getCause();
                failed.add(name.substring(PACKAGE.length() + 1) + ": " + root);
            }
        }
        assertThat(failed).isEmpty();
    }

    /**
     * The classes compiled from the engine's main sources (nested ones too) that run code when they are initialised (a
     * static initialiser, {@code <clinit>}, among their names: a class of constants alone opens no cycle), by name.
     */
    private static List<String> engineClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Lexicon.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(StaticInitialisationTest::initialises)
                    .map(p -> p.getFileName().toString())
                    .map(f -> PACKAGE + "." + f.substring(0, f.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean initialises(Path classFile) {
        if (!classFile.toString().endsWith(".class")) return false;
        try {
            return new String(Files.readAllBytes(classFile), java.nio.charset.StandardCharsets.ISO_8859_1).contains("<clinit>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines the engine's package anew (its classes not yet initialised); everything else, resources too, from the parent. */
    private static final class FreshEngineLoader extends ClassLoader {

        FreshEngineLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE + ".") || name.indexOf('.', PACKAGE.length() + 1) >= 0) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) throw new ClassNotFoundException(name);
                        byte[] b = in.readAllBytes();
                        c = defineClass(name, b, 0, b.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }
}
