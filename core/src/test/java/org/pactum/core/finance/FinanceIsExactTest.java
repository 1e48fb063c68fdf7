package org.pactum.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No floating point anywhere in the financing code: every source file is free of float and double. */
class FinanceIsExactTest {

    private static final Pattern FLOATING = Pattern.compile("\\b(double|float|Double|Float|DoubleStream|Math\\.pow|Math\\.sqrt)\\b");

    @Test
    void financeSourcesUseNoFloatingPoint() throws IOException {
        Path sources = Path.of("src/main/java/org/pactum/core/finance");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> FLOATING.matcher(read(f)).find())
                    .map(Path::toString).collect(Collectors.toList());
            assertThat(offending).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
