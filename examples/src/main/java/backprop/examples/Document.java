package backprop.examples;

/** The five lecture documents, by the file names of their text extractions in shared/seeds/. */
public enum Document {
    D000("000", "000_203d4977e1f07856.txt", "Backpropagation – Mathematical Background", "Erhard Hinrichs"),
    D001("001", "001_f7a423159037b5e1.txt", "Backpropagation", "Peder Nørving Viken"),
    D002("002", "002_a7adeb22e053c7c4.txt", "Backpropagation Supplement (CS114B Lab 5)", "Kenneth Lai"),
    D003("003", "003_8fe83128fc5b9c43.txt", "Neural Networks and Deep Learning: Back-Propagation", "Zoran Kostić"),
    D004("004", "004_2cd8fe6da2b2ec30.txt", "Backpropagation (Light Math)", "One Fourth Labs");

    private final String number;
    private final String fileName;
    private final String title;
    private final String author;

    Document(String number, String fileName, String title, String author) {
        this.number = number;
        this.fileName = fileName;
        this.title = title;
        this.author = author;
    }

    /** "000" … "004", as the documents are cited throughout. */
    public String number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }
}
