package backprop.export;

import java.util.List;

/** The files one chapter contributes to the output folder. */
final class Exports {
    private Exports() {
    }

    static void chapter(OutputFolder folder, Chapter chapter, List<Worked> worked) {
        folder.text("answer-key/" + chapter.fileStem() + ".md", AnswerKeyMarkdown.render(chapter, worked));
    }
}
