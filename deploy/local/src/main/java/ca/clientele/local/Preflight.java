package ca.clientele.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Checks that fail fast with one clear line before anything is started. */
final class Preflight {

    static final int MINIMUM_JAVA = 21;

    private Preflight() {}

    static void checkJava(int runningFeatureVersion) {
        if (runningFeatureVersion < MINIMUM_JAVA) {
            throw new LocalStackException("Java " + MINIMUM_JAVA + " or newer is needed; this is Java "
                    + runningFeatureVersion + " (set JAVA_HOME to a JDK " + MINIMUM_JAVA + "+).");
        }
    }

    /** Ports in iteration order, each with the component that needs it. */
    static void checkPortsFree(Map<Integer, String> ports) {
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            if (isInUse(port.getKey())) {
                throw new LocalStackException(
                        "Port " + port.getKey() + " (" + port.getValue() + ") is already in use.");
            }
        }
    }

    static boolean isInUse(int port) {
        // Binding the wildcard address fails when anyone listens on the port, on any address; binding the
        // loopback address too catches a listener on 127.0.0.1 only. SO_REUSEADDR ignores TIME_WAIT leftovers
        // of a previous run, as the servers themselves do.
        return !canBind(new InetSocketAddress(port))
                || !canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                || answers(port);
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void checkJars(Path repoRoot, List<ServiceSpec> services) {
        for (ServiceSpec service : services) {
            if (!Files.isRegularFile(repoRoot.resolve(service.jar()))) {
                throw new LocalStackException("Missing " + service.jar() + ": run ./mvnw -DskipTests package first");
            }
        }
    }
}
