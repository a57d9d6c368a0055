package backprop.verification.oracle;

import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random DAGs of every primitive, each reproducible from its seed. Arguments are drawn from all
 * earlier nodes, most often from the latest, so graphs are deep and reuse nodes (a + a, diamonds).
 *
 * <p>Domains are kept safe and kinks away: ln and non-integer powers take arguments ≥ 0.1, negative
 * powers |a| ≥ 0.3, exp a ≤ 3, every value stays within ±50, and every ReLU argument and every gap
 * between the largest and the next argument of a max is at least 0.05 (kinks are tested on purpose in
 * {@link KinkTest}).
 */
final class RandomGraphs {
    private static final double[] EXPONENTS = {2, 3, -1, -2, 0.5, 1.5};
    private static final Primitive[] OPERATIONS = {Primitive.ADD, Primitive.MULTIPLY, Primitive.POWER,
            Primitive.EXP, Primitive.LOG, Primitive.SIGMOID, Primitive.TANH, Primitive.RELU, Primitive.MAX};
    private static final double LIMIT = 50;
    private static final double KINK_MARGIN = 0.05;

    /** A generated graph: its output and its leaves (inputs and parameters). */
    record RandomGraph(long seed, Graph graph, Node output, List<Node> leaves) {
        @Override
        public String toString() {
            return "random graph, seed " + seed + ", " + graph.nodes().size() + " nodes, " + leaves.size()
                    + " leaves, " + graph.conventions();
        }
    }

    private RandomGraphs() {
    }

    static RandomGraph generate(long seed) {
        Random random = new Random(seed);
        Conventions conventions = new Conventions(
                Conventions.ReluAtZero.values()[random.nextInt(2)], Conventions.MaxTie.values()[random.nextInt(2)]);
        Graph g = new Graph(conventions);
        List<Node> pool = new ArrayList<>();
        List<Node> leaves = new ArrayList<>();
        int leafCount = 1 + random.nextInt(5);
        for (int i = 0; i < leafCount; i++) {
            double v = -2 + 4 * random.nextDouble();
            Node leaf = random.nextBoolean() ? g.input("x" + (i + 1), v) : g.parameter("w" + (i + 1), v);
            pool.add(leaf);
            leaves.add(leaf);
        }
        if (random.nextBoolean()) {
            pool.add(g.constant(0.5 + random.nextInt(3)));
        }
        Set<Node> consumed = new HashSet<>();
        int operations = 3 + random.nextInt(25);
        for (int made = 0, tries = 0; made < operations && tries < 40 * operations; tries++) {
            Node node = tryOperation(g, random, pool, "u" + (made + 1));
            if (node != null) {
                consumed.addAll(node.arguments());
                pool.add(node);
                made++;
            }
        }
        List<Node> sinks = pool.stream().filter(n -> !n.primitive().isLeaf() && !consumed.contains(n)).toList();
        Node output = sinks.size() == 1 ? sinks.get(0) : g.add("out", sinks.toArray(Node[]::new));
        return new RandomGraph(seed, g, output, leaves);
    }

    /** One random operation on random earlier nodes, or null when its value or domain would be unsafe. */
    private static Node tryOperation(Graph g, Random random, List<Node> pool, String label) {
        Primitive op = OPERATIONS[random.nextInt(OPERATIONS.length)];
        Node a = pick(random, pool);
        double x = a.value();
        return switch (op) {
            case ADD -> {
                Node[] args = new Node[1 + random.nextInt(3)];
                double sum = 0;
                for (int k = 0; k < args.length; k++) {
                    args[k] = pick(random, pool);
                    sum += args[k].value();
                }
                yield safe(sum) ? g.add(label, args) : null;
            }
            case MULTIPLY -> {
                Node b = pick(random, pool);
                yield safe(x * b.value()) ? g.multiply(label, a, b) : null;
            }
            case POWER -> {
                double p = EXPONENTS[random.nextInt(EXPONENTS.length)];
                boolean domain = p == Math.rint(p) ? p > 0 || Math.abs(x) >= 0.3 : x >= 0.1;
                yield domain && safe(Math.pow(x, p)) ? g.power(label, a, p) : null;
            }
            case EXP -> x <= 3 ? g.exp(label, a) : null;
            case LOG -> x >= 0.1 ? g.log(label, a) : null;
            case SIGMOID -> g.sigmoid(label, a);
            case TANH -> g.tanh(label, a);
            case RELU -> Math.abs(x) >= KINK_MARGIN ? g.relu(label, a) : null;
            case MAX -> max(g, random, pool, label);
            case INPUT, PARAMETER, CONSTANT -> null;
        };
    }

    private static Node max(Graph g, Random random, List<Node> pool, String label) {
        Node[] args = new Node[2 + random.nextInt(2)];
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        Set<Node> distinct = new HashSet<>();
        for (int k = 0; k < args.length; k++) {
            args[k] = pick(random, pool);
            if (!distinct.add(args[k])) {
                return null;
            }
            double v = args[k].value();
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return first - second >= KINK_MARGIN ? g.max(label, args) : null;
    }

    /** Mostly one of the latest four nodes, sometimes any earlier one: deep graphs with shared nodes. */
    private static Node pick(Random random, List<Node> pool) {
        int n = pool.size();
        return random.nextInt(3) > 0 ? pool.get(Math.max(0, n - 1 - random.nextInt(4))) : pool.get(random.nextInt(n));
    }

    private static boolean safe(double v) {
        return Double.isFinite(v) && Math.abs(v) <= LIMIT;
    }
}
