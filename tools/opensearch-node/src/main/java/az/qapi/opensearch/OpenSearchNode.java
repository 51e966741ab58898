package az.qapi.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch 2.19 in this JVM, for tests: HTTP (netty4) and the common
 * analysis module, on a free loopback port, data in a throwaway directory, no security.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp "target/classes:target/lib/*" az.qapi.opensearch.OpenSearchNode \
 *     --port-file /tmp/port [--port 0] [--home DIR] [--stop-on-eof]
 * </pre>
 *
 * Once the node answers, it writes its HTTP port to the port file (written aside and
 * renamed, so a reader never sees half a number) and prints "started on PORT". It stops
 * cleanly (node closed, throwaway directory removed) on SIGTERM/SIGINT, and with
 * --stop-on-eof when its standard input closes: the process that started it may die
 * without leaving a node behind.
 */
public final class OpenSearchNode {

    /** The server's Node with the two modules a distribution would load from modules/. */
    static final class TestNode extends Node {
        TestNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path portFile = null;
        Path home = null;
        int port = 0;
        boolean stopOnEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port-file" -> portFile = Path.of(args[++i]);
                case "--home" -> home = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--stop-on-eof" -> stopOnEof = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        boolean throwaway = home == null;
        if (throwaway) {
            home = Files.createTempDirectory("qapi-opensearch-");
        }
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
            .put("cluster.name", "qapi-test")
            .put("node.name", "qapi-test-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", port == 0 ? "0" : Integer.toString(port))
            .put("transport.port", "0")
            // a test machine's disk may be nearly full: never turn indices read-only for it
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("logger.level", System.getProperty("qapi.opensearch.log", "WARN"))
            .build();

        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("qapi-test-node");
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "qapi-test-node");
        Node node = new TestNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        final Path toRemove = throwaway ? home : null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(node, toRemove);
            stopped.countDown();
        }, "qapi-opensearch-stop"));

        try {
            node.start();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the shutdown hook closes the node and removes the throwaway directory
        }
        int bound = node.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress().getPort();
        if (portFile != null) {
            Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(tmp, Integer.toString(bound), StandardCharsets.US_ASCII);
            Files.move(tmp, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("started on " + bound);
        System.out.flush();

        if (stopOnEof) {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // nothing to read: only the end of input matters
            }
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
    }

    private static void stop(Node node, Path home) {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("stopping the node: " + e);
        }
        if (home != null) {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("removing " + home + ": " + e);
            }
        }
    }

    private OpenSearchNode() {}
}
