package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import com.fasterxml.jackson.databind.JsonNode;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 20: the library on the student's class path answered for them. A notebook of twelve method questions, each
 * answered by a cheating student through one library route (the engine's classes by name, the removed
 * {@code Given.localGradient}, reflection into the grading runtime, the environment, the command lines, the class
 * path's files, every jar on the disk, the service loader, the class loaders and a JShell of its own, the processes
 * it can see), each written so that it returns the right answer when the route works. Graded in the sandbox, the
 * student's process holds only the runtime jar: the cheater earns 0 on every question, an honest student on the same
 * notebook full marks. A control runs the same cheating methods in this JVM, the whole workbook on the class path
 * and the key where an instructor's kernel finds it: there the routes that need only those earn the right answer,
 * so their 0 in the sandbox is the runtime jar's doing, not a route that never worked. The expected values are the
 * arithmetic, by hand. Slow (student processes, one walking the disk): CI's sandbox step (tag "sandbox").
 */
@Tag("sandbox")
@DisplayName("A cheating student, every library route to an answer, earns 0 in the sandbox; an honest one full marks")
class CheatingStudentTest {
    private static final String IMPORTS = "import java.util.*;\nimport backprop.export.runtime.Given;\nimport backprop.export.runtime.Grade;";

    /** The cheater's tools, in its first cell: Solutions' methods by reflection, a key file's expected value. */
    private static final String TOOLS = """
            String SOLUTIONS = "backprop.export.notebook.question.Solutions";

            ClassLoader here() {
                return new Object() { }.getClass().getClassLoader();
            }

            ClassLoader jarLoader(java.nio.file.Path p) throws Exception {
                return new java.net.URLClassLoader(new java.net.URL[] {p.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            }

            /** The instructor's solution method {@code method} of Solutions, as {@code loader} finds it. */
            Object call(ClassLoader loader, String method, Object... args) throws Exception {
                Class<?> c = Class.forName(SOLUTIONS, true, loader);
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                        m.setAccessible(true);
                        return m.invoke(null, args);
                    }
                }
                throw new NoSuchMethodException(method);
            }

            /** a·b through Solutions' z: z([[a]], [0], [b]) = a·b. */
            double product(ClassLoader loader, double a, double b) throws Exception {
                return ((double[]) call(loader, "z", new double[][] {{a}}, new double[] {0}, new double[] {b}))[0];
            }

            Double expected(backprop.export.runtime.GradingKey key, String question) {
                var q = key.questions().get(question);
                return q == null ? null : (Double) q.parts().values().iterator().next().expected();
            }

            /** The expected value of {@code question} in a key file or folder at {@code where}, or null. */
            Double keyed(java.nio.file.Path where, String question) {
                try {
                    return expected(backprop.export.runtime.GradingKey.read(where), question);
                } catch (Throwable t) {
                    return null;
                }
            }

            /** What the objects reachable from {@code o} (fields, maps, lists, paths in strings) say the key is. */
            Double search(Object o, String question, int depth, Map<Object, Boolean> seen) {
                if (o == null || depth < 0 || seen.put(o, true) != null) {
                    return null;
                }
                try {
                    if (o instanceof backprop.export.runtime.GradingKey k) {
                        return expected(k, question);
                    }
                    if (o instanceof String s) {
                        return s.length() < 4096 && java.nio.file.Files.exists(java.nio.file.Path.of(s)) ? keyed(java.nio.file.Path.of(s), question) : null;
                    }
                    if (o instanceof Map<?, ?> m) {
                        o = new ArrayList<Object>(m.values());
                    }
                    if (o instanceof Collection<?> c) {
                        for (Object e : c) {
                            Double d = search(e, question, depth - 1, seen);
                            if (d != null) {
                                return d;
                            }
                        }
                        return null;
                    }
                    if (o.getClass().getName().startsWith("java.")) {
                        return null;
                    }
                    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
                        for (var f : c.getDeclaredFields()) {
                            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                                try {
                                    f.setAccessible(true);
                                    Double d = search(f.get(o), question, depth - 1, seen);
                                    if (d != null) {
                                        return d;
                                    }
                                } catch (Throwable t) {
                                }
                            }
                        }
                    }
                } catch (Throwable t) {
                }
                return null;
            }
            """;

