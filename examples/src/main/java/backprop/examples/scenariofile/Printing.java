package backprop.examples.scenariofile;

import backprop.examples.scenariofile.exam.ExamReading;
import backprop.examples.scenariofile.expression.ExpressionExam;
import backprop.examples.scenariofile.network.NetworkExam;
import backprop.examples.scenariofile.printed.PrintedEntry;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.scenariofile.printed.PrintedVariant;
import backprop.examples.scenariofile.printed.PublishedReader;
import backprop.examples.scenariofile.printed.QuantityScope;
import backprop.examples.scenariofile.printed.SourceNames;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.List;
import java.util.Map;

/**
 * Attaches a file's printed values ({@code [[published]]}, with the source's names of {@code [names]}) to the
 * variant it describes, so that each is classified by computation as a document's printed values are.
 */
final class Printing {
    private Printing() {
    }

    /** {@code reading} with its printed values; unchanged when the file prints none and names nothing. */
    static ExamReading attach(TomlReader r, TomlTable toml, ExamReading reading) {
        QuantityScope scope = reading.scenario() instanceof NetworkExam n ? n.scope()
                : ((ExpressionExam) reading.scenario()).scope();
        Map<String, String> names = SourceNames.read(r, toml, scope);
        List<PrintedEntry> entries = PublishedReader.read(r, toml, scope.withAliases(names));
        if (entries.isEmpty() && names.isEmpty()) {
            return reading;
        }
        PrintedEvaluator evaluator = reading.scenario() instanceof NetworkExam n ? network(r, toml, n, scope, entries)
                : ((ExpressionExam) reading.scenario()).printing();
        return new ExamReading(new PrintedVariant(reading.scenario(), entries, names, evaluator), reading.place());
    }

    private static PrintedEvaluator network(TomlReader r, TomlTable toml, NetworkExam exam, QuantityScope scope,
                                            List<PrintedEntry> entries) {
        long parameters = 0;
        for (int k = 1; k < scope.sizes().length; k++) {
            parameters += (long) scope.sizes()[k] * scope.sizes()[k - 1] + scope.biasEntries()[k];
        }
        long work = Math.max(1, scope.epochs()) * parameters;
        if (!entries.isEmpty() && work > Limits.MAX_EXPLAINED_TRAINING_WORK) {
            throw r.error(TomlReader.line(toml, "published", 1), "with printed values, epochs × parameters is "
                    + work + "; the limit is " + Limits.MAX_EXPLAINED_TRAINING_WORK + " (the catalogue's search may"
                    + " train once per method it tries); print fewer epochs' values or train fewer epochs");
        }
        boolean trains = entries.stream().anyMatch(e -> e.quantity() instanceof PrintedQuantity.WeightAfter
                || e.quantity() instanceof PrintedQuantity.BiasAfter
                || e.quantity() instanceof PrintedQuantity.OutputAfterTraining
                || e.quantity() instanceof PrintedQuantity.LossAfter l && l.epochs() > 0);
        return exam.printing(trains);
    }
}
