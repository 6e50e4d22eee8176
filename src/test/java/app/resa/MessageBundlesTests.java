package app.resa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The screens speak en, fr, ru and bg (DESIGN.md §1): every bundle has every key, none is left
 * empty, and every {@code #{key}} a template uses exists. Read as UTF-8, as Spring Boot reads them.
 */
class MessageBundlesTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path DEFAULT_BUNDLE = RESOURCES.resolve("messages.properties");
    static final List<Path> TRANSLATIONS = Stream.of("fr", "ru", "bg")
            .map(language -> RESOURCES.resolve("messages_" + language + ".properties")).toList();

    /** {@code #{contact.list.title}} or {@code #{contact.saved(${name})}}; not {@code #{${dynamic}}}. */
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)");

    @Test
    void everyLanguageHasExactlyTheKeysOfTheDefaultBundle() throws IOException {
        Set<String> keys = load(DEFAULT_BUNDLE).stringPropertyNames();
        assertThat(keys).as("keys of %s", DEFAULT_BUNDLE).isNotEmpty();
        for (Path translation : TRANSLATIONS) {
            assertThat(new TreeSet<>(load(translation).stringPropertyNames()))
                    .as("keys of %s compared with %s", translation, DEFAULT_BUNDLE)
                    .containsExactlyElementsOf(new TreeSet<>(keys));
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (Path bundle : Stream.concat(Stream.of(DEFAULT_BUNDLE), TRANSLATIONS.stream()).toList()) {
            var messages = load(bundle);
            var empty = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).isBlank())
                    .sorted().toList();
            assertThat(empty).as("empty messages in %s", bundle).isEmpty();
        }
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Set<String> keys = load(DEFAULT_BUNDLE).stringPropertyNames();
        var missing = new TreeSet<String>();
        for (Path template : templates()) {
            var matcher = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(matcher.group(1) + " (" + RESOURCES.relativize(template) + ")");
                }
            }
        }
        assertThat(missing).as("message keys used by templates but missing from %s", DEFAULT_BUNDLE).isEmpty();
    }

    private static Properties load(Path bundle) throws IOException {
        assertThat(bundle).as("message bundle").exists();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        Path templates = RESOURCES.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
