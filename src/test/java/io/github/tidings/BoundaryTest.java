package io.github.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.util.DocTrees;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the library's boundary on the compiled classes and the sources, so that a change that
 * leaks an internal type into the API, ties two packages into a cycle, or adds an undocumented API
 * element fails here rather than in a user's build. The exported packages are read from the
 * compiled {@code module-info.class}: the module declaration is the one source of truth.
 */
class BoundaryTest {
    private static final String ROOT = "io.github.tidings";
    private static Path classes;
    private static Set<String> exported;
    private static Map<String, Set<String>> packageGraph;

    @BeforeAll
    static void readCompiledModule() throws IOException, URISyntaxException {
        classes = Path.of(ArticleParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo(ROOT);
            exported = new TreeSet<>();
            d.exports().forEach(e -> {
                assertThat(e.isQualified()).as("qualified export of %s", e.source()).isFalse();
                exported.add(e.source());
            });
        }
        packageGraph = packageGraph(classes);
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        assertThat(exported).containsExactlyInAnyOrder(ROOT, ROOT + ".model", ROOT + ".clean", ROOT + ".rules");
    }

    /**
     * Every type reachable from a public or protected member of a public type of an exported
     * package is public and exported itself (or a JDK, jsoup or JSpecify type): nothing internal
     * or package-private shows in the API.
     */
    @Test
    void apiSignaturesNameOnlyApiTypes() throws IOException, ClassNotFoundException {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : apiTypes()) {
            Set<Type> seen = new java.util.HashSet<>();
            check(c, "extends", c.getGenericSuperclass(), leaks, seen);
            for (Type t : c.getGenericInterfaces()) {
                check(c, "implements", t, leaks, seen);
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f)) {
                    check(c, "field " + f.getName(), f.getGenericType(), leaks, seen);
                }
            }
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
            members.addAll(List.of(c.getDeclaredMethods()));
            for (Executable m : members) {
                if (!visible(m) || m.isSynthetic()) {
                    continue;
                }
                if (m instanceof java.lang.reflect.Method method) {
                    check(c, m.getName() + "()", method.getGenericReturnType(), leaks, seen);
                }
                for (Type p : m.getGenericParameterTypes()) {
                    check(c, m.getName() + "(...)", p, leaks, seen);
                }
                for (Type x : m.getGenericExceptionTypes()) {
                    check(c, m.getName() + " throws", x, leaks, seen);
                }
            }
        }
        assertThat(leaks).as("non-API types in API signatures").isEmpty();
    }

    /** The packages form no cycle, so each can be understood, and tested, from those below it. */
    @Test
    void packagesFormNoCycle() {
        assertThat(packageGraph).as("the graph was read").containsKeys(ROOT, ROOT + ".clean", ROOT + ".model");
        assertThat(cycle(packageGraph)).as("a package cycle").isEmpty();
    }

    /** What the README's design section promises: the SPI and the values never reach up. */
    @Test
    void cleanerSpiAndValuesDependOnlyOnWhatIsBelowThem() {
        assertThat(packageGraph.get(ROOT + ".model")).allMatch(p -> p.equals(ROOT + ".internal.words"));
        assertThat(packageGraph.get(ROOT + ".clean")).allMatch(p -> p.equals(ROOT + ".model")
                || p.equals(ROOT + ".internal.words"));
        assertThat(packageGraph.get(ROOT + ".internal.words")).isEmpty();
        // The rules API (format, errors, statistics) is values only; the engine sits above it.
        assertThat(packageGraph.getOrDefault(ROOT + ".rules", Set.of())).isEmpty();
        assertThat(packageGraph.get(ROOT + ".internal.rules")).contains(ROOT + ".rules", ROOT + ".clean")
                .doesNotContain(ROOT);
        packageGraph.forEach((from, to) -> assertThat(to).as(from).doesNotContain(ROOT + ".cli"));
    }

    /**
     * Every public type and every public or protected member of the exported packages has a doc
     * comment (an override inherits its interface's). Javadoc's own doclint runs with its
     * "missing" group off (the house style states parameters in the summary sentence), so this is
     * where a missing comment fails.
     */
    @Test
    void everyApiElementHasJavadoc() throws IOException {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        Path src = Path.of("src", "main", "java");
        List<Path> files = new ArrayList<>();
        for (String p : exported) {
            try (Stream<Path> s = Files.list(src.resolve(p.replace('.', '/')))) {
                s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            }
        }
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = tool.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            String cp = System.getProperty("java.class.path");
            MissingDocs.missing.clear();
            boolean ok = tool.getTask(out, fm, null, MissingDocs.class, List.of("-classpath", cp, "-quiet"), units)
                    .call();
            assertThat(ok).as("the doc tool ran: %s", out).isTrue();
        }
        assertThat(MissingDocs.checked).as("API elements checked").isGreaterThan(100);
        assertThat(MissingDocs.missing).as("API elements without a doc comment").isEmpty();
    }

    // ---- helpers ----

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    /** The public types of the exported packages whose enclosing types are public too. */
    private static List<Class<?>> apiTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (String p : exported) {
            try (Stream<Path> s = Files.list(classes.resolve(p.replace('.', '/')))) {
                for (Path f : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName(p + "." + simple, false, BoundaryTest.class.getClassLoader());
                    boolean api = !c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic();
                    for (Class<?> e = c; e != null && api; e = e.getEnclosingClass()) {
                        api = Modifier.isPublic(e.getModifiers());
                    }
                    if (api) {
                        out.add(c);
                    }
                }
            }
        }
        assertThat(out).as("API types found").hasSizeGreaterThan(10);
        return out;
    }

    private static void check(Class<?> owner, String where, Type t, List<String> leaks, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof ParameterizedType p) {
            check(owner, where, p.getRawType(), leaks, seen);
            for (Type a : p.getActualTypeArguments()) {
                check(owner, where, a, leaks, seen);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(owner, where, b, leaks, seen);
            }
            for (Type b : w.getLowerBounds()) {
                check(owner, where, b, leaks, seen);
            }
        } else if (t instanceof GenericArrayType a) {
            check(owner, where, a.getGenericComponentType(), leaks, seen);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(owner, where, b, leaks, seen);
            }
        } else if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive()) {
                return;
            }
            String pkg = c.getPackageName();
            boolean ok = pkg.startsWith("java.") || pkg.startsWith("org.jsoup") || pkg.startsWith("org.jspecify")
                    || exported.contains(pkg) && isPublicAllTheWay(c);
            if (!ok) {
                leaks.add(owner.getName() + " " + where + ": " + c.getName());
            }
        }
    }

    private static boolean isPublicAllTheWay(Class<?> c) {
        for (Class<?> e = c; e != null; e = e.getEnclosingClass()) {
            if (!Modifier.isPublic(e.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The library's package dependencies, read from the class files' constant pools (class
     * references, and the descriptors and generic signatures that name types), as jdeps does.
     * Javadoc links are not dependencies and are not in class files.
     */
    private static Map<String, Set<String>> packageGraph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        Pattern ref = Pattern.compile("io/github/tidings/[A-Za-z0-9_/$]+");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")).toList();
        }
        for (Path f : files) {
            String from = packageOf(root.relativize(f).toString().replace('\\', '/'));
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (String s : constantPoolStrings(f)) {
                Matcher m = ref.matcher(s);
                while (m.find()) {
                    String name = m.group();
                    // Resource paths in string constants are not classes: count only names that are.
                    if (Files.exists(root.resolve(name + ".class"))) {
                        String p = packageOf(name);
                        if (!p.equals(from)) {
                            to.add(p);
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static String packageOf(String classPath) {
        return classPath.substring(0, classPath.lastIndexOf('/')).replace('/', '.');
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4). */
    private static List<String> constantPoolStrings(Path classFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return out;
    }

    /** A cycle in the graph as a list of packages, or empty: a depth-first search for a back edge. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the stack, 2: done
        for (String start : graph.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            List<String> c = visit(start, graph, state, path);
            if (!c.isEmpty()) {
                return c;
            }
        }
        return List.of();
    }

    private static List<String> visit(String p, Map<String, Set<String>> graph, Map<String, Integer> state,
            Deque<String> path) {
        Integer s = state.get(p);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null) {
            List<String> c = new ArrayList<>();
            boolean in = false;
            for (String q : (Iterable<String>) path::descendingIterator) {
                in |= q.equals(p);
                if (in) {
                    c.add(q);
                }
            }
            c.add(p);
            return c;
        }
        state.put(p, 1);
        path.push(p);
        for (String q : graph.getOrDefault(p, Set.of())) {
            List<String> c = visit(q, graph, state, path);
            if (!c.isEmpty()) {
                return c;
            }
        }
        path.pop();
        state.put(p, 2);
        return List.of();
    }

    /** A doclet that reports public and protected elements without a doc comment. */
    public static final class MissingDocs implements Doclet {
        static final List<String> missing = new ArrayList<>();
        static int checked;

        @Override
        public void init(Locale locale, Reporter reporter) {
        }

        @Override
        public String getName() {
            return "MissingDocs";
        }

        @Override
        public Set<? extends Option> getSupportedOptions() {
            return Set.of();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean run(DocletEnvironment env) {
            DocTrees trees = env.getDocTrees();
            checked = 0;
            for (Element e : env.getIncludedElements()) {
                if (e instanceof TypeElement t && isApi(t)) {
                    require(trees, t);
                    for (Element m : t.getEnclosedElements()) {
                        if (m.getKind() != ElementKind.CLASS && m.getKind() != ElementKind.INTERFACE
                                && m.getKind() != ElementKind.ENUM && m.getKind() != ElementKind.RECORD
                                && isVisible(m) && !isOverride(m) && !isImplicit(trees, m)) {
                            require(trees, m);
                        }
                    }
                } else if (e instanceof PackageElement p) {
                    require(trees, p);
                }
            }
            return true;
        }

        private static void require(DocTrees trees, Element e) {
            checked++;
            DocCommentTree doc = trees.getDocCommentTree(e);
            if (doc == null || doc.getFullBody().isEmpty()) {
                missing.add(e.getKind() + " " + (e.getEnclosingElement() instanceof TypeElement t
                        ? t.getQualifiedName() + "." : "") + e);
            }
        }

        private static boolean isApi(TypeElement t) {
            for (Element e = t; e instanceof TypeElement; e = e.getEnclosingElement()) {
                if (!e.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isVisible(Element m) {
            return m.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC) || m.getModifiers().contains(javax.lang.model.element.Modifier.PROTECTED);
        }

        private static boolean isOverride(Element m) {
            return m.getAnnotationMirrors().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().equals("java.lang.Override"));
        }

        /** Enum values()/valueOf() and the like, which have no source to comment. */
        private static boolean isImplicit(DocTrees trees, Element m) {
            return m instanceof ExecutableElement && trees.getPath(m) == null;
        }
    }
}
