package org.pactum.server.fairshare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of results written as CSV or as an XLSX workbook (Apache POI). Numbers stay numbers in
 * the workbook; a second sheet carries the sources and notes.
 */
final class Tables {

    private Tables() {
    }

    record Table(List<String> header, List<List<Object>> rows, List<String> notes) {
    }

    static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(String sheetName, Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(table.header().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        row.createCell(c).setCellValue(flag);
                    } else {
                        row.createCell(c).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            Sheet notes = workbook.createSheet("Sources");
            for (int r = 0; r < table.notes().size(); r++) {
                notes.createRow(r).createCell(0).setCellValue(table.notes().get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
