package backprop.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The five documents, as their first lines name them")
class DocumentTest {

    @ParameterizedTest(name = "{0}: {2}, {3}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', value = {
            // the title and author as each document's first lines print them (shared/seeds/)
            "D000 | 000_203d4977e1f07856.txt | Backpropagation – Mathematical Background | Erhard Hinrichs",
            "D001 | 001_f7a423159037b5e1.txt | Backpropagation | Peder Nørving Viken",
            "D002 | 002_a7adeb22e053c7c4.txt | Backpropagation Supplement (CS114B Lab 5) | Kenneth Lai",
            "D003 | 003_8fe83128fc5b9c43.txt | Neural Networks and Deep Learning: Back-Propagation | Zoran Kostić",
            "D004 | 004_2cd8fe6da2b2ec30.txt | Backpropagation (Light Math) | One Fourth Labs"})
    void numberFileTitleAuthor(Document d, String fileName, String title, String author) {
        assertThat(d.number()).isEqualTo(fileName.substring(0, 3));
        assertThat(d.fileName()).isEqualTo(fileName);
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.author()).isEqualTo(author);
    }
}
