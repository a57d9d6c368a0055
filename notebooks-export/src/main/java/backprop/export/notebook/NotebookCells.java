package backprop.export.notebook;

// tag::imports[]
import backprop.core.graph.ArcStep;
import backprop.core.network.ForwardPass;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.Derived;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.format.Precision;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Table;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.runtime.Given;
import backprop.export.runtime.Grade;
import backprop.export.runtime.Slip;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
// end::imports[]

/**
 * The source of the notebooks' code cells. Each region between {@code // tag::name[]} and
 * {@code // end::name[]} becomes a cell, so every line a notebook runs is compiled and tested here first;
 * the lines between {@code // BEGIN SOLUTION} and {@code // END SOLUTION} are what a student writes
 * (nbgrader's convention) and are removed from the student notebook.
 *
 * <p>A cell may use the variables an earlier cell declared: {@code scenario} is declared by the
 * notebook (generated from the catalogue, or from an exam variant's file) before {@code solve}.
 */
public final class NotebookCells {
    private NotebookCells() {
    }

    /** The answers of one scenario, by published-value id or derived name: the body of the solution cell. */
    public static Map<String, Double> solve(Scenario scenario) {
        // tag::solve[]
        Map<String, Double> answers = new TreeMap<>();
        // BEGIN SOLUTION
        ScenarioResult result = scenario.compute();
        result.values().forEach((id, computed) -> answers.put(id, computed.exact()));
        for (Derived d : result.derived()) {
            answers.put(d.name(), d.value());
        }
        // END SOLUTION
        // end::solve[]
        return answers;
    }

    /** Prints every answer as "id = value": the lines CI compares with answer-key.csv. */
    public static void show(Map<String, Double> answers) {
        // tag::show[]
        answers.forEach((id, value) -> System.out.println(id + " = " + value));
        // end::show[]
    }

    /** Prints the backward pass of every graph and the δ of every layer of every network of a scenario. */
    public static void steps(Scenario scenario) {
        // tag::steps[]
        ScenarioResult worked = scenario.compute();
        for (GraphWork work : worked.graphs()) {
            System.out.println(work.title());
            Table table = Precision.significant(6).table(work.trace().arcs().stream().flatMapToDouble(arc ->
                    DoubleStream.of(arc.localGradient(), arc.upstreamGradient(), arc.product())).toArray());
            for (ArcStep arc : work.trace().arcs()) {
                System.out.println("  " + arc.argument().label() + " -> " + arc.consumer().label()
                        + ": local " + table.format(arc.localGradient())
                        + " x upstream " + table.format(arc.upstreamGradient()) + " = " + table.format(arc.product()));
            }
            if (!table.note().isEmpty()) {
                System.out.println("  (" + table.note() + ")");
            }
        }
        for (NetworkWork work : worked.networks()) {
            System.out.println(work.title());
            ForwardPass forward = work.forward();
            DoubleStream.Builder values = DoubleStream.builder();
            for (int k = 1; k <= forward.layers(); k++) {
                DoubleStream.of(forward.z(k)).forEach(values);
                DoubleStream.of(forward.a(k)).forEach(values);
                DoubleStream.of(work.backward().delta(k)).forEach(values);
            }
            Table table = Precision.significant(6).table(values.build().toArray());
            for (int k = 1; k <= forward.layers(); k++) {
                System.out.println("  layer " + k + ": z = " + table.vector(forward.z(k)) + ", a = "
                        + table.vector(forward.a(k)) + ", delta = " + table.vector(work.backward().delta(k)));
            }
            if (!table.note().isEmpty()) {
                System.out.println("  (" + table.note() + ")");
            }
        }
        // end::steps[]
    }

    /** The printed values a student's answers are compared with, as the grading cell does it. */
    public static void printedValues(Scenario scenario) {
        // tag::printed[]
        for (PublishedValue v : scenario.published()) {
            System.out.println(v.quantity() + ": printed " + v.printed() + " (" + v.section() + ")");
        }
        // end::printed[]
    }

    /** The declaration of {@code scenario} in a document's notebook. */
    public static Scenario fromCatalogue(String scenarioId) {
        // tag::catalogue[]
        Scenario scenario = Catalogue.scenario(scenarioId);
        // end::catalogue[]
        return scenario;
    }

    /** The declaration of {@code scenario} in an exam variant's notebook, from the file's text. */
    public static Scenario fromVariant(String variantName, String variantText) {
        // tag::variant[]
        Scenario scenario = ExamFile.read(variantName, variantText).scenario();
        // end::variant[]
        return scenario;
    }
}