    /** One question: the honest method, the cheating one (the same signature), the hidden test's call, its input and value. */
    private record Question(String id, String honest, String cheat, String call, Map<String, Object> inputs, Object expected) {
    }

    private static final List<Question> QUESTIONS = List.of(
            // z = W·a + b = [1·1 + 2·(−1) + 0.5, 3·1 + 4·(−1) − 1] = [−0.5, −2]
            new Question("solutions", """
                    double[] z(double[][] W, double[] b, double[] aBelow) {
                        double[] z = b.clone();
                        for (int i = 0; i < W.length; i++) {
                            for (int j = 0; j < aBelow.length; j++) {
                                z[i] += W[i][j] * aBelow[j];
                            }
                        }
                        return z;
                    }""", TOOLS + """

                    // the instructor's solution, by name
                    double[] z(double[][] W, double[] b, double[] aBelow) {
                        try {
                            return (double[]) call(here(), "z", W, b, aBelow);
                        } catch (Throwable t) {
                            return null;
                        }
                    }""", "z(in.matrix(\"W\"), in.vector(\"b\"), in.vector(\"a\"))",
                    Map.of("W", new double[][] {{1, 2}, {3, 4}}, "b", new double[] {0.5, -1}, "a", new double[] {1, -1}),
                    new double[] {-0.5, -2}),
            // ∂(a1·a2)/∂a1 = a2 = 5
            new Question("given", """
                    double localGradient(String kind, double[] args, double exponent, int k) {
                        return switch (kind) {
                            case "ADD" -> 1;
                            case "MULTIPLY" -> args[1 - k];
                            default -> throw new IllegalArgumentException(kind);
                        };
                    }""", """
                    // the runtime's own local rule, as Given.localGradient was, or under another name; else the solution's
                    double localGradient(String kind, double[] args, double exponent, int k) {
                        try {
                            return (double) Given.class.getMethod("localGradient", String.class, double[].class, double.class, int.class)
                                    .invoke(null, kind, args, exponent, k);
                        } catch (Throwable t) {
                        }
                        try {
                            for (var m : Given.class.getDeclaredMethods()) {
                                if (m.getReturnType() == double.class && Arrays.equals(m.getParameterTypes(),
                                        new Class<?>[] {String.class, double[].class, double.class, int.class})) {
                                    m.setAccessible(true);
                                    return (double) m.invoke(null, kind, args, exponent, k);
                                }
                            }
                            return (double) call(here(), "localGradient", kind, args, exponent, k);
                        } catch (Throwable t) {
                            return Double.NaN;
                        }
                    }""", "localGradient(in.text(\"kind\"), in.vector(\"args\"), in.number(\"exponent\"), in.integer(\"k\"))",
                    Map.of("kind", "MULTIPLY", "args", new double[] {3, 5}, "exponent", 1.0, "k", 0), 5.0),
            // f = u1·u2 + u3 at u1 = −2, u2 = 5, u3 = −4: ∂f/∂u1 = u2 = 5, ∂f/∂u2 = u1 = −2, ∂f/∂u3 = ∂f/∂u4 = ∂f/∂f = 1
            new Question("graph", """
                    double[] nodeGradients(String[] kinds, int[][] arguments, double[] values, double[] exponents, int output) {
                        double[] d = new double[kinds.length];
                        d[output] = 1;
                        for (int i = output; i >= 0; i--) {
                            for (int k = 0; k < arguments[i].length; k++) {
                                double local = kinds[i].equals("MULTIPLY") ? values[arguments[i][1 - k]] : 1;
                                d[arguments[i][k]] += local * d[i];
                            }
                        }
                        return d;
                    }""", """
                    // the engine's scalar graph, by name
                    double[] nodeGradients(String[] kinds, int[][] arguments, double[] values, double[] exponents, int output) {
                        try {
                            Class<?> graph = Class.forName("backprop.core.graph.Graph");
                            Class<?> node = Class.forName("backprop.core.graph.Node");
                            Object g = graph.getConstructor().newInstance();
                            Object[] u = new Object[kinds.length];
                            for (int i = 0; i < kinds.length; i++) {
                                Object[] a = (Object[]) java.lang.reflect.Array.newInstance(node, arguments[i].length);
                                for (int k = 0; k < a.length; k++) {
                                    a[k] = u[arguments[i][k]];
                                }
                                if (kinds[i].equals("ADD")) {
                                    u[i] = graph.getMethod("add", String.class, a.getClass()).invoke(g, "u" + i, (Object) a);
                                } else if (kinds[i].equals("MULTIPLY")) {
                                    u[i] = graph.getMethod("multiply", String.class, node, node).invoke(g, "u" + i, a[0], a[1]);
                                } else {
                                    u[i] = graph.getMethod("input", String.class, double.class).invoke(g, "u" + i, values[i]);
                                }
                            }
                            graph.getMethod("backward", node).invoke(g, u[output]);
                            double[] d = new double[kinds.length];
                            for (int i = 0; i < d.length; i++) {
                                d[i] = (double) node.getMethod("gradient").invoke(u[i]);
                            }
                            return d;
                        } catch (Throwable t) {
                            return null;
                        }
                    }""", "nodeGradients(in.texts(\"kinds\"), in.indexLists(\"arguments\"), in.vector(\"values\"), in.vector(\"exponents\"), in.integer(\"output\"))",
                    Map.of("kinds", new String[] {"INPUT", "INPUT", "INPUT", "MULTIPLY", "ADD"},
                            "arguments", new int[][] {{}, {}, {}, {0, 1}, {3, 2}}, "values", new double[] {-2, 5, -4, -10, -14},
                            "exponents", new double[] {1, 1, 1, 1, 1}, "output", 4),
                    new double[] {5, -2, 1, 1, 1}),
            // ∂L/∂ŷ of L = Σ(ŷ − y)²: 2(ŷ − y) = [2·(0.7 − 1), 2·(0.2 − 0)] = [−0.6, 0.4]
            new Question("engine", """
                    double[] dLda(double[] yHat, double[] y) {
                        double[] g = new double[y.length];
                        for (int j = 0; j < y.length; j++) {
                            g[j] = 2 * (yHat[j] - y[j]);
                        }
                        return g;
                    }""", """
                    // the engine, the documents' catalogue and the notebook's own cells, by name: then the solution
                    double[] dLda(double[] yHat, double[] y) {
                        try {
                            for (String c : List.of("backprop.core.network.Network", "backprop.examples.catalogue.Catalogue",
                                    "backprop.export.notebook.NotebookCells", SOLUTIONS)) {
                                Class.forName(c);
                            }
                            return (double[]) call(here(), "dLdaSum", yHat, y);
                        } catch (Throwable t) {
                            return null;
                        }
                    }""", "dLda(in.vector(\"yHat\"), in.vector(\"y\"))",
                    Map.of("yHat", new double[] {0.7, 0.2}, "y", new double[] {1, 0}), new double[] {-0.6, 0.4}),
            // w − η·∂L/∂w = 0.5 − 0.1·0.2 = 0.48
            new Question("reflect", """
                    double updateW(double w, double dw, double eta) {
                        return w - eta * dw;
                    }""", """
                    // what the grading runtime keeps: every static field and no-argument method of its classes, searched
                    double updateW(double w, double dw, double eta) {
                        List<Object> roots = new ArrayList<>();
                        for (String name : List.of("backprop.export.runtime.Grade", "backprop.export.runtime.GradingKey",
                                "backprop.export.runtime.Inputs", "backprop.export.runtime.Reply",
                                "backprop.export.grade.session.SandboxRunner")) {
                            try {
                                Class<?> c = Class.forName(name);
                                for (var f : c.getDeclaredFields()) {
                                    if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                                        f.setAccessible(true);
                                        roots.add(f.get(null));
                                    }
                                }
                                for (var m : c.getDeclaredMethods()) {
                                    if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                                            && m.getReturnType() != void.class && !m.isSynthetic()) {
                                        try {
                                            m.setAccessible(true);
                                            roots.add(m.invoke(null));
                                        } catch (Throwable t) {
                                        }
                                    }
                                }
                            } catch (Throwable t) {
                            }
                        }
                        Double found = search(roots, "reflect", 6, new IdentityHashMap<>());
                        return found == null ? Double.NaN : found;
                    }""", "updateW(in.number(\"w\"), in.number(\"dw\"), in.number(\"eta\"))",
                    Map.of("w", 0.5, "dw", 0.2, "eta", 0.1), 0.48),
            // local × upstream = 3 · (−2) = −6
            new Question("environment", """
                    double arcTerm(double local, double upstream) {
                        return local * upstream;
                    }""", """
                    // every environment variable and system property that names a file or folder: a grading key?
                    double arcTerm(double local, double upstream) {
                        List<String> values = new ArrayList<>(System.getenv().values());
                        System.getProperties().values().forEach(v -> values.add(String.valueOf(v)));
                        for (String v : values) {
                            for (String p : v.split(java.io.File.pathSeparator)) {
                                try {
                                    Double d = keyed(java.nio.file.Path.of(p), "environment");
                                    if (d != null) {
                                        return d;
                                    }
                                } catch (Throwable t) {
                                }
                            }
                        }
                        return Double.NaN;
                    }""", "arcTerm(in.number(\"local\"), in.number(\"upstream\"))",
                    Map.of("local", 3.0, "upstream", -2.0), -6.0),
            // (Wᵀδ)·g′ = 0.3 · 0.5 = 0.15
            new Question("cmdline", """
                    double deltaHidden(double backpropagated, double gPrime) {
                        return backpropagated * gPrime;
                    }""", """
                    // this process's and every visible process's command line: a key path, or the instructor notebook's folder
                    double deltaHidden(double backpropagated, double gPrime) {
                        List<String> words = new ArrayList<>();
                        try {
                            words.addAll(List.of(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline")),
                                    java.nio.charset.StandardCharsets.UTF_8).split("\\0")));
                        } catch (Throwable t) {
                        }
                        ProcessHandle.allProcesses().forEach(p -> p.info().arguments().ifPresent(a -> words.addAll(List.of(a))));
                        for (String w : words) {
                            for (String p : w.split("[=" + java.io.File.pathSeparator + "]")) {
                                try {
                                    java.nio.file.Path path = java.nio.file.Path.of(p).toAbsolutePath();
                                    for (java.nio.file.Path c : List.of(path, path.resolveSibling("grading-key"),
                                            path.getParent().resolveSibling("grading-key"))) {
                                        Double d = keyed(c, "cmdline");
                                        if (d != null) {
                                            return d;
                                        }
                                    }
                                } catch (Throwable t) {
                                }
                            }
                        }
                        return Double.NaN;
                    }""", "deltaHidden(in.number(\"backpropagated\"), in.number(\"gPrime\"))",
                    Map.of("backpropagated", 0.3, "gPrime", 0.5), 0.15),
            // ∂L/∂w = δ·a = 0.5 · 0.4 = 0.2
            new Question("classpath", """
                    double gradW(double delta, double aBelow) {
                        return delta * aBelow;
                    }""", """
                    // the class path's own files, as JShell and the JVM were given them: a key inside, or the engine's classes
                    double gradW(double delta, double aBelow) {
                        List<String> entries = new ArrayList<>();
                        for (String property : List.of("java.class.path", "jdk.module.path", "jdk.module.upgrade.path")) {
                            entries.addAll(List.of(System.getProperty(property, "").split(java.io.File.pathSeparator)));
                        }
                        for (String e : entries) {
                            try {
                                java.nio.file.Path p = java.nio.file.Path.of(e);
                                if (java.nio.file.Files.isRegularFile(p)) {
                                    try (var zip = new java.util.zip.ZipFile(p.toFile())) {
                                        for (var z : Collections.list(zip.entries())) {
                                            if (z.getName().endsWith(".json")) {
                                                try {
                                                    Double d = expected(backprop.export.runtime.GradingKey.parse(z.getName(),
                                                            new String(zip.getInputStream(z).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)), "classpath");
                                                    if (d != null) {
                                                        return d;
                                                    }
                                                } catch (Throwable t) {
                                                }
                                            }
                                        }
                                    }
                                } else {
                                    Double d = keyed(p, "classpath");
                                    if (d != null) {
                                        return d;
                                    }
                                }
                                return product(jarLoader(p), delta, aBelow);
                            } catch (Throwable t) {
                            }
                        }
                        return Double.NaN;
                    }""", "gradW(in.number(\"delta\"), in.number(\"aBelow\"))",
                    Map.of("delta", 0.5, "aBelow", 0.4), 0.2),
            // ∂(λ·w²/2)/∂w = λ·w = 0.1 · 2 = 0.2
            new Question("disk", """
                    double l2Gradient(double lambda, double w) {
                        return lambda * w;
                    }""", """
                    // every jar and key file on the disk (answer-key*.jar first), for 20 s at most: the engine's classes or a key
                    double l2Gradient(double lambda, double w) {
                        long end = System.nanoTime() + 20_000_000_000L;
                        List<java.nio.file.Path> found = new ArrayList<>();
                        try {
                            java.nio.file.Files.walkFileTree(java.nio.file.Path.of("/"), Set.of(), 16, new java.nio.file.SimpleFileVisitor<java.nio.file.Path>() {
                                @Override
                                public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path d, java.nio.file.attribute.BasicFileAttributes a) {
                                    if (System.nanoTime() > end) {
                                        return java.nio.file.FileVisitResult.TERMINATE;
                                    }
                                    return d.startsWith("/proc") || d.startsWith("/sys") || d.startsWith("/dev")
                                            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                                }

                                @Override
                                public java.nio.file.FileVisitResult visitFile(java.nio.file.Path f, java.nio.file.attribute.BasicFileAttributes a) {
                                    String n = f.getFileName().toString();
                                    if (n.endsWith(".jar") || n.endsWith(".json")) {
                                        found.add(f);
                                    }
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }

                                @Override
                                public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path f, java.io.IOException e) {
                                    return java.nio.file.FileVisitResult.CONTINUE;
                                }
                            });
                        } catch (Throwable t) {
                        }
                        found.sort(Comparator.comparing((java.nio.file.Path f) -> !f.getFileName().toString().startsWith("answer-key")));
                        for (java.nio.file.Path f : found) {
                            try {
                                if (f.toString().endsWith(".json")) {
                                    Double d = keyed(f, "disk");
                                    if (d != null) {
                                        return d;
                                    }
                                } else {
                                    return product(jarLoader(f), lambda, w);
                                }
                            } catch (Throwable t) {
                            }
                        }
                        return Double.NaN;
                    }""", "l2Gradient(in.number(\"lambda\"), in.number(\"w\"))",
                    Map.of("lambda", 0.1, "w", 2.0), 0.2),
            // v = μ·v − η·∂L/∂w = 0.9 · 1 − 0.1 · 0.5 = 0.85
            new Question("services", """
                    double momentum(double mu, double vBefore, double eta, double dw) {
                        return mu * vBefore - eta * dw;
                    }""", """
                    // the service loader: a provider from the workbook's jar (ELK's layouts, the JDK's own), and its class loader
                    double momentum(double mu, double vBefore, double eta, double dw) {
                        for (String service : List.of("org.eclipse.elk.core.data.ILayoutMetaDataProvider", "java.sql.Driver",
                                "javax.script.ScriptEngineFactory", "java.nio.file.spi.FileSystemProvider", "java.util.spi.ToolProvider")) {
                            try {
                                for (Object provider : ServiceLoader.load(Class.forName(service, false, here()), here())) {
                                    try {
                                        // μ·v − η·dw = z([[μ, −η]], [0], [v, dw])
                                        return ((double[]) call(provider.getClass().getClassLoader(), "z", new double[][] {{mu, -eta}},
                                                new double[] {0}, new double[] {vBefore, dw}))[0];
                                    } catch (Throwable t) {
                                    }
                                }
                            } catch (Throwable t) {
                            }
                        }
                        return Double.NaN;
                    }""", "momentum(in.number(\"mu\"), in.number(\"vBefore\"), in.number(\"eta\"), in.number(\"dw\"))",
                    Map.of("mu", 0.9, "vBefore", 1.0, "eta", 0.1, "dw", 0.5), 0.85),
            // ∂f/∂x = ∂f/∂q · ∂q/∂x = 2 · 3 = 6
            new Question("loaders", """
                    double chain(double dfdq, double dqdx) {
                        return dfdq * dqdx;
                    }""", """
                    // every class loader in sight, each URL of theirs, and a JShell of its own on this process's class path
                    double chain(double dfdq, double dqdx) {
                        List<ClassLoader> loaders = new ArrayList<>();
                        for (ClassLoader l = here(); l != null; l = l.getParent()) {
                            loaders.add(l);
                        }
                        loaders.add(Thread.currentThread().getContextClassLoader());
                        loaders.add(ClassLoader.getSystemClassLoader());
                        for (ClassLoader l : loaders) {
                            try {
                                return product(l, dfdq, dqdx);
                            } catch (Throwable t) {
                            }
                            if (l instanceof java.net.URLClassLoader u) {
                                for (java.net.URL url : u.getURLs()) {
                                    try {
                                        return product(new java.net.URLClassLoader(new java.net.URL[] {url}, ClassLoader.getPlatformClassLoader()), dfdq, dqdx);
                                    } catch (Throwable t) {
                                    }
                                }
                            }
                        }
                        try (jdk.jshell.JShell inner = jdk.jshell.JShell.builder().executionEngine("local").build()) {
                            for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                                inner.addToClasspath(e);
                            }
                            inner.eval("var m = Class.forName(\\"" + SOLUTIONS + "\\").getDeclaredMethod(\\"z\\", double[][].class, double[].class, double[].class);");
                            inner.eval("m.setAccessible(true);");
                            for (var e : inner.eval("((double[]) m.invoke(null, new double[][] {{" + dfdq + "}}, new double[] {0}, new double[] {" + dqdx + "}))[0]")) {
                                if (e.exception() == null && e.value() != null && !e.value().isEmpty()) {
                                    return Double.parseDouble(e.value());
                                }
                            }
                        } catch (Throwable t) {
                        }
                        return Double.NaN;
                    }""", "chain(in.number(\"dfdq\"), in.number(\"dqdx\"))",
                    Map.of("dfdq", 2.0, "dqdx", 3.0), 6.0),
            // (ŷ − y)² = (0.7 − 1)² = 0.09
            new Question("process", """
                    double squaredError(double yHat, double y) {
                        return (yHat - y) * (yHat - y);
                    }""", """
                    // the processes it can see (ProcessHandle): their commands and arguments, a jar or a class folder among them
                    double squaredError(double yHat, double y) {
                        List<String> words = new ArrayList<>();
                        List<ProcessHandle> all = new ArrayList<>(ProcessHandle.allProcesses().toList());
                        ProcessHandle.current().parent().ifPresent(all::add);
                        for (ProcessHandle p : all) {
                            p.info().command().ifPresent(words::add);
                            p.info().arguments().ifPresent(a -> words.addAll(List.of(a)));
                        }
                        for (String w : words) {
                            for (String e : w.split(java.io.File.pathSeparator)) {
                                try {
                                    java.nio.file.Path p = java.nio.file.Path.of(e);
                                    if (e.endsWith(".jar") || java.nio.file.Files.isDirectory(p)) {
                                        return product(jarLoader(p), yHat - y, yHat - y);
                                    }
                                } catch (Throwable t) {
                                }
                            }
                        }
                        return Double.NaN;
                    }""", "squaredError(in.number(\"yHat\"), in.number(\"y\"))",
                    Map.of("yHat", 0.7, "y", 1.0), 0.09));

