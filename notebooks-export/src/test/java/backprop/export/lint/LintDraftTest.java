package backprop.export.lint;

import backprop.examples.PublishedValue;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.export.Runs;
import backprop.export.output.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code answer-key lint --draft OUT.toml}: a scenario file drafted from a text, with what the text states and a
 * {@code # TODO} comment for everything lint cannot tell; completed by a scripted edit, it is read by the main
 * command's reader. Written atomically, never over an input, refused in one line.
 */
@DisplayName("answer-key lint --draft: a scenario file drafted from a text, for the instructor to complete")
class LintDraftTest {
    @TempDir
    Path temp;
    Caller caller;
    Path dir;

    @BeforeEach
    void caller() throws IOException {
        caller = Runs.callerIn(temp);
        dir = caller.workingDirectory();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintDraftTest.class.getResourceAsStream("public/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String draftOf(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        Runs.Result r = Runs.run(caller, "lint", name, "--draft", "draft.toml");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        return Files.readString(dir.resolve("draft.toml"));
    }

    /** The [[published]] entries of a draft: printed → where, in order. */
    private static Map<String, String> published(String draft) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\[\\[published]]\\n# TODO quantity = [^\\n]*\\nprinted = \"([^\"]*)\"\\n"
                + "where = \"([^\"]*)\"").matcher(draft);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void mazur_draftedThenCompletedByAScriptedEdit_isReadByTheMainCommandsReader() throws IOException {
        String draft = draftOf("mazur.md", resource("mazur.md"));

        // what the text states, each with its line (counted by hand in mazur.md): the title, the weights it gives
        // names, its printed results as [[published]] with their lines
        assertThat(draft).contains("title = \"A step by step backpropagation example\"")
                .contains("#   line 10: i1 = 0.05").contains("#   line 10: w1 = 0.15").contains("#   line 11: w8 = 0.55")
                .contains("# TODO learning_rate").contains("# TODO layers = ").contains("# TODO loss = ");
        Map<String, String> published = published(draft);
        assertThat(published).containsEntry("0.3775", "line 19").containsEntry("0.593269992", "line 23")
                .containsEntry("1.105905967", "line 31").containsEntry("0.35891648", "line 64")
                .containsEntry("0.149780716", "line 88");
        // never guessed: no key lint cannot know is written outside a TODO comment
        assertThat(draft.lines().filter(l -> !l.startsWith("#"))
                .filter(l -> l.matches("^(layers|activations|loss|quantity|learning_rate|precision) *=.*")))
                .isEmpty();

        // the instructor's part, as a script: the network as exam-frozen.toml states Mazur's, and for each
        // printed value the quantity exam-frozen.toml gives the same printed number; the others deleted
        String frozen = Files.readString(Path.of("../variants/exam-frozen.toml"));
        Map<String, String> quantityOf = new LinkedHashMap<>();
        Matcher q = Pattern.compile("quantity = \"([^\"]*)\"\nprinted = \"([^\"]*)\"").matcher(frozen);
        while (q.find()) {
            quantityOf.put(q.group(2), q.group(1));
        }
        assertThat(quantityOf).hasSize(18);
        String completed = complete(draft, frozen, quantityOf);
        Path file = Files.writeString(dir.resolve("mazur.toml"), completed, StandardCharsets.UTF_8);

        ScenarioFile read = ExamFile.read(file);
        List<String> printed = read.scenario().published().stream().map(PublishedValue::printed).toList();
        assertThat(printed).contains("0.3775", "0.593269992", "1.105905967", "0.298371109", "0.082167041",
                "0.35891648", "0.000438568", "0.149780716");
        assertThat(read.scenario().published()).allMatch(v -> v.section().matches("line \\d+"));
        assertThat(read.title()).isEqualTo("A step by step backpropagation example");
    }

    /** Fills every TODO of {@code draft} as an instructor would, from exam-frozen.toml. */
    private static String complete(String draft, String frozen, Map<String, String> quantityOf) {
        String network = frozen.substring(frozen.indexOf("[network]\n") + "[network]\n".length(),
                frozen.indexOf("[example]"));
        String example = frozen.substring(frozen.indexOf("[example]\n") + "[example]\n".length(),
                frozen.indexOf("[training]"));
        String training = frozen.substring(frozen.indexOf("[training]\n") + "[training]\n".length(),
                frozen.indexOf("# His names"));
        String names = frozen.substring(frozen.indexOf("[names]\n") + "[names]\n".length(),
                frozen.indexOf("# His printed"));
        String text = draft.replaceFirst("# TODO precision = [^\\n]*", "precision = 9")
                .replaceFirst("# TODO layers = [^\\n]*\\n(# TODO [^\\n]*\\n)*", Matcher.quoteReplacement(network))
                .replaceFirst("# TODO x = [^\\n]*\\n", Matcher.quoteReplacement(example))
                .replaceFirst("# TODO loss = [^\\n]*\\n(# TODO [^\\n]*\\n)*", Matcher.quoteReplacement(training))
                .replaceFirst("# TODO the text's names[^\\n]*\\n", Matcher.quoteReplacement(names));
        // each [[published]] entry: its quantity filled in, or the entry deleted
        List<String> out = new ArrayList<>();
        String[] blocks = text.split("\\n(?=\\[\\[published]])");
        out.add(blocks[0]);
        for (int k = 1; k < blocks.length; k++) {
            Matcher p = Pattern.compile("printed = \"([^\"]*)\"").matcher(blocks[k]);
            assertThat(p.find()).isTrue();
            String q = quantityOf.get(p.group(1));
            if (q != null) {
                out.add(blocks[k].replaceFirst("# TODO quantity = [^\\n]*", "quantity = \"" + q + "\""));
            }
        }
        String done = String.join("\n", out) + "\n";
        assertThat(done.lines()).noneMatch(l -> l.startsWith("# TODO"));
        return done;
    }

    @Test
    void aLearningRateGivenAsEta_isWritten_withItsLine_andAHeadinglessTextLeavesTheTitleToDo() throws IOException {
        String draft = draftOf("n.md", "Let\n\n$$\\eta = 0.5$$\n\n$$w = 0.4 - 0.5 * 0.2 = 0.3$$\n");
        assertThat(draft).contains("learning_rate = 0.5   # line 3: η = 0.5")
                .contains("# TODO title = ").doesNotContain("\ntitle = ")
                .contains("printed = \"0.3\"\nwhere = \"line 5\"\n# printed as: 0.4 - 0.5 * 0.2 = 0.3 (lint: consistent)");
    }

    @Test
    void aLearningRateGivenInPlainText_isWritten_theLastOneGiven_andAnotherNameIsOnlyListed() throws IOException {
        String draft = draftOf("n.md", "# N\n\nlearning_rate = 0.1\n\n$\\eta = 0.25$\n\n$\\alpha = 0.9$\n");
        assertThat(draft).contains("learning_rate = 0.25   # line 5: η = 0.25")
                .contains("#   line 3: learningrate = 0.1").contains("#   line 7: α = 0.9")
                .doesNotContain("# TODO learning_rate");
    }

    @Test
    void aTextWithNoValueAndNoClaim_saysSo() throws IOException {
        String draft = draftOf("empty.md", "# Notes\n\nNothing here.\n");
        assertThat(draft).contains("title = \"Notes\"").contains("The text gives no name a value")
                .contains("prints no arithmetic lint could read").doesNotContain("\n[[published]]\n");
    }

    @Test
    void severalFiles_nameTheFileInWhere() throws IOException {
        Files.writeString(dir.resolve("a.md"), "$1 + 1 = 2$\n");
        Files.writeString(dir.resolve("b.md"), "\n$2 + 2 = 4$\n");
        Runs.Result r = Runs.run(caller, "lint", "a.md", "b.md", "--draft", "d.toml");
        assertThat(r.status()).isZero();
        assertThat(published(Files.readString(dir.resolve("d.toml"))))
                .containsExactly(Map.entry("2", "a.md line 1"), Map.entry("4", "b.md line 2"));
    }

    @Test
    void hostileTextInTheDraft_isEscaped_soTheTomlStaysOneKeyALine() {
        assertThat(Draft.string("a \"b\" \\ c\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\u0001\"");
        assertThat(Draft.comment("x\ny\u0007z\u007F")).isEqualTo("x y?z?");
        assertThat(Draft.heading("text\n## Title \"quoted\" ##\n# later")).isEqualTo("Title \"quoted\"");
        assertThat(Draft.heading("#" + "x".repeat(300))).isEmpty();
        assertThat(Draft.heading("# " + "x".repeat(300))).hasSize(Draft.TITLE_CHARS);
    }

    @Test
    void theDraftIsNeverAnInput_norTheCsv_norAFolder_andABadInputWritesNoDraft() throws IOException {
        Files.writeString(dir.resolve("a.md"), "$1 + 1 = 2$\n");
        assertThat(Runs.run(caller, "lint", "a.md", "--draft", "a.md").oneLineFailure(2))
                .isEqualTo("answer-key: lint: --draft a.md: is one of the input files; it would be overwritten");
        assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("$1 + 1 = 2$\n");
        assertThat(Runs.run(caller, "lint", "a.md", "--csv", "x.toml", "--draft", "./x.toml").oneLineFailure(2))
                .contains("--draft ./x.toml: is the --csv file too");
        assertThat(Runs.run(caller, "lint", "a.md", "--draft", ".").oneLineFailure(2)).contains("is a folder");
        // a device through a link of our own, never /dev/null itself (see LintHostileInputTest)
        Files.createSymbolicLink(dir.resolve("null.toml"), Path.of("/dev/null"));
        assertThat(Runs.run(caller, "lint", "a.md", "--draft", "null.toml").oneLineFailure(2))
                .contains("is not a regular file");
        Files.write(dir.resolve("bad.md"), new byte[] {'$', (byte) 0xE9, '$'});
        Runs.run(caller, "lint", "a.md", "bad.md", "--draft", "d.toml").oneLineFailure(2);
        assertThat(Runs.names(dir)).containsExactly("a.md", "bad.md", "null.toml");
    }
}
