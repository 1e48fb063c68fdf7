package org.pactum.server.reference;

/**
 * An import file that cannot be taken as it is. Nothing of the file has been stored; the
 * message names the file, the line, the column and the reason so that the publisher's file can
 * be corrected.
 */
public class ImportRejected extends RuntimeException {

    private final String fileName;
    private final long line;
    private final String column;
    private final String reason;

    public ImportRejected(String fileName, long line, String column, String reason) {
        super(fileName + ": line " + line + (column.isEmpty() ? "" : ", column '" + column + "'") + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The line of the file, counting the header as line 1; 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