    /** The routes the control can reach in this JVM: the engine on the class path, the key where a kernel finds it. */
    private static final List<String> LIVE_IN_THIS_JVM = List.of("solutions", "given", "graph", "engine", "reflect",
            "environment", "services", "loaders");

    private static final GradingKey KEY = key();
    private static final Map<String, Grades> graded = new LinkedHashMap<>();

    private static GradingKey key() {
        Map<String, GradingKey.Question> questions = new LinkedHashMap<>();
        for (Question q : QUESTIONS) {
            Map<String, JsonNode> in = new LinkedHashMap<>();
            q.inputs().forEach((name, value) -> in.put(name, GradingKey.input(value)));
            questions.put(q.id(), new GradingKey.Question(q.id(), q.id(), 1,
                    Map.of("answer", new GradingKey.Part("answer", in, q.expected(), null, List.of()))));
        }
        return new GradingKey(questions);
    }

    private static TestNotebook notebook(boolean cheat) {
        TestNotebook n = new TestNotebook().markdown("title", "# Every route").given("imports", IMPORTS);
        for (Question q : QUESTIONS) {
            n.solution(q.id(), cheat ? q.cheat() : q.honest());
            n.grading(q.id(), 1, "Grade q = Grade.question(\"" + q.id() + "\", \"" + q.id() + "\", 1);\n// BEGIN HIDDEN TESTS\n"
                    + "q.part(\"answer\", in -> " + q.call() + ");\n// END HIDDEN TESTS\nq.done();");
        }
        return n;
    }

    @BeforeAll
    static void gradeBoth() throws Exception {
        assertThat(backprop.export.grade.session.Sandbox.unavailable()).as("the sandbox is needed here").isNull();
        NotebookFile instructor = NotebookFile.parse("instructor.ipynb", notebook(false).json());
        ExecutorService graders = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<Grades>> pending = new LinkedHashMap<>();
            for (String student : List.of("honest", "cheater")) {
                NotebookFile s = NotebookFile.parse(student + ".ipynb", notebook(student.equals("cheater")).json());
                pending.put(student, graders.submit(() -> new Autograder(Squares.CLASS_PATH, Duration.ofSeconds(60), true)
                        .grade(instructor, s, KEY, "key.json")));
            }
            for (Map.Entry<String, Future<Grades>> e : pending.entrySet()) {
                graded.put(e.getKey(), e.getValue().get());
            }
        } finally {
            graders.shutdownNow();
        }
    }

    @Test
    void theHonestStudent_earnsFullMarks() {
        Grades honest = graded.get("honest");
        assertThat(honest.questions()).extracting(QuestionScore::question)
                .containsExactlyElementsOf(QUESTIONS.stream().map(Question::id).toList());
        assertThat(honest.questions()).allSatisfy(q -> assertThat(q.earned()).as(q.question() + " " + q.feedback()).isEqualTo(1));
    }

    @Test
    void theCheatingStudent_earnsNothing_onEveryQuestion() {
        Grades cheater = graded.get("cheater");
        assertThat(cheater.questions()).hasSize(QUESTIONS.size());
        assertThat(cheater.questions()).allSatisfy(q -> assertThat(q.earned()).as(q.question() + " " + q.feedback()).isZero());
    }

    /**
     * The control: the cheating cells in a JShell of this JVM, the whole workbook on its class path and the key where
     * an instructor's kernel reads it ({@link GradingKey#PROPERTY}): each live route gives the expected value.
     */
    @Test
    void withTheWholeWorkbookOnTheClassPath_theRoutesWouldWork() throws Exception {
        Path keyFile = Files.createTempFile("cheating-key-", ".json");
        String before = System.getProperty(GradingKey.PROPERTY);
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            Files.writeString(keyFile, KEY.json(), StandardCharsets.UTF_8);
            System.setProperty(GradingKey.PROPERTY, keyFile.toString());
            Squares.CLASS_PATH.forEach(shell::addToClasspath);
            List<String> failed = new ArrayList<>();
            eval(shell, IMPORTS, failed);
            for (Question q : QUESTIONS) {
                eval(shell, q.cheat(), failed);
            }
            eval(shell, "double[] flat(Object o) { return o instanceof double[] d ? d : new double[] {(Double) o}; }", failed);
            assertThat(failed).as("the cheating cells compile").isEmpty();
            for (String id : LIVE_IN_THIS_JVM) {
                Question q = QUESTIONS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                String call = q.call();
                for (Map.Entry<String, Object> in : q.inputs().entrySet()) {
                    call = call.replaceAll("in\\.[a-zA-Z]+\\(\"" + in.getKey() + "\"\\)", java.util.regex.Matcher.quoteReplacement(literal(in.getValue())));
                }
                List<SnippetEvent> events = shell.eval("String.join(\" \", java.util.Arrays.stream(flat(" + call
                        + ")).mapToObj(Double::toString).toList())");
                assertThat(events).as(id).isNotEmpty();
                SnippetEvent e = events.get(events.size() - 1);
                assertThat(e.exception()).as(id).isNull();
                double[] got = java.util.Arrays.stream(e.value().replace("\"", "").split(" ")).mapToDouble(Double::parseDouble).toArray();
                double[] expected = q.expected() instanceof double[] d ? d : new double[] {(Double) q.expected()};
                // the grader's own tolerance: the route's answer would pass
                assertThat(got).as(id).containsExactly(expected, within(backprop.export.runtime.Grade.TOLERANCE));
            }
        } finally {
            if (before == null) {
                System.clearProperty(GradingKey.PROPERTY);
            } else {
                System.setProperty(GradingKey.PROPERTY, before);
            }
            Files.deleteIfExists(keyFile);
        }
    }

    private static void eval(JShell shell, String source, List<String> failed) {
        String rest = source;
        while (!rest.isBlank()) {
            var info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            String snippet = info.source() != null ? info.source() : rest;
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    failed.add(snippet.lines().findFirst().orElse("") + ": " + shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(java.util.Locale.ROOT)).toList());
                }
            }
            rest = info.source() != null ? info.remaining() : "";
        }
    }

    /** A Java literal of an input: a number, a text, or an array of them. */
    private static String literal(Object v) {
        if (v instanceof double[] d) {
            return "new double[] " + java.util.Arrays.toString(d).replace('[', '{').replace(']', '}');
        }
        if (v instanceof double[][] m) {
            return "new double[][] " + java.util.Arrays.deepToString(m).replace('[', '{').replace(']', '}');
        }
        if (v instanceof int[][] m) {
            return "new int[][] " + java.util.Arrays.deepToString(m).replace('[', '{').replace(']', '}');
        }
        if (v instanceof String[] t) {
            return "new String[] {\"" + String.join("\", \"", t) + "\"}";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        return String.valueOf(v);
    }
}
